package io.github.jiguan.examples.benchmarks;

import io.github.jiguan.telematics.jt808.Jt808FrameView;
import io.github.jiguan.telematics.jt808.Jt808Message;
import io.github.jiguan.telematics.jt808.Jt808StreamDecoder;
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
 * The stream splitter, and the stream decoder reading each report from its view, over a 100 MB TCP
 * stream of 0x0200 frames fed in 1,460-byte chunks (one Ethernet MSS). Reports milliseconds per 100 MB
 * (970,873 frames of 103 bytes); MB/s = 100,000 / score, frames/s = 970,873,000 / score.
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

    /**
     * The gateway's whole receiving path over the same stream: split, de-escape, verify and read the
     * stored fields of each report from the view, through {@link Jt808StreamDecoder}; returns a checksum.
     */
    @Benchmark
    public long streamDecoderReadingViews100MbIn1460ByteChunks() {
        long[] sum = new long[1];
        Jt808StreamDecoder decoder = Jt808StreamDecoder.strict();
        Jt808StreamDecoder.Listener listener = new Jt808StreamDecoder.Listener() {
            @Override
            public boolean frame(Jt808FrameView view, long offset) {
                sum[0] += view.latitudeMicro() + view.longitudeMicro() + view.speedTenths() + view.direction()
                        + view.altitudeM() + view.epochSecond() + view.alarmBits() + view.statusBits();
                return true;
            }

            @Override
            public void message(Jt808Message message, long offset) {
                throw new IllegalStateException("every frame is a clean report: " + message);
            }

            @Override
            public void error(Jt808Exception error, long offset) {
                throw error;
            }
        };
        for (int p = 0; p < stream.length; p += CHUNK) {
            decoder.feed(stream, p, Math.min(CHUNK, stream.length - p), listener);
        }
        return sum[0];
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
