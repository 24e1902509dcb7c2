package io.github.jiguan.testkit.jt808;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.jiguan.telematics.jt808.Jt808Decoder;
import io.github.jiguan.telematics.jt808.Jt808Encoder;
import io.github.jiguan.telematics.jt808.Jt808Message;
import io.github.jiguan.telematics.jt808.codec.Jt808Exception;
import io.github.jiguan.telematics.jt808.message.Jt808Body;
import io.github.jiguan.telematics.jt808.message.MessageId;
import io.github.jiguan.telematics.jt808.message.ProtocolVersion;
import io.github.jiguan.testkit.quicktheories.QtCheck;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The testkit's JT/T 808 frames decode back to their messages, and its broken frames are refused. */
class Jt808GeneratorProperties {

    private static final int SIZE = 30;

    @Test
    void everyMessageIdOfTheStandardHasAGeneratorInEveryEdition() {
        for (ProtocolVersion v : ProtocolVersion.values()) {
            SplittableRandom r = new SplittableRandom(1);
            Set<MessageId> generated = Jt808Messages.bodies(v).values().stream()
                    .map(g -> MessageId.lookup(((Jt808Body) g.next(r, SIZE)).messageId())).collect(Collectors.toSet());
            assertEquals(EnumSet.allOf(MessageId.class), generated, v.year());
        }
    }

    @Test
    void aGeneratedFrameDecodesToItsMessageAndReencodesToTheSameBytes() {
        QtCheck.forAll(1500, Jt808Frames.frames(), SIZE, Jt808Frames.Frame::toString, f -> {
            Jt808Message decoded = Jt808Messages.decoder(f.message().version()).decode(f.bytes());
            assertEquals(f.message().body(), decoded.body());
            assertEquals(f.message().version(), decoded.version());
            assertEquals(f.header().serial(), decoded.header().serial());
            assertArrayEquals(f.bytes(), Jt808Encoder.standard().encode(decoded));
        });
    }

    @Test
    void aBrokenFrameIsRefusedByTheStrictDecoderAndNeverVerified() {
        QtCheck.forAll(1500, Jt808Frames.broken(), SIZE, Jt808Frames.Broken::toString, b -> {
            byte[] bytes = b.bytes();
            assertFalse(Arrays.equals(b.frame().bytes(), bytes), "the flaw changed the frame");
            assertThrows(Jt808Exception.class, () -> Jt808Messages.decoder(b.frame().message().version()).decode(bytes));
            try {
                assertFalse(Jt808Decoder.lenient().decode(bytes).verified(), "a broken frame is not verified");
            } catch (Jt808Exception expected) {
                // lenient decoding may still refuse it
            }
        });
    }
}
