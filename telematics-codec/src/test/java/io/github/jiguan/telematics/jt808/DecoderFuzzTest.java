package io.github.jiguan.telematics.jt808;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.jiguan.telematics.jt808.codec.BodyTooLongException;
import io.github.jiguan.telematics.jt808.codec.Jt808Exception;
import java.util.HexFormat;

/**
 * Any bytes given to the decoder, strict or lenient, raise only the codec's own exceptions, and a frame
 * that decodes verified re-encodes to exactly its bytes. {@code mvn verify} runs the seed corpus
 * ({@code DecoderFuzzTestInputs/decode}: the public vectors and the crashers fuzzing found); with
 * {@code JAZZER_FUZZ=1} Jazzer fuzzes it (see docs/codec.md).
 */
class DecoderFuzzTest {

    @FuzzTest(maxDuration = "10m")
    void decode(byte[] data) {
        decodeStrict(data);
        Jt808Message m;
        try {
            m = Jt808Decoder.lenient().decode(data);
        } catch (Jt808Exception expected) {
            return;
        }
        String text = m.body().toString() + m.header();
        if (text.isEmpty()) {
            throw new AssertionError("no text for " + m);
        }
        byte[] again;
        try {
            again = Jt808Encoder.standard().encode(m);
        } catch (BodyTooLongException e) {
            // lenient decoding kept more body bytes than the 10-bit length field can declare
            if (m.verified()) {
                throw new AssertionError("a verified frame does not re-encode", e);
            }
            return;
        }
        if (m.verified() && !java.util.Arrays.equals(again, data)) {
            throw new AssertionError("re-encodes to " + HexFormat.of().formatHex(again) + ", not "
                    + HexFormat.of().formatHex(data));
        }
    }

    private static void decodeStrict(byte[] data) {
        try {
            Jt808Decoder.strict().decode(data);
        } catch (Jt808Exception expected) {
            // the codec's own
        }
    }
}
