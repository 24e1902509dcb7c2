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
import java.util.function.Function;
import java.util.random.RandomGenerator;

/**
 * Generators of every message of the JT/T 808 table in the layout of a given edition (2011, 2013,
 * 2019), engine-neutral: plain Java over a {@link RandomGenerator} and a size, which bounds list
 * lengths and text. Values are drawn with bounded calls, so that an engine that shrinks its draws
 * shrinks a failing message toward small numbers, short lists and empty text.
 */
public final class Jt808Messages {

    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz0123456789 .,;:-_/冀粤测鉴权码京沪津渝张三李四王五路线区域车辆";

    private Jt808Messages() {
    }

    /** A body and the edition it is written in. */
    public record Versioned(ProtocolVersion version, Jt808Body body) {
    }

    /** Every (edition, body type) pair, picked evenly, so that every message type is drawn in all three editions. */
    public static Generator<Versioned> versioned() {
        List<Generator<Versioned>> all = new ArrayList<>();
        for (ProtocolVersion v : ProtocolVersion.values()) {
            of(v).values().forEach(g -> all.add(g.map(b -> new Versioned(v, b))));
        }
        return Generator.oneOf(all);
    }

    /** A terminal phone number of 1 to {@code maxDigits} decimal digits. */
    public static Generator<String> phones(int maxDigits) {
        return (r, size) -> digits(r, r.nextInt(1, maxDigits + 1));
    }

    /** A strict decoder that reads frames without the 2019 flag in the layout of {@code version}. */
    public static Jt808Decoder decoderFor(ProtocolVersion version) {
        return Jt808Decoder.of(BodyCodecRegistry.standard(), version == ProtocolVersion.V2011
                ? DecodeOptions.STRICT.withUnflaggedEdition(ProtocolVersion.V2011) : DecodeOptions.STRICT);
    }

    static int u8(RandomGenerator r) {
        return r.nextInt(0, 256);
    }

    static int u16(RandomGenerator r) {
        return r.nextInt(0, 65536);
    }

    static long u32(RandomGenerator r) {
        return r.nextLong(0, 1L << 32);
    }

    static int i32(RandomGenerator r) {
        return (int) r.nextLong(0, 1L << 32);
    }

