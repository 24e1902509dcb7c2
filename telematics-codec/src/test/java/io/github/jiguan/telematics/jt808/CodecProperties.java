package io.github.jiguan.telematics.jt808;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.jiguan.telematics.jt808.message.MessageId;
import io.github.jiguan.telematics.jt808.message.ProtocolVersion;
import io.github.jiguan.testkit.Generator;
import io.github.jiguan.testkit.jt808.Jt808Messages.Versioned;
import io.github.jiguan.testkit.jt808.Jt808Messages;
import java.util.Arrays;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** decode(encode(m)) equals m for every message type in all three editions, and the bytes are stable. */
class CodecProperties {

    private static final Jt808Encoder ENCODER = Jt808Encoder.standard();

    /** A message, the phone and the serial of its header. */
    record Case(Versioned message, String phone, int serial) {
    }

    @Test
    void decodeOfEncodeIsTheMessageAndTheBytesAreStable() {
        Generator<Versioned> messages = Jt808Messages.versioned();
        Generator<String> phones = Jt808Messages.phones(12);
        Generator<Case> cases = (r, size) -> new Case(messages.next(r, size), phones.next(r, size), r.nextInt(0, 65536));
        PropertyCheck.forAll(3000, cases, Case::toString, c -> {
            Versioned m = c.message();
            Jt808Header header = Jt808Header.of(m.body().messageId(), m.version(), c.phone(), c.serial());
            byte[] frame = ENCODER.encode(header, m.body());
            Jt808Message decoded = Jt808Messages.decoderFor(m.version()).decode(frame);
            assertEquals(m.body(), decoded.body());
            assertEquals(m.version(), decoded.version());
            assertArrayEquals(frame, ENCODER.encode(decoded));
        });
    }

    @Test
    void everyMessageIdOfTheStandardHasAGeneratorInEveryEdition() {
        SplittableRandom random = new SplittableRandom(1);
        for (ProtocolVersion v : ProtocolVersion.values()) {
            Set<Integer> generated = Jt808Messages.of(v).values().stream()
                    .map(g -> g.next(random, PropertyCheck.SIZE).messageId()).collect(Collectors.toSet());
            Set<Integer> standard = Arrays.stream(MessageId.values()).map(MessageId::code).collect(Collectors.toSet());
            assertEquals(standard, generated, v.year());
        }
    }
}
