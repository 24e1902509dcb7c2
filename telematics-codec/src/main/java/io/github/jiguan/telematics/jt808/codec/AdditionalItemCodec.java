package io.github.jiguan.telematics.jt808.codec;

import io.github.jiguan.telematics.internal.Bits;
import io.github.jiguan.telematics.jt808.message.AdditionalItem.AlarmEventId;
import io.github.jiguan.telematics.jt808.message.AdditionalItem.AnalogInputs;
import io.github.jiguan.telematics.jt808.message.AdditionalItem.AreaRouteAlarm;
import io.github.jiguan.telematics.jt808.message.AdditionalItem.CabinTemperature;
import io.github.jiguan.telematics.jt808.message.AdditionalItem.ExtendedSignals;
import io.github.jiguan.telematics.jt808.message.AdditionalItem.Fuel;
import io.github.jiguan.telematics.jt808.message.AdditionalItem.IoStatus;
import io.github.jiguan.telematics.jt808.message.AdditionalItem.Mileage;
import io.github.jiguan.telematics.jt808.message.AdditionalItem.OverspeedAlarm;
import io.github.jiguan.telematics.jt808.message.AdditionalItem.RawItem;
import io.github.jiguan.telematics.jt808.message.AdditionalItem.RecorderSpeed;
import io.github.jiguan.telematics.jt808.message.AdditionalItem.RouteDrivingTimeAlarm;
import io.github.jiguan.telematics.jt808.message.AdditionalItem.SatelliteCount;
import io.github.jiguan.telematics.jt808.message.AdditionalItem.SignalStrength;
import io.github.jiguan.telematics.jt808.message.AdditionalItem.TirePressure;
import io.github.jiguan.telematics.jt808.message.AdditionalItem.TrailingBytes;
import io.github.jiguan.telematics.jt808.message.AdditionalItem;
import io.github.jiguan.telematics.jt808.message.Octets;
import io.github.jiguan.telematics.jt808.message.ProtocolVersion;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The TLV codec of location additional items (位置附加信息, JT/T 808-2013 Table 27, 2019 Table 27):
 * for each standard id, how its value decodes to a typed record and encodes back. Dispatch is by
 * table, never by an if-chain on the id. An item decodes to its typed record only when that record
 * re-encodes to exactly the same bytes; anything else stays a {@link RawItem}, and bytes after the
 * last complete item a {@link TrailingBytes}, so that a section always re-encodes to its bytes.
 *
 * <p>Stateless and thread-safe.
 */
public final class AdditionalItemCodec {

    /** Decodes the value of one item: {@code value[offset, offset + length)}. */
    private interface Decoder {
        AdditionalItem decode(byte[] value, int offset, int length);
    }

    private record Entry(Decoder decoder, int[] lengths) {
    }

    private static final Entry[] BY_ID = new Entry[256];
    private static final Map<Class<?>, Function<AdditionalItem, byte[]>> ENCODERS = new HashMap<>();

    static {
        register(0x01, Mileage.class, (b, o, l) -> new Mileage(Integer.toUnsignedLong(Bits.i32(b, o)) / 10.0),
                i -> dword(Math.round(i.km() * 10)), 4);
        register(0x02, Fuel.class, (b, o, l) -> new Fuel(Bits.u16(b, o) / 10.0),
                i -> word((int) Math.round(i.litres() * 10)), 2);
        register(0x03, RecorderSpeed.class, (b, o, l) -> new RecorderSpeed(Bits.u16(b, o) / 10.0),
                i -> word((int) Math.round(i.kmh() * 10)), 2);
        register(0x04, AlarmEventId.class, (b, o, l) -> new AlarmEventId(Bits.u16(b, o)), i -> word(i.eventId()), 2);
        register(0x05, TirePressure.class, (b, o, l) -> new TirePressure(Octets.of(b, o, l)),
                i -> i.pressures().toByteArray(), 30);
        register(0x06, CabinTemperature.class, (b, o, l) -> new CabinTemperature(signMagnitude(Bits.u16(b, o))),
                i -> word(i.celsius() < 0 ? 0x8000 | -i.celsius() : i.celsius()), 2);
        register(0x11, OverspeedAlarm.class, AdditionalItemCodec::overspeed, AdditionalItemCodec::overspeed, 1, 5);
        register(0x12, AreaRouteAlarm.class,
                (b, o, l) -> new AreaRouteAlarm(b[o] & 0xff, Integer.toUnsignedLong(Bits.i32(b, o + 1)), b[o + 5] & 0xff),
                i -> concat(new byte[] {(byte) i.locationType()}, dword(i.areaId()), new byte[] {(byte) i.direction()}), 6);
        register(0x13, RouteDrivingTimeAlarm.class,
                (b, o, l) -> new RouteDrivingTimeAlarm(Integer.toUnsignedLong(Bits.i32(b, o)), Bits.u16(b, o + 4), b[o + 6] & 0xff),
                i -> concat(dword(i.routeSegmentId()), word(i.drivingSeconds()), new byte[] {(byte) i.result()}), 7);
        register(0x25, ExtendedSignals.class, (b, o, l) -> new ExtendedSignals(Bits.i32(b, o)),
                i -> dword(Integer.toUnsignedLong(i.bits())), 4);
        register(0x2A, IoStatus.class, (b, o, l) -> new IoStatus(Bits.u16(b, o)), i -> word(i.bits()), 2);
        register(0x2B, AnalogInputs.class, (b, o, l) -> new AnalogInputs(Bits.u16(b, o + 2), Bits.u16(b, o)),
                i -> concat(word(i.ad1()), word(i.ad0())), 4);
        register(0x30, SignalStrength.class, (b, o, l) -> new SignalStrength(b[o] & 0xff),
                i -> new byte[] {(byte) i.value()}, 1);
        register(0x31, SatelliteCount.class, (b, o, l) -> new SatelliteCount(b[o] & 0xff),
                i -> new byte[] {(byte) i.count()}, 1);
        ENCODERS.put(RawItem.class, i -> ((RawItem) i).value().toByteArray());
    }

