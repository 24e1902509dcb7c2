package io.github.jiguan.testkit.jt808;

import io.github.jiguan.telematics.jt808.Jt808Decoder;
import io.github.jiguan.telematics.jt808.codec.BodyCodecRegistry;
import io.github.jiguan.telematics.jt808.codec.DecodeOptions;
import io.github.jiguan.telematics.jt808.message.*;
import io.github.jiguan.testkit.Generator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * JT/T 808 message bodies of every message id of the standard, in the layout of each edition
 * (2011, 2013, 2019): every field drawn within its wire range, text in GBK that fits its field,
 * the fields an edition lacks left at their absent value, so that a body encodes in its edition
 * and decodes back equal. Lists shrink toward empty, numbers toward zero.
 */
public final class Jt808Messages {

    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz0123456789 .,;:-_/冀粤测鉴权码京沪津渝张三李四王五路线区域车辆";

    private Jt808Messages() {
    }

    /** A body and the edition it is written in. */
    public record Versioned(ProtocolVersion version, Jt808Body body) {

        /** Requires both. */
        public Versioned {
            Objects.requireNonNull(version, "version");
            Objects.requireNonNull(body, "body");
        }
    }

    /** Any body of any message id in any edition, every (edition, body type) pair about as often. */
    public static Generator<Versioned> messages() {
        List<Generator<Versioned>> all = new ArrayList<>();
        for (ProtocolVersion v : ProtocolVersion.values()) {
            bodies(v).values().forEach(g -> all.add(g.map(b -> new Versioned(v, b))));
        }
        return Generator.oneOf(all);
    }

    /** The strict decoder that reads frames of {@code version} (2011 frames carry no version flag). */
    public static Jt808Decoder decoder(ProtocolVersion version) {
        return Jt808Decoder.of(BodyCodecRegistry.standard(), version == ProtocolVersion.V2011
                ? DecodeOptions.STRICT.withUnflaggedEdition(ProtocolVersion.V2011) : DecodeOptions.STRICT);
    }

    static Generator<Integer> u8() {
        return Generator.ints(0, 255);
    }

    static Generator<Integer> u16() {
        return Generator.ints(0, 65535);
    }

    static Generator<Long> u32() {
        return Generator.longs(0, 0xffff_ffffL);
    }

    static Generator<Integer> i32() {
        return Generator.ints(Integer.MIN_VALUE, Integer.MAX_VALUE);
    }

    /** Text of at most {@code maxBytes} GBK bytes (a Chinese character takes two). */
    static Generator<String> text(int maxBytes) {
        return Generator.strings(ALPHABET, 0, maxBytes / 2);
    }

    static Generator<String> digits(int n) {
        return Generator.strings("0123456789", n);
    }

    /** A BCD time: any twelve digits, as a terminal may send them. */
    public static Generator<BcdTime> time() {
        return digits(12).map(BcdTime::parse);
    }

    static Generator<Octets> octets(int max) {
        return (r, size) -> {
            byte[] b = new byte[r.nextInt(0, Math.min(max, Math.max(size, 0)) + 1)];
            for (int i = 0; i < b.length; i++) {
                b[i] = (byte) r.nextInt(0, 256);
            }
            return Octets.of(b);
        };
    }

    static Generator<Octets> octetsOf(int n) {
        return (r, size) -> {
            byte[] b = new byte[n];
            for (int i = 0; i < n; i++) {
                b[i] = (byte) r.nextInt(0, 256);
            }
            return Octets.of(b);
        };
    }

    static <T> Generator<List<T>> list(Generator<T> item, int max) {
        return Generator.listOf(item, 0, max);
    }

    /** A standard additional item of a location report (0x01–0x31), or a vendor item kept raw. */
    public static Generator<AdditionalItem> item() {
        return Generator.oneOf(
                u32().map(t -> new AdditionalItem.Mileage(t / 10.0)),
                u16().map(t -> new AdditionalItem.Fuel(t / 10.0)),
                u16().map(t -> new AdditionalItem.RecorderSpeed(t / 10.0)),
                u16().map(AdditionalItem.AlarmEventId::new),
                Generator.ints(-32767, 32767).map(AdditionalItem.CabinTemperature::new),
                (r, s) -> new AdditionalItem.OverspeedAlarm(r.nextInt(1, 5), u32().next(r, s)),
                (r, s) -> new AdditionalItem.AreaRouteAlarm(u8().next(r, s), u32().next(r, s), u8().next(r, s)),
                (r, s) -> new AdditionalItem.RouteDrivingTimeAlarm(u32().next(r, s), u16().next(r, s), u8().next(r, s)),
                i32().map(AdditionalItem.ExtendedSignals::new),
                u16().map(AdditionalItem.IoStatus::new),
                (r, s) -> new AdditionalItem.AnalogInputs(u16().next(r, s), u16().next(r, s)),
                u8().map(AdditionalItem.SignalStrength::new),
                u8().map(AdditionalItem.SatelliteCount::new),
                (r, s) -> new AdditionalItem.RawItem(r.nextInt(0xE1, 0x100), octets(20).next(r, s)));
    }

