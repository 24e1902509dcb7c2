package io.github.jiguan.telematics.jt808;

import io.github.jiguan.telematics.jt808.codec.BodyCodecRegistry;
import io.github.jiguan.telematics.jt808.codec.DecodeOptions;
import io.github.jiguan.telematics.jt808.message.*;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Generators of every message of the standard in the layout of a given edition: constrained
 * arbitraries combined into records, so that a failing round trip shrinks to a small message.
 */
final class MessageArbitraries {

    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz0123456789 .,;:-_/冀粤测鉴权码京沪津渝张三李四王五路线区域车辆";

    private MessageArbitraries() {
    }

    static Arbitrary<Integer> u8() {
        return Arbitraries.integers().between(0, 255);
    }

    static Arbitrary<Integer> u16() {
        return Arbitraries.integers().between(0, 65535);
    }

    static Arbitrary<Long> u32() {
        return Arbitraries.longs().between(0, 0xffff_ffffL);
    }

    static Arbitrary<Integer> i32() {
        return Arbitraries.integers();
    }

    /** Text of at most {@code maxBytes} GBK bytes (Chinese characters take two). */
    static Arbitrary<String> text(int maxBytes) {
        return Arbitraries.strings().withChars(ALPHABET.toCharArray()).ofMaxLength(maxBytes / 2);
    }

    /** Text for a fixed field: no trailing space either, which keeps it readable; padding is 0x00. */
    static Arbitrary<String> fixed(int width) {
        return text(width);
    }

    static Arbitrary<String> digits(int n) {
        return Arbitraries.strings().numeric().ofLength(n);
    }

    static Arbitrary<BcdTime> time() {
        return digits(12).map(BcdTime::parse);
    }

    static Arbitrary<Octets> octets(int max) {
        return Arbitraries.bytes().array(byte[].class).ofMaxSize(max).map(Octets::of);
    }

    static <T> Arbitrary<List<T>> list(Arbitrary<T> item, int max) {
        return item.list().ofMaxSize(max);
    }

    static Arbitrary<AdditionalItem> item() {
        return Arbitraries.oneOf(
                Arbitraries.longs().between(0, 0xffff_ffffL).map(t -> new AdditionalItem.Mileage(t / 10.0)),
                u16().map(t -> new AdditionalItem.Fuel(t / 10.0)),
                u16().map(t -> new AdditionalItem.RecorderSpeed(t / 10.0)),
                u16().map(AdditionalItem.AlarmEventId::new),
                Arbitraries.integers().between(-32767, 32767).map(AdditionalItem.CabinTemperature::new),
                Combinators.combine(Arbitraries.integers().between(1, 4), u32()).as(AdditionalItem.OverspeedAlarm::new),
                Combinators.combine(u8(), u32(), u8()).as(AdditionalItem.AreaRouteAlarm::new),
                Combinators.combine(u32(), u16(), u8()).as(AdditionalItem.RouteDrivingTimeAlarm::new),
                i32().map(AdditionalItem.ExtendedSignals::new),
                u16().map(AdditionalItem.IoStatus::new),
                Combinators.combine(u16(), u16()).as(AdditionalItem.AnalogInputs::new),
                u8().map(AdditionalItem.SignalStrength::new),
                u8().map(AdditionalItem.SatelliteCount::new),
                Combinators.combine(Arbitraries.integers().between(0xE1, 0xFF), octets(20)).as(AdditionalItem.RawItem::new));
    }

    /** A location report with additional items (or without, for the 28-byte form). */
    static Arbitrary<LocationReport> location(boolean withItems) {
        Arbitrary<List<AdditionalItem>> items = withItems ? list(item(), 6) : Arbitraries.just(List.of());
        return Combinators.combine(i32(), i32(), i32(), i32(), u16(), u16(), u16(), time())
                .as((a, s, lat, lon, alt, sp, dir, t) -> LocationReport.fromWire(a, s, lat, lon, alt, sp, dir, t, List.of()))
                .flatMap(r -> items.map(r::withItems));
    }

    static Arbitrary<TerminalParameter> parameter() {
        return Combinators.combine(u32(), octets(40)).as(TerminalParameter::new);
    }

    private static double micro(long v) {
        return v / 1e6;
    }