    /** Text of at most {@code maxBytes} GBK bytes (Chinese characters take two) and at most size characters. */
    static String text(RandomGenerator r, int size, int maxBytes) {
        int n = r.nextInt(0, Math.min(maxBytes / 2, size) + 1);
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            sb.append(ALPHABET.charAt(r.nextInt(0, ALPHABET.length())));
        }
        return sb.toString();
    }

    static String digits(RandomGenerator r, int n) {
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            sb.append((char) ('0' + r.nextInt(0, 10)));
        }
        return sb.toString();
    }

    static BcdTime time(RandomGenerator r) {
        return BcdTime.parse(digits(r, 12));
    }

    static Octets octets(RandomGenerator r, int size, int max) {
        return Octets.of(Generator.bytes(0, max).next(r, size));
    }

    static <T> List<T> list(RandomGenerator r, int size, int max, Function<RandomGenerator, T> item) {
        int n = r.nextInt(0, Math.min(max, size) + 1);
        List<T> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(item.apply(r));
        }
        return out;
    }

    /** One additional item of every standard type, or a vendor item kept raw. */
    public static Generator<AdditionalItem> item() {
        return Generator.oneOf(List.<Generator<AdditionalItem>>of(
                (r, s) -> new AdditionalItem.Mileage(u32(r) / 10.0),
                (r, s) -> new AdditionalItem.Fuel(u16(r) / 10.0),
                (r, s) -> new AdditionalItem.RecorderSpeed(u16(r) / 10.0),
                (r, s) -> new AdditionalItem.AlarmEventId(u16(r)),
                (r, s) -> new AdditionalItem.CabinTemperature(r.nextInt(-32767, 32768)),
                (r, s) -> new AdditionalItem.OverspeedAlarm(r.nextInt(1, 5), u32(r)),
                (r, s) -> new AdditionalItem.AreaRouteAlarm(u8(r), u32(r), u8(r)),
                (r, s) -> new AdditionalItem.RouteDrivingTimeAlarm(u32(r), u16(r), u8(r)),
                (r, s) -> new AdditionalItem.ExtendedSignals(i32(r)),
                (r, s) -> new AdditionalItem.IoStatus(u16(r)),
                (r, s) -> new AdditionalItem.AnalogInputs(u16(r), u16(r)),
                (r, s) -> new AdditionalItem.SignalStrength(u8(r)),
                (r, s) -> new AdditionalItem.SatelliteCount(u8(r)),
                (r, s) -> new AdditionalItem.RawItem(r.nextInt(0xE1, 0x100), octets(r, s, 20))));
    }

    /** A location report with additional items, or without (the 28-byte form of 0x0801 and 0x0802). */
    public static Generator<LocationReport> location(boolean withItems) {
        Generator<List<AdditionalItem>> items = withItems ? Generator.listOf(item(), 6) : Generator.constant(List.of());
        return (r, s) -> LocationReport.fromWire(i32(r), i32(r), i32(r), i32(r), u16(r), u16(r), u16(r), time(r),
                items.next(r, s));
    }

    static LocationReport location(RandomGenerator r, int s, boolean withItems) {
        return location(withItems).next(r, s);
    }

    static TerminalParameter parameter(RandomGenerator r, int s) {
        return new TerminalParameter(u32(r), octets(r, s, 40));
    }

    private static double degrees(RandomGenerator r) {
        return r.nextLong(0, 180_000_001L) / 1e6;
    }

    private static BcdTime window(int attributes, BcdTime t) {
        return (attributes & 1) != 0 ? t : null;
    }

    private static int speed(int attributes, int v) {
        return (attributes & 2) != 0 ? v : 0;
    }

    static CircleArea circle(RandomGenerator r, boolean v2019) {
        long id = u32(r);
        int attr = u16(r);
        double lat = degrees(r);
        double lon = degrees(r);
        long radius = u32(r);
        BcdTime start = time(r);
        BcdTime end = time(r);
        int max = u16(r);
        return new CircleArea(id, attr, lat, lon, radius, window(attr, start), window(attr, end), speed(attr, max),
                speed(attr, max % 256), v2019 ? speed(attr, (max * 7) % 65536) : 0, v2019 ? "区域" + id % 100 : "");
    }

    static RectangleArea rectangle(RandomGenerator r, boolean v2019) {
        long id = u32(r);
        int attr = u16(r);
        double a = degrees(r);
        double b = degrees(r);
        double c = degrees(r);
        double d = degrees(r);
        BcdTime t = time(r);
        int max = u16(r);
        return new RectangleArea(id, attr, a, b, c, d, window(attr, t), window(attr, t), speed(attr, max),
                speed(attr, max % 256), v2019 ? speed(attr, max) : 0, v2019 ? "矩形" : "");
    }

    static PolygonArea polygon(RandomGenerator r, int s, boolean v2019) {
        long id = u32(r);
        int attr = u16(r);
        BcdTime t = time(r);
        int max = u16(r);
        List<PolygonArea.Vertex> vs = list(r, s, 5, x -> new PolygonArea.Vertex(degrees(x), degrees(x)));
        return new PolygonArea(id, attr, window(attr, t), window(attr, t), speed(attr, max), speed(attr, max % 256),
                v2019 ? speed(attr, max / 2) : 0, vs, v2019 ? "多边形" + id % 7 : "");
    }

    static Route route(RandomGenerator r, int s, boolean v2019) {
        long id = u32(r);
        int attr = u16(r);
        BcdTime t = time(r);
        List<Route.Point> ps = list(r, s, 4, x -> {
            long pid = u32(x);
            long sid = u32(x);
            double lat = degrees(x);
            double lon = degrees(x);
            int w = u8(x);
            int pattr = u8(x);
            int a = u16(x);
            int b = u16(x);
            return new Route.Point(pid, sid, lat, lon, w, pattr, (pattr & 1) != 0 ? a : 0, (pattr & 1) != 0 ? b : 0,
                    speed(pattr, a), speed(pattr, b % 256), v2019 ? speed(pattr, b) : 0);
        });
        return new Route(id, attr, window(attr, t), window(attr, t), ps, v2019 ? "路线" : "");
    }

    /** One generator per body type of the standard, in the layout of {@code version}. */
    public static Map<Class<?>, Generator<Jt808Body>> of(ProtocolVersion version) {
        boolean v2019 = version.is2019();
        Map<Class<?>, Generator<Jt808Body>> m = new LinkedHashMap<>();
        m.put(TerminalGeneralResponse.class, (r, s) -> new TerminalGeneralResponse(u16(r), u16(r), u8(r)));
        m.put(PlatformGeneralResponse.class, (r, s) -> new PlatformGeneralResponse(u16(r), u16(r), u8(r)));
        m.put(Heartbeat.class, (r, s) -> new Heartbeat());
        m.put(TerminalLogout.class, (r, s) -> new TerminalLogout());
        m.put(QueryServerTime.class, (r, s) -> new QueryServerTime());
        m.put(ServerTimeResponse.class, (r, s) -> new ServerTimeResponse(time(r)));
        m.put(RetransmitRequest.class, (r, s) -> new RetransmitRequest(u16(r), list(r, s, 20, Jt808Messages::u16)));
        m.put(TerminalRetransmitRequest.class,
                (r, s) -> new TerminalRetransmitRequest(u16(r), list(r, s, 20, Jt808Messages::u16)));
        m.put(RegisterRequest.class, (r, s) -> register(r, s, version));
        m.put(RegisterResponse.class, (r, s) -> new RegisterResponse(u16(r), u8(r), text(r, s, 40)));
        m.put(AuthenticationRequest.class, (r, s) -> v2019
                ? new AuthenticationRequest(version, text(r, s, 60), text(r, s, 15), text(r, s, 20))
                : new AuthenticationRequest(ProtocolVersion.V2013, text(r, s, 60), "", ""));
        m.put(SetParameters.class, (r, s) -> new SetParameters(list(r, s, 8, x -> parameter(x, s))));
        m.put(QueryParameters.class, (r, s) -> new QueryParameters());
        m.put(QueryParametersResponse.class, (r, s) -> new QueryParametersResponse(u16(r), list(r, s, 8, x -> parameter(x, s))));
        m.put(TerminalControl.class, (r, s) -> new TerminalControl(u8(r), octets(r, s, 60)));
        m.put(QuerySpecifiedParameters.class, (r, s) -> new QuerySpecifiedParameters(list(r, s, 10, Jt808Messages::u32)));
        m.put(QueryAttributes.class, (r, s) -> new QueryAttributes());
        m.put(QueryAttributesResponse.class, (r, s) -> {
            int type = u16(r);
            String maker = text(r, s, 5);
            String model = text(r, s, v2019 ? 30 : 20);
            String id = text(r, s, v2019 ? 30 : 7);
            String iccid = digits(r, 20);
            String hw = text(r, s, 30);
            String fw = text(r, s, 30);
            int gnss = u8(r);
            return new QueryAttributesResponse(type, maker, model, id, iccid, hw, fw, gnss, gnss ^ 0x55);
        });
        m.put(UpgradePackage.class, (r, s) -> new UpgradePackage(u8(r), text(r, s, 5), text(r, s, 30), octets(r, s, 100)));
        m.put(UpgradeResult.class, (r, s) -> new UpgradeResult(u8(r), u8(r)));
        m.put(LocationReport.class, (r, s) -> location(r, s, true));
        m.put(LocationQuery.class, (r, s) -> new LocationQuery());
        m.put(LocationQueryResponse.class, (r, s) -> new LocationQueryResponse(u16(r), location(r, s, true)));
        m.put(TemporaryTracking.class, (r, s) -> new TemporaryTracking(u16(r), u32(r)));
        m.put(AlarmConfirmation.class, (r, s) -> new AlarmConfirmation(u16(r), i32(r)));
        m.put(LinkCheck.class, (r, s) -> new LinkCheck());
        m.put(TextMessage.class, (r, s) -> new TextMessage(u8(r), v2019 ? u8(r) : 0, text(r, s, 100)));
        m.put(EventSetting.class, (r, s) -> new EventSetting(u8(r),
                list(r, s, 5, x -> new EventSetting.Event(u8(x), text(x, s, 40)))));
        m.put(EventReport.class, (r, s) -> new EventReport(u8(r)));
        m.put(Question.class, (r, s) -> new Question(u8(r), text(r, s, 60),
                list(r, s, 5, x -> new Question.Answer(u8(x), text(x, s, 40)))));
        m.put(QuestionAnswer.class, (r, s) -> new QuestionAnswer(u16(r), u8(r)));
        m.put(InformationMenu.class, (r, s) -> new InformationMenu(u8(r),
                list(r, s, 5, x -> new InformationMenu.MenuItem(u8(x), text(x, s, 40)))));
        m.put(InformationDemand.class, (r, s) -> new InformationDemand(u8(r), u8(r)));
        m.put(InformationService.class, (r, s) -> new InformationService(u8(r), text(r, s, 200)));
        m.put(CallBack.class, (r, s) -> new CallBack(u8(r), digits(r, 11)));
        m.put(PhoneBook.class, (r, s) -> new PhoneBook(u8(r),
                list(r, s, 5, x -> new PhoneBook.Contact(u8(x), digits(x, 11), text(x, s, 20)))));
        m.put(VehicleControl.class, (r, s) -> v2019
                ? VehicleControl.of2019(list(r, s, 4, x -> new VehicleControl.ControlItem(1, u8(x))))
                : VehicleControl.of2013(u8(r)));
        m.put(VehicleControlResponse.class, (r, s) -> new VehicleControlResponse(u16(r), location(r, s, true)));
        m.put(SetCircleArea.class, (r, s) -> new SetCircleArea(u8(r), list(r, s, 3, x -> circle(x, v2019))));
        m.put(SetRectangleArea.class, (r, s) -> new SetRectangleArea(u8(r), list(r, s, 3, x -> rectangle(x, v2019))));
        m.put(SetPolygonArea.class, (r, s) -> new SetPolygonArea(polygon(r, s, v2019)));
        m.put(SetRoute.class, (r, s) -> new SetRoute(route(r, s, v2019)));
        m.put(DeleteCircleAreas.class, (r, s) -> new DeleteCircleAreas(list(r, s, 10, Jt808Messages::u32)));
        m.put(DeleteRectangleAreas.class, (r, s) -> new DeleteRectangleAreas(list(r, s, 10, Jt808Messages::u32)));
        m.put(DeletePolygonAreas.class, (r, s) -> new DeletePolygonAreas(list(r, s, 10, Jt808Messages::u32)));
        m.put(DeleteRoutes.class, (r, s) -> new DeleteRoutes(list(r, s, 10, Jt808Messages::u32)));
        m.put(QueryAreas.class, (r, s) -> new QueryAreas(r.nextInt(1, 5), list(r, s, 10, Jt808Messages::u32)));
        m.put(QueryAreasResponse.class, Jt808Messages::queryAreasResponse);
        m.put(DrivingRecorderQuery.class, (r, s) -> new DrivingRecorderQuery(u8(r), octets(r, s, 50)));
        m.put(DrivingRecorderUpload.class, (r, s) -> new DrivingRecorderUpload(u16(r), u8(r), octets(r, s, 50)));
        m.put(DrivingRecorderParameters.class, (r, s) -> new DrivingRecorderParameters(u8(r), octets(r, s, 50)));
        m.put(WaybillReport.class, (r, s) -> new WaybillReport(octets(r, s, 100)));
        m.put(DriverIdentityRequest.class, (r, s) -> new DriverIdentityRequest());
        m.put(DriverIdentityReport.class, (r, s) -> driver(r, s, version));
        m.put(BatchLocationUpload.class, (r, s) -> BatchLocationUpload.of(u8(r), list(r, s, 4, x -> location(x, s, true))));
        m.put(CanBusUpload.class, (r, s) -> new CanBusUpload(digits(r, 10),
                list(r, s, 5, x -> new CanBusUpload.CanItem(i32(x), Octets.of(Generator.bytes(8, 8).next(x, s))))));
        m.put(MultimediaEvent.class, (r, s) -> new MultimediaEvent(u32(r), u8(r), u8(r), u8(r), u8(r)));
        m.put(MultimediaData.class, (r, s) -> {
            long id = u32(r);
            int type = u8(r);
            int format = u8(r);
            int event = u8(r);
            int channel = u8(r);
            LocationReport l = location(r, s, false);
            return new MultimediaData(version, id, type, format, event, channel,
                    version == ProtocolVersion.V2011 ? null : l, octets(r, s, 100));
        });
        m.put(MultimediaDataResponse.class, (r, s) -> new MultimediaDataResponse(u32(r), list(r, s, 10, Jt808Messages::u16)));
        m.put(CameraShot.class, (r, s) -> {
            int ch = u8(r);
            int cmd = u16(r);
            int iv = u16(r);
            int sv = u8(r);
            int res = u8(r);
            int q = u8(r);
            int br = u8(r);
            int co = u8(r);
            return new CameraShot(ch, cmd, iv, sv, res, q, br, co, q, br);
        });
        m.put(CameraShotResponse.class, (r, s) -> {
            int serial = u16(r);
            int result = u8(r);
            List<Long> ids = list(r, s, 5, Jt808Messages::u32);
            return new CameraShotResponse(serial, result, result == 0 ? ids : List.of());
        });
        m.put(MultimediaSearch.class, (r, s) -> new MultimediaSearch(u8(r), u8(r), u8(r), time(r), time(r)));
        m.put(MultimediaSearchResponse.class, (r, s) -> new MultimediaSearchResponse(version, u16(r), list(r, s, 4, x -> {
            long id = u32(x);
            return new MultimediaSearchResponse.MediaItem(version == ProtocolVersion.V2011 ? 0 : id, u8(x), u8(x), u8(x),
                    location(x, s, false));
        })));
        m.put(MultimediaUpload.class, (r, s) -> new MultimediaUpload(u8(r), u8(r), u8(r), time(r), time(r), u8(r)));
        m.put(AudioRecording.class, (r, s) -> new AudioRecording(u8(r), u16(r), u8(r), u8(r)));
        m.put(SingleMultimediaUpload.class, (r, s) -> new SingleMultimediaUpload(u32(r), u8(r)));
        m.put(DownlinkPassthrough.class, (r, s) -> new DownlinkPassthrough(u8(r), octets(r, s, 100)));
        m.put(UplinkPassthrough.class, (r, s) -> new UplinkPassthrough(u8(r), octets(r, s, 100)));
        m.put(CompressedUpload.class, (r, s) -> new CompressedUpload(octets(r, s, 100)));
        m.put(PlatformRsaKey.class, (r, s) -> new PlatformRsaKey(u32(r), octets(r, s, 128)));
        m.put(TerminalRsaKey.class, (r, s) -> new TerminalRsaKey(u32(r), octets(r, s, 128)));
        return m;
    }

    private static RegisterRequest register(RandomGenerator r, int s, ProtocolVersion version) {
        int[] w = version == ProtocolVersion.V2011 ? new int[] {5, 8, 7} : version == ProtocolVersion.V2013
                ? new int[] {5, 20, 7} : new int[] {11, 30, 30};
        // a 2011 body is told from a 2013 one by its length (under 37 bytes): keep its plate short
        int plate = version == ProtocolVersion.V2011 ? 11 : 20;
        return new RegisterRequest(version, u16(r), u16(r), text(r, s, w[0]), text(r, s, w[1]), text(r, s, w[2]), u8(r),
                text(r, s, plate));
    }

    private static DriverIdentityReport driver(RandomGenerator r, int s, ProtocolVersion version) {
        if (version == ProtocolVersion.V2011) {
            return new DriverIdentityReport(version, 0, null, -1, text(r, s, 20), text(r, s, 40), text(r, s, 20), "",
                    text(r, s, 20));
        }
        switch (r.nextInt(0, 3)) {
            case 0: {
                BcdTime t = time(r);
                String name = text(r, s, 20);
                String cert = text(r, s, 20);
                String agency = text(r, s, 20);
                String expiry = digits(r, 8);
                String id = text(r, s, 20);
                return new DriverIdentityReport(version, 1, t, 0, name, cert, agency, expiry, version.is2019() ? id : "");
            }
            case 1:
                return new DriverIdentityReport(version, 1, time(r), r.nextInt(1, 5), "", "", "", "", "");
            default:
                return new DriverIdentityReport(version, 2, time(r), -1, "", "", "", "", "");
        }
    }

    private static QueryAreasResponse queryAreasResponse(RandomGenerator r, int s) {
        switch (r.nextInt(0, 4)) {
            case 0:
                return new QueryAreasResponse(1, new ArrayList<>(list(r, s, 3,
                        x -> new SetCircleArea(u8(x), list(x, s, 2, y -> circle(y, true))))));
            case 1:
                return new QueryAreasResponse(2, new ArrayList<>(list(r, s, 3,
                        x -> new SetRectangleArea(u8(x), list(x, s, 2, y -> rectangle(y, true))))));
            case 2:
                return new QueryAreasResponse(3, new ArrayList<>(list(r, s, 3, x -> new SetPolygonArea(polygon(x, s, true)))));
            default:
                return new QueryAreasResponse(4, new ArrayList<>(list(r, s, 3, x -> new SetRoute(route(x, s, true)))));
        }
    }
}
