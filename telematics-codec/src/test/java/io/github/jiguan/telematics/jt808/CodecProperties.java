package io.github.jiguan.telematics.jt808;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.jiguan.telematics.jt808.MessageArbitraries.Versioned;
import io.github.jiguan.telematics.jt808.message.MessageId;
import io.github.jiguan.telematics.jt808.message.ProtocolVersion;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** decode(encode(m)) equals m for every message type in all three editions, and the bytes are stable. */
class CodecProperties {

    private static final Jt808Encoder ENCODER = Jt808Encoder.standard();

    @Provide
    Arbitrary<Versioned> messages() {
        return MessageArbitraries.versioned();
    }

    @Provide
    Arbitrary<String> phones() {
        return Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(12);
    }

    @Property(tries = 3000)
    void decodeOfEncodeIsTheMessageAndTheBytesAreStable(@ForAll("messages") Versioned m,
            @ForAll("phones") String phone, @ForAll @IntRange(min = 0, max = 65535) int serial) {
        Jt808Header header = Jt808Header.of(m.body().messageId(), m.version(), phone, serial);
        byte[] frame = ENCODER.encode(header, m.body());
        Jt808Message decoded = MessageArbitraries.decoders().apply(m.version()).decode(frame);
        assertEquals(m.body(), decoded.body());
        assertEquals(m.version(), decoded.version());
        assertArrayEquals(frame, ENCODER.encode(decoded));
    }

    @Example
    void everyMessageIdOfTheStandardHasAGeneratorInEveryEdition() {
        for (ProtocolVersion v : ProtocolVersion.values()) {
            Set<Integer> generated = MessageArbitraries.all(v).values().stream()
                    .map(a -> a.sample().messageId()).collect(Collectors.toSet());
            Set<Integer> standard = java.util.Arrays.stream(MessageId.values()).map(MessageId::code)
                    .collect(Collectors.toSet());
            assertEquals(standard, generated, v.year());
        }
    }
}
