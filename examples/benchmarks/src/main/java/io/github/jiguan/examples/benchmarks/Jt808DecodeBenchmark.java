package io.github.jiguan.examples.benchmarks;

import io.github.jiguan.telematics.jt808.Jt808Decoder;
import io.github.jiguan.telematics.jt808.Jt808Message;
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

/**
 * Decoding the 103-byte 0x0200 frame with 12 additional items from wire bytes (de-escaping, check
 * code, header) to the typed {@link LocationReport}, and the floor: a pass that only XORs the same
 * bytes. Reports frames per second; run with {@code -prof gc} for bytes allocated per frame.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class Jt808DecodeBenchmark {

    private final byte[] frame = BenchFrames.location0200();
    private final Jt808Decoder strict = Jt808Decoder.strict();

    /** Wire bytes to the typed record, strict (check code verified). */
    @Benchmark
    public Jt808Message decode() {
        return strict.decode(frame);
    }

    /** Decode, then read what a platform stores: position, speed, time and the satellite count. */
    @Benchmark
    public double decodeAndRead() {
        LocationReport r = (LocationReport) strict.decode(frame).body();
        return r.latitude() + r.longitude() + r.speedKmh() + r.time().orElseThrow().getEpochSecond()
                + r.items().size();
    }

    /** The floor: XOR of the same bytes, as the check code needs and nothing else. */
    @Benchmark
    public int xorFloor() {
        int x = 0;
        for (int i = 1; i < frame.length - 1; i++) {
            x ^= frame[i];
        }
        return x;
    }
}