    private static Arbitrary<Double> degrees() {
        return Arbitraries.longs().between(0, 180_000_000L).map(MessageArbitraries::micro);
    }

    /** Attribute bits with bit 0 (time window) and bit 1 (speed) drawn independently. */
    private static Arbitrary<Integer> attributes() {
        return u16();
    }

    static Arbitrary<CircleArea> circle(boolean v2019) {
        return Combinators.combine(u32(), attributes(), degrees(), degrees(), u32(), time(), time(), u16())
                .as((id, attr, lat, lon, r, s, e, max) -> new CircleArea(id, attr, lat, lon, r, window(attr, s), window(attr, e),
                        speed(attr, max), speed(attr, max % 256), v2019 ? speed(attr, (max * 7) % 65536) : 0,
                        v2019 ? "区域" + id % 100 : ""));
    }

    static Arbitrary<RectangleArea> rectangle(boolean v2019) {
        return Combinators.combine(u32(), attributes(), degrees(), degrees(), degrees(), degrees(), time(), u16())
                .as((id, attr, a, b, c, d, t, max) -> new RectangleArea(id, attr, a, b, c, d, window(attr, t), window(attr, t),
                        speed(attr, max), speed(attr, max % 256), v2019 ? speed(attr, max) : 0, v2019 ? "矩形" : ""));
    }

    static Arbitrary<PolygonArea> polygon(boolean v2019) {
        Arbitrary<PolygonArea.Vertex> vertex = Combinators.combine(degrees(), degrees()).as(PolygonArea.Vertex::new);
        return Combinators.combine(u32(), attributes(), time(), u16(), list(vertex, 5))
                .as((id, attr, t, max, vs) -> new PolygonArea(id, attr, window(attr, t), window(attr, t), speed(attr, max),
                        speed(attr, max % 256), v2019 ? speed(attr, max / 2) : 0, vs, v2019 ? "多边形" + id % 7 : ""));
    }

    static Arbitrary<Route> route(boolean v2019) {
        Arbitrary<Route.Point> point = Combinators.combine(u32(), u32(), degrees(), degrees(), u8(), u8(), u16(), u16())
                .as((pid, sid, lat, lon, w, attr, a, b) -> new Route.Point(pid, sid, lat, lon, w, attr,
                        (attr & 1) != 0 ? a : 0, (attr & 1) != 0 ? b : 0, speed(attr, a), speed(attr, b % 256),
                        v2019 ? speed(attr, b) : 0));
        return Combinators.combine(u32(), attributes(), time(), list(point, 4))
                .as((id, attr, t, ps) -> new Route(id, attr, window(attr, t), window(attr, t), ps, v2019 ? "路线" : ""));
    }

    private static BcdTime window(int attributes, BcdTime t) {
        return (attributes & 1) != 0 ? t : null;
    }

    private static int speed(int attributes, int v) {
        return (attributes & 2) != 0 ? v : 0;
    }

