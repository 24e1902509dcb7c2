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
import io.github.jiguan.telematics.jt808.message.AdditionalItems;
import io.github.jiguan.telematics.jt808.message.Octets;
import io.github.jiguan.telematics.jt808.message.ProtocolVersion;
import java.util.Arrays;
import java.util.List;

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

    /** Whether a value of this id decodes to a record that re-encodes to exactly these bytes. */
    private interface Canonical {
        boolean test(byte[] value, int offset, int length);
    }

    /** Writes the value of one item (without id and length). */
    private interface Writer<T extends AdditionalItem> {
        void write(T item, BodyWriter out);
    }

    private record Entry(Class<?> type, Decoder decoder, Canonical canonical, Writer<AdditionalItem> writer,
                         int[] lengths) {
    }

    /**
     * The standard items by id, each with its record type and writer: the encoder finds an item's
     * writer by its id and checks the class, two array reads where a map by class cost 17% of encoding
     * a 12-item 0x0200 (JFR).
     */
    private static final Entry[] BY_ID = new Entry[256];
    private static final Writer<AdditionalItem> RAW_WRITER = (i, out) -> out.bytes(((RawItem) i).value());
    /**
     * Most item values are canonical whatever their bits (a DWORD of tenths of a km re-encodes to
     * itself), so that typing an item needs no trial re-encoding; the two exceptions say so.
     */
    private static final Canonical ALWAYS = (b, o, l) -> true;

    static {
        register(0x01, Mileage.class, (b, o, l) -> new Mileage(Integer.toUnsignedLong(Bits.i32(b, o)) / 10.0), ALWAYS,
                (i, out) -> out.u32("mileage", Math.round(i.km() * 10)), 4);
        register(0x02, Fuel.class, (b, o, l) -> new Fuel(Bits.u16(b, o) / 10.0), ALWAYS,
                (i, out) -> out.u16("fuel", (int) Math.round(i.litres() * 10)), 2);
        register(0x03, RecorderSpeed.class, (b, o, l) -> new RecorderSpeed(Bits.u16(b, o) / 10.0), ALWAYS,
                (i, out) -> out.u16("recorder speed", (int) Math.round(i.kmh() * 10)), 2);
        register(0x04, AlarmEventId.class, (b, o, l) -> Cache.alarmEventId(Bits.u16(b, o)), ALWAYS,
                (i, out) -> out.u16("alarm event id", i.eventId()), 2);
        register(0x05, TirePressure.class, (b, o, l) -> new TirePressure(Octets.of(b, o, l)), ALWAYS,
                (i, out) -> out.bytes(i.pressures().toByteArray()), 30);
        // 0x8000 is minus zero, which the record holds as 0 and writes as 0x0000
        register(0x06, CabinTemperature.class, (b, o, l) -> new CabinTemperature(signMagnitude(Bits.u16(b, o))),
                (b, o, l) -> Bits.u16(b, o) != 0x8000,
                (i, out) -> out.u16("cabin temperature", i.celsius() < 0 ? 0x8000 | -i.celsius() : i.celsius()), 2);
        // the area id is present exactly when the location type is not 0
        register(0x11, OverspeedAlarm.class, AdditionalItemCodec::overspeed, (b, o, l) -> (l == 1) == (b[o] == 0),
                AdditionalItemCodec::overspeed, 1, 5);
        register(0x12, AreaRouteAlarm.class,
                (b, o, l) -> new AreaRouteAlarm(b[o] & 0xff, Integer.toUnsignedLong(Bits.i32(b, o + 1)), b[o + 5] & 0xff),
                ALWAYS, (i, out) -> out.u8("location type", i.locationType()).u32("area id", i.areaId())
                        .u8("direction", i.direction()), 6);
        register(0x13, RouteDrivingTimeAlarm.class,
                (b, o, l) -> new RouteDrivingTimeAlarm(Integer.toUnsignedLong(Bits.i32(b, o)), Bits.u16(b, o + 4), b[o + 6] & 0xff),
                ALWAYS, (i, out) -> out.u32("route segment id", i.routeSegmentId()).u16("driving time", i.drivingSeconds())
                        .u8("result", i.result()), 7);
        register(0x25, ExtendedSignals.class, (b, o, l) -> Cache.extendedSignals(Bits.i32(b, o)), ALWAYS,
                (i, out) -> out.i32(i.bits()), 4);
        register(0x2A, IoStatus.class, (b, o, l) -> Cache.ioStatus(Bits.u16(b, o)), ALWAYS,
                (i, out) -> out.u16("io status", i.bits()), 2);
        register(0x2B, AnalogInputs.class, (b, o, l) -> new AnalogInputs(Bits.u16(b, o + 2), Bits.u16(b, o)), ALWAYS,
                (i, out) -> out.u16("ad1", i.ad1()).u16("ad0", i.ad0()), 4);
        register(0x30, SignalStrength.class, (b, o, l) -> Cache.SIGNAL[b[o] & 0xff], ALWAYS,
                (i, out) -> out.u8("signal strength", i.value()), 1);
        register(0x31, SatelliteCount.class, (b, o, l) -> Cache.SATELLITES[b[o] & 0xff], ALWAYS,
                (i, out) -> out.u8("satellite count", i.count()), 1);
    }

    private AdditionalItemCodec() {
    }

    @SuppressWarnings("unchecked")
    private static <T extends AdditionalItem> void register(int id, Class<T> type, Decoder decoder, Canonical canonical,
            Writer<T> writer, int... lengths) {
        // Stored as it is, not wrapped in a casting lambda: a second megamorphic call per item otherwise.
        // The cast is safe because writer(item) hands it only items whose class is type.
        BY_ID[id] = new Entry(type, decoder, canonical, (Writer<AdditionalItem>) (Writer<?>) writer, lengths);
    }

    /** The items of the additional-information section {@code b[from, to)}. */
    public static List<AdditionalItem> decode(byte[] b, int from, int to) {
        int count = 0;
        for (int p = from; p < to; p += 2 + (b[p + 1] & 0xff)) {
            count++;
            if (p + 2 > to || p + 2 + (b[p + 1] & 0xff) > to) {
                break;
            }
        }
        AdditionalItem[] items = scratch(count);
        int p = from;
        for (int k = 0; k < count; k++) {
            if (p + 2 > to || p + 2 + (b[p + 1] & 0xff) > to) {
                items[k] = new TrailingBytes(Octets.of(b, p, to - p));
                break;
            }
            int length = b[p + 1] & 0xff;
            items[k] = decodeItem(b[p] & 0xff, b, p + 2, length);
            p += 2 + length;
        }
        AdditionalItems list = AdditionalItems.copyOf(items, count);
        Arrays.fill(items, 0, count, null);
        return list;
    }

    /** A per-thread array for the items being decoded, which {@link AdditionalItems#copyOf} copies once. */
    private static final ThreadLocal<AdditionalItem[][]> SCRATCH = ThreadLocal.withInitial(() -> new AdditionalItem[1][64]);

    private static AdditionalItem[] scratch(int count) {
        AdditionalItem[][] holder = SCRATCH.get();
        if (holder[0].length < count) {
            holder[0] = new AdditionalItem[count];
        }
        return holder[0];
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
        if (e != null && fits(e.lengths, length) && e.canonical.test(b, offset, length)) {
            return e.decoder.decode(b, offset, length);
        }
        return new RawItem(id, Octets.of(b, offset, length));
    }

    /** The value bytes of one item (without id and length). */
    public static byte[] value(AdditionalItem item) {
        BodyWriter out = new BodyWriter(ProtocolVersion.V2013);
        writer(item).write(item, out);
        return out.toByteArray();
    }

    private static Writer<AdditionalItem> writer(AdditionalItem item) {
        int id = item.id();
        Entry e = id >= 0 && id < BY_ID.length ? BY_ID[id] : null;
        if (e != null && e.type() == item.getClass()) {
            return e.writer();
        }
        if (item instanceof RawItem) {
            return RAW_WRITER;
        }
        throw new IllegalArgumentException("not an encodable item: " + item);
    }

    /** Writes the section of {@code items}: id, length, value for each; trailing bytes as they are. */
    public static void encode(List<AdditionalItem> items, BodyWriter out) {
        // an indexed loop: the encoder's hot path allocates no iterator
        for (int k = 0; k < items.size(); k++) {
            AdditionalItem item = items.get(k);
            if (item instanceof TrailingBytes t) {
                out.bytes(t.bytes());
                continue;
            }
            Writer<AdditionalItem> w = writer(item);
            out.u8("item id", item.id()).u8("item length", 0);
            int start = out.size();
            w.write(item, out);
            out.setU8("item length", start - 1, out.size() - start);
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
        return l == 1 ? Cache.NO_OVERSPEED_AREA : new OverspeedAlarm(type, Integer.toUnsignedLong(Bits.i32(b, o + 1)));
    }

    /**
     * Shared instances of the items whose values are small and repeat from report to report (records
     * are immutable, so sharing is safe): 16 to 24 bytes fewer per item and report, 104 bytes for the
     * benchmark frame, one of the steps that keep a fully typed 0x0200 under 400 bytes.
     */
    private static final class Cache {
        static final SignalStrength[] SIGNAL = new SignalStrength[256];
        static final SatelliteCount[] SATELLITES = new SatelliteCount[256];
        static final AlarmEventId[] EVENTS = new AlarmEventId[256];
        static final IoStatus[] IO = new IoStatus[256];
        static final ExtendedSignals[] SIGNALS = new ExtendedSignals[256];
        static final OverspeedAlarm NO_OVERSPEED_AREA = new OverspeedAlarm(0, 0);

        static {
            for (int i = 0; i < 256; i++) {
                SIGNAL[i] = new SignalStrength(i);
                SATELLITES[i] = new SatelliteCount(i);
                EVENTS[i] = new AlarmEventId(i);
                IO[i] = new IoStatus(i);
                SIGNALS[i] = new ExtendedSignals(i);
            }
        }

        static AlarmEventId alarmEventId(int v) {
            return v < 256 ? EVENTS[v] : new AlarmEventId(v);
        }

        static IoStatus ioStatus(int v) {
            return v < 256 ? IO[v] : new IoStatus(v);
        }

        static ExtendedSignals extendedSignals(int bits) {
            return bits >= 0 && bits < 256 ? SIGNALS[bits] : new ExtendedSignals(bits);
        }
    }

    private static void overspeed(OverspeedAlarm i, BodyWriter out) {
        out.u8("location type", i.locationType());
        if (i.locationType() != 0) {
            out.u32("area id", i.areaId());
        }
    }

    private static int signMagnitude(int raw) {
        return (raw & 0x8000) != 0 ? -(raw & 0x7fff) : raw;
    }
}
