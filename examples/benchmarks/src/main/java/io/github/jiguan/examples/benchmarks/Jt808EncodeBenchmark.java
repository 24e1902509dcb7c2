package io.github.jiguan.examples.benchmarks;

import io.github.jiguan.telematics.jt808.Jt808Decoder;
import io.github.jiguan.telematics.jt808.Jt808Encoder;
import io.github.jiguan.telematics.jt808.Jt808Header;
import io.github.jiguan.telematics.jt808.message.GeneralResult;
import io.github.jiguan.telematics.jt808.message.LocationReport;
import io.github.jiguan.telematics.jt808.message.MessageId;
import io.github.jiguan.telematics.jt808.message.ProtocolVersion;
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

/** Encoding the platform's answer (0x8001) and a location report (0x0200) to wire frames. Frames per second. */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class Jt808EncodeBenchmark {

    private final Jt808Encoder encoder = Jt808Encoder.standard();
    private final Jt808Header reportHeader = Jt808Decoder.strict().decode(BenchFrames.location0200()).header();
    private final LocationReport report = (LocationReport) Jt808Decoder.strict().decode(BenchFrames.location0200()).body();
    private final Jt808Header answerHeader = Jt808Header.of(MessageId.PLATFORM_GENERAL_RESPONSE, ProtocolVersion.V2013,
            "13912345678", 1);
    private int serial;

    /** 0x8001 answering the report: the message a platform sends most. */
    @Benchmark
    public byte[] encode8001() {
        serial = (serial + 1) & 0xffff;
        return encoder.encode(answerHeader.withSerial(serial),
                reportHeader.acknowledgement(GeneralResult.SUCCESS));
    }

    /** 0x0200 with its 12 items, as a terminal simulator sends it. */
    @Benchmark
    public byte[] encode0200() {
        return encoder.encode(reportHeader, report);
    }
}