    /** A location report (0x0200 body) with up to six additional items, or none for the 28-byte form. */
    public static Generator<LocationReport> location(boolean withItems) {
        Generator<List<AdditionalItem>> items = withItems ? list(item(), 6) : Generator.constant(List.of());
        return (r, s) -> LocationReport.fromWire(i32().next(r, s), i32().next(r, s), i32().next(r, s), i32().next(r, s),
                u16().next(r, s), u16().next(r, s), u16().next(r, s), time().next(r, s), List.of()).withItems(items.next(r, s));
    }

    static Generator<TerminalParameter> parameter() {
        return (r, s) -> new TerminalParameter(u32().next(r, s), octets(40).next(r, s));
    }

    private static Generator<Double> degrees() {
        return Generator.longs(0, 180_000_000L).map(v -> v / 1e6);
    }

    private static BcdTime window(int attributes, BcdTime t) {
        return (attributes & 1) != 0 ? t : null;
    }

    private static int speed(int attributes, int v) {
        return (attributes & 2) != 0 ? v : 0;
    }

    static Generator<CircleArea> circle(boolean v2019) {
        return (r, s) -> {
            long id = u32().next(r, s);
            int attr = u16().next(r, s);
            int max = u16().next(r, s);
            return new CircleArea(id, attr, degrees().next(r, s), degrees().next(r, s), u32().next(r, s),
                    window(attr, time().next(r, s)), window(attr, time().next(r, s)), speed(attr, max),
                    speed(attr, max % 256), v2019 ? speed(attr, (max * 7) % 65536) : 0, v2019 ? "区域" + id % 100 : "");
        };
    }

    static Generator<RectangleArea> rectangle(boolean v2019) {
        return (r, s) -> {
            long id = u32().next(r, s);
            int attr = u16().next(r, s);
            BcdTime t = time().next(r, s);
            int max = u16().next(r, s);
            return new RectangleArea(id, attr, degrees().next(r, s), degrees().next(r, s), degrees().next(r, s),
                    degrees().next(r, s), window(attr, t), window(attr, t), speed(attr, max), speed(attr, max % 256),
                    v2019 ? speed(attr, max) : 0, v2019 ? "矩形" : "");
        };
    }

    static Generator<PolygonArea> polygon(boolean v2019) {
        Generator<PolygonArea.Vertex> vertex = degrees().with(degrees(), PolygonArea.Vertex::new);
        return (r, s) -> {
            long id = u32().next(r, s);
            int attr = u16().next(r, s);
            BcdTime t = time().next(r, s);
            int max = u16().next(r, s);
            return new PolygonArea(id, attr, window(attr, t), window(attr, t), speed(attr, max), speed(attr, max % 256),
                    v2019 ? speed(attr, max / 2) : 0, list(vertex, 5).next(r, s), v2019 ? "多边形" + id % 7 : "");
        };
    }

    static Generator<Route> route(boolean v2019) {
        Generator<Route.Point> point = (r, s) -> {
            int attr = u8().next(r, s);
            int a = u16().next(r, s);
            int b = u16().next(r, s);
            return new Route.Point(u32().next(r, s), u32().next(r, s), degrees().next(r, s), degrees().next(r, s),
                    u8().next(r, s), attr, (attr & 1) != 0 ? a : 0, (attr & 1) != 0 ? b : 0, speed(attr, a),
                    speed(attr, b % 256), v2019 ? speed(attr, b) : 0);
        };
        return (r, s) -> {
            long id = u32().next(r, s);
            int attr = u16().next(r, s);
            BcdTime t = time().next(r, s);
            return new Route(id, attr, window(attr, t), window(attr, t), list(point, 4).next(r, s), v2019 ? "路线" : "");
        };
    }

    /** One generator per body type of the standard, in the layout of {@code version}. */
    public static Map<Class<? extends Jt808Body>, Generator<? extends Jt808Body>> bodies(ProtocolVersion version) {
        Objects.requireNonNull(version, "version");
        Map<Class<? extends Jt808Body>, Generator<? extends Jt808Body>> m = new LinkedHashMap<>();
        Bodies.general(m, version);
        Bodies.terminal(m, version);
        Bodies.positions(m, version);
        Bodies.interaction(m, version);
        Bodies.areas(m, version);
        Bodies.recorderAndMedia(m, version);
        return m;
    }
}