    private AdditionalItemCodec() {
    }

    @SuppressWarnings("unchecked")
    private static <T extends AdditionalItem> void register(int id, Class<T> type, Decoder decoder,
            Function<T, byte[]> encoder, int... lengths) {
        BY_ID[id] = new Entry(decoder, lengths);
        ENCODERS.put(type, i -> encoder.apply((T) i));
    }

    /** The items of the additional-information section {@code b[from, to)}. */
    public static List<AdditionalItem> decode(byte[] b, int from, int to) {
        List<AdditionalItem> items = new ArrayList<>();
        int p = from;
        while (p < to) {
            if (p + 2 > to || p + 2 + (b[p + 1] & 0xff) > to) {
                items.add(new TrailingBytes(Octets.of(b, p, to - p)));
                break;
            }
            int id = b[p] & 0xff;
            int length = b[p + 1] & 0xff;
            items.add(decodeItem(id, b, p + 2, length));
            p += 2 + length;
        }
        return List.copyOf(items);
    }

    /** The offset where the well-formed items of {@code b[from, to)} end ({@code to} when all are complete). */
    public static int wellFormedEnd(byte[] b, int from, int to) {
        int p = from;
        while (p + 2 <= to && p + 2 + (b[p + 1] & 0xff) <= to) {
            p += 2 + (b[p + 1] & 0xff);
        }
        return p;
    }

    /** One item, typed when its id is standard, its length fits and it re-encodes exactly. */
    public static AdditionalItem decodeItem(int id, byte[] b, int offset, int length) {
        Entry e = BY_ID[id];
        if (e != null && fits(e.lengths, length)) {
            try {
                AdditionalItem typed = e.decoder.decode(b, offset, length);
                byte[] again = value(typed);
                if (Arrays.equals(again, 0, again.length, b, offset, offset + length)) {
                    return typed;
                }
            } catch (IllegalArgumentException notCanonical) {
                // a value the typed record cannot hold (such as type 0 with an area id): keep the bytes
            }
        }
        return new RawItem(id, Octets.of(b, offset, length));
    }

    /** The value bytes of one item (without id and length). */
    public static byte[] value(AdditionalItem item) {
        Function<AdditionalItem, byte[]> encoder = ENCODERS.get(item.getClass());
        if (encoder == null) {
            throw new IllegalArgumentException("not an encodable item: " + item);
        }
        return encoder.apply(item);
    }

    /** Writes the section of {@code items}: id, length, value for each; trailing bytes as they are. */
    public static void encode(List<AdditionalItem> items, BodyWriter out) {
        for (AdditionalItem item : items) {
            if (item instanceof TrailingBytes t) {
                out.bytes(t.bytes().toByteArray());
                continue;
            }
            byte[] v = value(item);
            out.u8("item id", item.id()).u8("length of item 0x" + Integer.toHexString(item.id()), v.length).bytes(v);
        }
    }

    /** The section bytes of {@code items}. */
    public static byte[] encode(List<AdditionalItem> items) {
        BodyWriter out = new BodyWriter(ProtocolVersion.V2013);
        encode(items, out);
        return out.toByteArray();
    }

    private static boolean fits(int[] lengths, int length) {
        for (int l : lengths) {
            if (l == length) {
                return true;
            }
        }
        return false;
    }

    private static AdditionalItem overspeed(byte[] b, int o, int l) {
        int type = b[o] & 0xff;
        return l == 1 ? new OverspeedAlarm(type, 0) : new OverspeedAlarm(type, Integer.toUnsignedLong(Bits.i32(b, o + 1)));
    }

    private static byte[] overspeed(OverspeedAlarm i) {
        return i.locationType() == 0 ? new byte[] {0} : concat(new byte[] {(byte) i.locationType()}, dword(i.areaId()));
    }

    private static int signMagnitude(int raw) {
        return (raw & 0x8000) != 0 ? -(raw & 0x7fff) : raw;
    }

    private static byte[] word(int v) {
        Bits.checkWord("value", v);
        return new byte[] {(byte) (v >>> 8), (byte) v};
    }

    private static byte[] dword(long v) {
        Bits.checkDword("value", v);
        byte[] b = new byte[4];
        Bits.put32(b, 0, (int) v);
        return b;
    }

    private static byte[] concat(byte[]... parts) {
        int n = 0;
        for (byte[] p : parts) {
            n += p.length;
        }
        byte[] out = new byte[n];
        int o = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, out, o, p.length);
            o += p.length;
        }
        return out;
    }
}
