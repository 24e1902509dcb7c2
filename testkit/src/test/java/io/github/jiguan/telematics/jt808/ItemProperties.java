package io.github.jiguan.telematics.jt808;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.jiguan.telematics.jt808.codec.AdditionalItemCodec;
import io.github.jiguan.telematics.jt808.message.AdditionalItem;
import io.github.jiguan.testkit.Generator;
import java.util.Arrays;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/**
 * An additional item is typed exactly when its typed record re-encodes to its bytes: the codec decides
 * it from the bytes (without encoding anything) and this checks the decision against a trial encoding.
 */
class ItemProperties {

    private static final int[] STANDARD = {0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x11, 0x12, 0x13, 0x25, 0x2A, 0x2B, 0x30, 0x31};

    /** An item id, mostly a standard one, and value bytes, mostly of a standard length. */
    record Item(int id, byte[] value) {
        @Override
        public String toString() {
            return String.format("0x%02x %s", id, HexFormat.of().formatHex(value));
        }
    }

    @Test
    void anItemIsTypedExactlyWhenItReEncodesToItsBytes() {
        Generator<Item> items = (r, size) -> {
            int id = r.nextInt(0, 4) == 0 ? r.nextInt(0, 256) : STANDARD[r.nextInt(0, STANDARD.length)];
            int[] lengths = {1, 2, 4, 5, 6, 7, 30};
            int length = r.nextInt(0, 3) == 0 ? r.nextInt(0, 40) : lengths[r.nextInt(0, lengths.length)];
            byte[] v = new byte[length];
            for (int i = 0; i < length; i++) {
                // bias toward 0x00 and 0x80, the bytes the two non-canonical cases turn on
                int k = r.nextInt(0, 4);
                v[i] = (byte) (k == 0 ? 0 : k == 1 ? 0x80 : r.nextInt(0, 256));
            }
            return new Item(id, v);
        };
        PropertyCheck.forAll(20_000, items, Item::toString, item -> {
            AdditionalItem decoded = AdditionalItemCodec.decodeItem(item.id(), item.value(), 0, item.value().length);
            byte[] again = AdditionalItemCodec.value(decoded);
            assertEquals(HexFormat.of().formatHex(item.value()), HexFormat.of().formatHex(again), "bytes kept");
            if (decoded instanceof AdditionalItem.RawItem) {
                return;
            }
            assertEquals(true, Arrays.equals(again, item.value()), "typed, so canonical: " + decoded);
        });
    }

    @Test
    void theTwoNonCanonicalShapesStayRaw() {
        assertEquals(AdditionalItem.RawItem.class, AdditionalItemCodec.decodeItem(0x06, HexFormat.of().parseHex("8000"), 0, 2)
                .getClass(), "minus zero");
        assertEquals(AdditionalItem.RawItem.class, AdditionalItemCodec.decodeItem(0x11, HexFormat.of().parseHex("01"), 0, 1)
                .getClass(), "a location type without its area id");
        assertEquals(AdditionalItem.RawItem.class, AdditionalItemCodec.decodeItem(0x11,
                HexFormat.of().parseHex("0000000000"), 0, 5).getClass(), "type 0 with an area id");
        assertEquals(new AdditionalItem.OverspeedAlarm(0, 0), AdditionalItemCodec.decodeItem(0x11, new byte[1], 0, 1));
    }
}