    /** One generator per body type, in the layout of {@code version}. */
    static Map<Class<?>, Arbitrary<? extends Jt808Body>> all(ProtocolVersion version) {
        boolean v2019 = version.is2019();
        Map<Class<?>, Arbitrary<? extends Jt808Body>> m = new LinkedHashMap<>();
        m.put(TerminalGeneralResponse.class, Combinators.combine(u16(), u16(), u8()).as(TerminalGeneralResponse::new));
        m.put(PlatformGeneralResponse.class, Combinators.combine(u16(), u16(), u8()).as(PlatformGeneralResponse::new));
        m.put(Heartbeat.class, Arbitraries.just(new Heartbeat()));
        m.put(TerminalLogout.class, Arbitraries.just(new TerminalLogout()));
        m.put(QueryServerTime.class, Arbitraries.just(new QueryServerTime()));
        m.put(ServerTimeResponse.class, time().map(ServerTimeResponse::new));
        m.put(RetransmitRequest.class, Combinators.combine(u16(), list(u16(), 20)).as(RetransmitRequest::new));
        m.put(TerminalRetransmitRequest.class, Combinators.combine(u16(), list(u16(), 20)).as(TerminalRetransmitRequest::new));
        m.put(RegisterRequest.class, register(version));
        m.put(RegisterResponse.class, Combinators.combine(u16(), u8(), text(40)).as(RegisterResponse::new));
        m.put(AuthenticationRequest.class, v2019
                ? Combinators.combine(text(60), fixed(15), fixed(20)).as((a, i, s) -> new AuthenticationRequest(version, a, i, s))
                : text(60).map(a -> new AuthenticationRequest(ProtocolVersion.V2013, a, "", "")));
        m.put(SetParameters.class, list(parameter(), 8).map(SetParameters::new));
        m.put(QueryParameters.class, Arbitraries.just(new QueryParameters()));
        m.put(QueryParametersResponse.class, Combinators.combine(u16(), list(parameter(), 8)).as(QueryParametersResponse::new));
        m.put(TerminalControl.class, Combinators.combine(u8(), octets(60)).as(TerminalControl::new));
        m.put(QuerySpecifiedParameters.class, list(u32(), 10).map(QuerySpecifiedParameters::new));
        m.put(QueryAttributes.class, Arbitraries.just(new QueryAttributes()));
        m.put(QueryAttributesResponse.class, Combinators.combine(u16(), fixed(5), fixed(v2019 ? 30 : 20), fixed(v2019 ? 30 : 7),
                digits(20), text(30), text(30), u8()).as((t, mk, md, id, icc, hw, fw, g) ->
                new QueryAttributesResponse(t, mk, md, id, icc, hw, fw, g, g ^ 0x55)));
        m.put(UpgradePackage.class, Combinators.combine(u8(), fixed(5), text(30), octets(100)).as(UpgradePackage::new));
        m.put(UpgradeResult.class, Combinators.combine(u8(), u8()).as(UpgradeResult::new));
        m.put(LocationReport.class, location(true));
        m.put(LocationQuery.class, Arbitraries.just(new LocationQuery()));
        m.put(LocationQueryResponse.class, Combinators.combine(u16(), location(true)).as(LocationQueryResponse::new));
        m.put(TemporaryTracking.class, Combinators.combine(u16(), u32()).as(TemporaryTracking::new));
        m.put(AlarmConfirmation.class, Combinators.combine(u16(), i32()).as(AlarmConfirmation::new));
        m.put(LinkCheck.class, Arbitraries.just(new LinkCheck()));
        m.put(TextMessage.class, Combinators.combine(u8(), v2019 ? u8() : Arbitraries.just(0), text(100)).as(TextMessage::new));
        m.put(EventSetting.class, Combinators.combine(u8(), list(Combinators.combine(u8(), text(40)).as(EventSetting.Event::new), 5))
                .as(EventSetting::new));
        m.put(EventReport.class, u8().map(EventReport::new));
        m.put(Question.class, Combinators.combine(u8(), text(60), list(Combinators.combine(u8(), text(40)).as(Question.Answer::new), 5))
                .as(Question::new));
        m.put(QuestionAnswer.class, Combinators.combine(u16(), u8()).as(QuestionAnswer::new));
        m.put(InformationMenu.class, Combinators.combine(u8(), list(Combinators.combine(u8(), text(40)).as(InformationMenu.MenuItem::new), 5))
                .as(InformationMenu::new));
        m.put(InformationDemand.class, Combinators.combine(u8(), u8()).as(InformationDemand::new));
        m.put(InformationService.class, Combinators.combine(u8(), text(200)).as(InformationService::new));
        m.put(CallBack.class, Combinators.combine(u8(), digits(11)).as(CallBack::new));
        m.put(PhoneBook.class, Combinators.combine(u8(), list(Combinators.combine(u8(), digits(11), text(20))
                .as(PhoneBook.Contact::new), 5)).as(PhoneBook::new));
        m.put(VehicleControl.class, v2019
                ? list(u8().map(p -> new VehicleControl.ControlItem(1, p)), 4).map(VehicleControl::of2019)
                : u8().map(VehicleControl::of2013));
        m.put(VehicleControlResponse.class, Combinators.combine(u16(), location(true)).as(VehicleControlResponse::new));
        m.put(SetCircleArea.class, Combinators.combine(u8(), list(circle(v2019), 3)).as(SetCircleArea::new));
        m.put(SetRectangleArea.class, Combinators.combine(u8(), list(rectangle(v2019), 3)).as(SetRectangleArea::new));
        m.put(SetPolygonArea.class, polygon(v2019).map(SetPolygonArea::new));
        m.put(SetRoute.class, route(v2019).map(SetRoute::new));
        m.put(DeleteCircleAreas.class, list(u32(), 10).map(DeleteCircleAreas::new));
        m.put(DeleteRectangleAreas.class, list(u32(), 10).map(DeleteRectangleAreas::new));
        m.put(DeletePolygonAreas.class, list(u32(), 10).map(DeletePolygonAreas::new));
        m.put(DeleteRoutes.class, list(u32(), 10).map(DeleteRoutes::new));
        m.put(QueryAreas.class, Combinators.combine(Arbitraries.integers().between(1, 4), list(u32(), 10)).as(QueryAreas::new));
        m.put(QueryAreasResponse.class, queryAreasResponse());
        m.put(DrivingRecorderQuery.class, Combinators.combine(u8(), octets(50)).as(DrivingRecorderQuery::new));
        m.put(DrivingRecorderUpload.class, Combinators.combine(u16(), u8(), octets(50)).as(DrivingRecorderUpload::new));
        m.put(DrivingRecorderParameters.class, Combinators.combine(u8(), octets(50)).as(DrivingRecorderParameters::new));
        m.put(WaybillReport.class, octets(100).map(WaybillReport::new));
        m.put(DriverIdentityRequest.class, Arbitraries.just(new DriverIdentityRequest()));
        m.put(DriverIdentityReport.class, driver(version));
        m.put(BatchLocationUpload.class, Combinators.combine(u8(), list(location(true), 4))
                .as((t, ls) -> BatchLocationUpload.of(t, ls)));
        m.put(CanBusUpload.class, Combinators.combine(digits(10), list(Combinators.combine(i32(),
                Arbitraries.bytes().array(byte[].class).ofSize(8).map(Octets::of)).as(CanBusUpload.CanItem::new), 5))
                .as(CanBusUpload::new));
        m.put(MultimediaEvent.class, Combinators.combine(u32(), u8(), u8(), u8(), u8()).as(MultimediaEvent::new));
        m.put(MultimediaData.class, Combinators.combine(u32(), u8(), u8(), u8(), u8(), location(false), octets(100))
                .as((id, t, f, e, c, l, d) -> new MultimediaData(version, id, t, f, e, c,
                        version == ProtocolVersion.V2011 ? null : l, d)));
        m.put(MultimediaDataResponse.class, Combinators.combine(u32(), list(u16(), 10)).as(MultimediaDataResponse::new));
        m.put(CameraShot.class, Combinators.combine(u8(), u16(), u16(), u8(), u8(), u8(), u8(), u8())
                .as((ch, cmd, iv, sv, res, q, br, co) -> new CameraShot(ch, cmd, iv, sv, res, q, br, co, q, br)));
        m.put(CameraShotResponse.class, Combinators.combine(u16(), u8(), list(u32(), 5))
                .as((s, r, ids) -> new CameraShotResponse(s, r, r == 0 ? ids : List.of())));
        m.put(MultimediaSearch.class, Combinators.combine(u8(), u8(), u8(), time(), time()).as(MultimediaSearch::new));
        m.put(MultimediaSearchResponse.class, Combinators.combine(u16(), list(Combinators.combine(u32(), u8(), u8(), u8(), location(false))
                .as((id, t, c, e, l) -> new MultimediaSearchResponse.MediaItem(version == ProtocolVersion.V2011 ? 0 : id, t, c, e, l)), 4))
                .as((s, items) -> new MultimediaSearchResponse(version, s, items)));
        m.put(MultimediaUpload.class, Combinators.combine(u8(), u8(), u8(), time(), time(), u8()).as(MultimediaUpload::new));
        m.put(AudioRecording.class, Combinators.combine(u8(), u16(), u8(), u8()).as(AudioRecording::new));
        m.put(SingleMultimediaUpload.class, Combinators.combine(u32(), u8()).as(SingleMultimediaUpload::new));
        m.put(DownlinkPassthrough.class, Combinators.combine(u8(), octets(100)).as(DownlinkPassthrough::new));
        m.put(UplinkPassthrough.class, Combinators.combine(u8(), octets(100)).as(UplinkPassthrough::new));
        m.put(CompressedUpload.class, octets(100).map(CompressedUpload::new));
        m.put(PlatformRsaKey.class, Combinators.combine(u32(), octets(128)).as(PlatformRsaKey::new));
        m.put(TerminalRsaKey.class, Combinators.combine(u32(), octets(128)).as(TerminalRsaKey::new));
        return m;
    }

