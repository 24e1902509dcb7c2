package io.github.jiguan.examples.benchmarks;

import io.github.jiguan.telematics.jt808.Jt808StreamSplitter;
import io.github.jiguan.telematics.jt808.codec.Jt808Exception;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The stream splitter over a 100 MB TCP stream of 0x0200 frames fed in 1,460-byte chunks (one
 * Ethernet MSS). Reports milliseconds per 100 MB; MB/s = 100,000 / score.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
public class Jt808StreamBenchmark {

    private static final int STREAM_BYTES = 100_000_000;
    private static final int CHUNK = 1460;

    private byte[] stream;
    private long frames;

    /** Fills 100 MB with copies of the 103-byte report. */
    @Setup
    public void setUp() {
        byte[] frame = BenchFrames.location0200();
        stream = new byte[STREAM_BYTES - STREAM_BYTES % frame.length];
        for (int p = 0; p < stream.length; p += frame.length) {
            System.arraycopy(frame, 0, stream, p, frame.length);
        }
    }

    /** Splits the whole stream; returns the number of frames. */
    @Benchmark
    public long split100MbIn1460ByteChunks() {
        frames = 0;
        Jt808StreamSplitter splitter = new Jt808StreamSplitter();
        Jt808StreamSplitter.Sink sink = new Jt808StreamSplitter.Sink() {
            @Override
            public void frame(byte[] bytes, int offset, int length, long streamOffset) {
                frames++;
            }

            @Override
            public void error(Jt808Exception error) {
                throw error;
            }
        };
        for (int p = 0; p < stream.length; p += CHUNK) {
            splitter.feed(stream, p, Math.min(CHUNK, stream.length - p), sink);
        }
        return frames;
    }
}
