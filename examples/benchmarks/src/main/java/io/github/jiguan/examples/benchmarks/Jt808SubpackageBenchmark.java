package io.github.jiguan.examples.benchmarks;

import io.github.jiguan.telematics.jt808.Jt808Encoder;
import io.github.jiguan.telematics.jt808.Jt808Frame;
import io.github.jiguan.telematics.jt808.Jt808Header;
import io.github.jiguan.telematics.jt808.SubpackageAssembler;
import io.github.jiguan.telematics.jt808.codec.BodyCodecRegistry;
import io.github.jiguan.telematics.jt808.message.MessageId;
import io.github.jiguan.telematics.jt808.message.Octets;
import io.github.jiguan.telematics.jt808.message.ProtocolVersion;
import io.github.jiguan.telematics.jt808.message.UplinkPassthrough;
import java.util.List;
import java.util.Optional;
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
 * Reassembling a 10,000-byte message sent in 10 subpackages of 1,000 bytes (fragments already
 * parsed), arriving in reverse order. Messages per second.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class Jt808SubpackageBenchmark {

    private final SubpackageAssembler assembler = SubpackageAssembler.withDefaults();
    private final List<Jt808Frame> fragments;

    /** Encodes the message once. */
    public Jt808SubpackageBenchmark() {
        Jt808Header h = Jt808Header.of(MessageId.UPLINK_PASSTHROUGH, ProtocolVersion.V2013, "13912345678", 1);
        byte[] data = new byte[9_999];
        List<byte[]> frames = Jt808Encoder.of(io.github.jiguan.telematics.jt808.codec.BodyCodecRegistry.standard(), 1000)
                .encodeAll(h, new UplinkPassthrough(0xF0, Octets.of(data)));
        fragments = frames.stream().map(Jt808Frame::parse).toList();
    }

    /** Offers the ten fragments, last first; returns the reassembled frame. */
    @Benchmark
    public Jt808Frame assemble10Fragments() {
        Optional<Jt808Frame> whole = Optional.empty();
        for (int i = fragments.size() - 1; i >= 0; i--) {
            whole = assembler.offer(fragments.get(i));
        }
        return whole.orElseThrow();
    }
}