    private static Arbitrary<RegisterRequest> register(ProtocolVersion version) {
        int[] w = version == ProtocolVersion.V2011 ? new int[] {5, 8, 7} : version == ProtocolVersion.V2013
                ? new int[] {5, 20, 7} : new int[] {11, 30, 30};
        // a 2011 body is told from a 2013 one by its length (under 37 bytes): keep its plate short
        int plate = version == ProtocolVersion.V2011 ? 11 : 20;
        return Combinators.combine(u16(), u16(), fixed(w[0]), fixed(w[1]), fixed(w[2]), u8(), text(plate))
                .as((p, c, mk, md, id, col, pl) -> new RegisterRequest(version, p, c, mk, md, id, col, pl));
    }

    private static Arbitrary<DriverIdentityReport> driver(ProtocolVersion version) {
        if (version == ProtocolVersion.V2011) {
            return Combinators.combine(text(20), fixed(40), text(20), fixed(20))
                    .as((n, cert, ag, id) -> new DriverIdentityReport(version, 0, null, -1, n, cert, ag, "", id));
        }
        Arbitrary<DriverIdentityReport> card = Combinators.combine(time(), text(20), fixed(20), text(20), digits(8), fixed(20))
                .as((t, n, cert, ag, exp, id) -> new DriverIdentityReport(version, 1, t, 0, n, cert, ag, exp,
                        version.is2019() ? id : ""));
        Arbitrary<DriverIdentityReport> failed = Combinators.combine(time(), Arbitraries.integers().between(1, 4))
                .as((t, r) -> new DriverIdentityReport(version, 1, t, r, "", "", "", "", ""));
        Arbitrary<DriverIdentityReport> removed = time().map(t -> new DriverIdentityReport(version, 2, t, -1, "", "", "", "", ""));
        return Arbitraries.oneOf(card, failed, removed);
    }

