package io.github.jiguan.examples.benchmarks;

import io.github.jiguan.telematics.jt808.Jt808Decoder;
import io.github.jiguan.telematics.jt808.Jt808Frame;
import io.github.jiguan.telematics.jt808.Jt808FrameView;
import io.github.jiguan.telematics.jt808.Jt808Message;
import io.github.jiguan.telematics.jt808.codec.DecodeOptions;
import io.github.jiguan.telematics.jt808.message.AdditionalItem;
import io.github.jiguan.telematics.jt808.message.BcdTime;
import io.github.jiguan.telematics.jt808.message.LocationReport;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Decoding the 103-byte 0x0200 frame with 12 additional items ({@code jt808/bench-0200.hex}) from wire
 * bytes, strict (check code verified), three ways, with the floors in the same run: what a gateway
 * stores read from a {@code Jt808FrameView} (no allocation) and from the typed record, every
 * standard item typed, and the floors (de-escaping with the XOR of the check code, and the XOR alone).
 * Frames per second; run with {@code -prof gc} for bytes allocated per frame.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
@Fork(2)
public class Jt808DecodeBenchmark {

    private final byte[] frame = BenchFrames.location0200();
    private final byte[] scratch = new byte[2048];
    private final Jt808Decoder strict = Jt808Decoder.strict();
    private final Jt808FrameView view = new Jt808FrameView(DecodeOptions.STRICT);

    /** What a gateway stores, read from the reusable view: the zero-allocation storage path. */
    @Benchmark
    public void gatewayFieldsFromTheView(Blackhole bh) {
        if (!view.wrap(frame, 0, frame.length) || !view.isLocationReport()) {
            throw new IllegalStateException("the benchmark frame is a clean 0x0200");
        }
        bh.consume(view.latitude());
        bh.consume(view.longitude());
        bh.consume(view.speedKmh());
        bh.consume(view.direction());
        bh.consume(view.altitudeM());
        bh.consume(view.epochSecond());
        bh.consume(view.alarmBits());
        bh.consume(view.statusBits());
    }

    /** Wire bytes to the typed record. */
    @Benchmark
    public Jt808Message decode() {
        return strict.decode(frame);
    }

    /** What a gateway stores (position, speed, heading, altitude, time, alarm and status bits) from the record. */
    @Benchmark
    public void gatewayFieldsFromTheRecord(Blackhole bh) {
        LocationReport r = (LocationReport) strict.decode(frame).body();
        bh.consume(r.latitude());
        bh.consume(r.longitude());
        bh.consume(r.speedKmh());
        bh.consume(r.direction());
        bh.consume(r.altitudeM());
        bh.consume(BcdTime.epochSecondOf(r.bcdTime().packed()));
        bh.consume(r.alarmBits());
        bh.consume(r.statusBits());
    }

    /** Every standard additional item typed, each read. */
    @Benchmark
    public void everyItemTyped(Blackhole bh) {
        LocationReport r = (LocationReport) strict.decode(frame).body();
        bh.consume(r.latitudeMicro());
        for (AdditionalItem item : r.items()) {
            bh.consume(item);
        }
    }

    /** The floor: de-escaping the frame and the XOR its check code needs, and nothing else. */
    @Benchmark
    public int unescapeXorFloor() {
        int n = 0;
        int x = 0;
        for (int i = 1; i < frame.length - 1; i++) {
            int b = frame[i];
            if (b == Jt808Frame.ESCAPE) {
                b = frame[++i] == 0x02 ? Jt808Frame.DELIMITER : Jt808Frame.ESCAPE;
            }
            scratch[n++] = (byte) b;
            x ^= b;
        }
        return x ^ n;
    }

    /** The XOR alone. */
    @Benchmark
    public int xorFloor() {
        int x = 0;
        for (int i = 1; i < frame.length - 1; i++) {
            x ^= frame[i];
        }
        return x;
    }
}