    private static Arbitrary<QueryAreasResponse> queryAreasResponse() {
        List<Arbitrary<QueryAreasResponse>> byType = new ArrayList<>();
        byType.add(list(Combinators.combine(u8(), list(circle(true), 2)).as(SetCircleArea::new), 3)
                .map(l -> new QueryAreasResponse(1, new ArrayList<>(l))));
        byType.add(list(Combinators.combine(u8(), list(rectangle(true), 2)).as(SetRectangleArea::new), 3)
                .map(l -> new QueryAreasResponse(2, new ArrayList<>(l))));
        byType.add(list(polygon(true).map(SetPolygonArea::new), 3).map(l -> new QueryAreasResponse(3, new ArrayList<>(l))));
        byType.add(list(route(true).map(SetRoute::new), 3).map(l -> new QueryAreasResponse(4, new ArrayList<>(l))));
        return Arbitraries.oneOf(byType);
    }

    /** Every (edition, body) pair, one generator each, so that every message type is drawn in all three editions. */
    static Arbitrary<Versioned> versioned() {
        List<Arbitrary<Versioned>> all = new ArrayList<>();
        for (ProtocolVersion v : ProtocolVersion.values()) {
            all(v).values().forEach(a -> all.add(a.map(b -> new Versioned(v, b))));
        }
        return Arbitraries.oneOf(all);
    }

    /** A body and the edition it is written in. */
    record Versioned(ProtocolVersion version, Jt808Body body) {
    }

    static Function<ProtocolVersion, Jt808Decoder> decoders() {
        return v -> Jt808Decoder.of(BodyCodecRegistry.standard(), v == ProtocolVersion.V2011
                ? DecodeOptions.STRICT.withUnflaggedEdition(ProtocolVersion.V2011) : DecodeOptions.STRICT);
    }
}
