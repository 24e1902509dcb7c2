package io.github.jiguan.testkit.jt808;

import static io.github.jiguan.testkit.jt808.Jt808Messages.circle;
import static io.github.jiguan.testkit.jt808.Jt808Messages.digits;
import static io.github.jiguan.testkit.jt808.Jt808Messages.i32;
import static io.github.jiguan.testkit.jt808.Jt808Messages.list;
import static io.github.jiguan.testkit.jt808.Jt808Messages.location;
import static io.github.jiguan.testkit.jt808.Jt808Messages.octets;
import static io.github.jiguan.testkit.jt808.Jt808Messages.octetsOf;
import static io.github.jiguan.testkit.jt808.Jt808Messages.parameter;
import static io.github.jiguan.testkit.jt808.Jt808Messages.polygon;
import static io.github.jiguan.testkit.jt808.Jt808Messages.rectangle;
import static io.github.jiguan.testkit.jt808.Jt808Messages.route;
import static io.github.jiguan.testkit.jt808.Jt808Messages.text;
import static io.github.jiguan.testkit.jt808.Jt808Messages.time;
import static io.github.jiguan.testkit.jt808.Jt808Messages.u16;
import static io.github.jiguan.testkit.jt808.Jt808Messages.u32;
import static io.github.jiguan.testkit.jt808.Jt808Messages.u8;

import io.github.jiguan.telematics.jt808.message.*;
import io.github.jiguan.testkit.Generator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The body generators of {@link Jt808Messages#bodies}, by group of the message table. */
final class Bodies {

    private Bodies() {
    }

    /** Registers {@code g} for {@code type}. */
    private static <B extends Jt808Body> void put(Map<Class<? extends Jt808Body>, Generator<? extends Jt808Body>> m,
                                                  Class<B> type, Generator<B> g) {
        m.put(type, g);
    }

    /** General responses, retransmission, heartbeat, logout, time, registration and authentication. */
    static void general(Map<Class<? extends Jt808Body>, Generator<? extends Jt808Body>> m, ProtocolVersion version) {
        boolean v2019 = version.is2019();
        put(m, TerminalGeneralResponse.class, (r, s) -> new TerminalGeneralResponse(u16().next(r, s), u16().next(r, s), u8().next(r, s)));
        put(m, PlatformGeneralResponse.class, (r, s) -> new PlatformGeneralResponse(u16().next(r, s), u16().next(r, s), u8().next(r, s)));
        put(m, Heartbeat.class, Generator.constant(new Heartbeat()));
        put(m, TerminalLogout.class, Generator.constant(new TerminalLogout()));
        put(m, QueryServerTime.class, Generator.constant(new QueryServerTime()));
        put(m, ServerTimeResponse.class, time().map(ServerTimeResponse::new));
        put(m, RetransmitRequest.class, (r, s) -> new RetransmitRequest(u16().next(r, s), list(u16(), 20).next(r, s)));
        put(m, TerminalRetransmitRequest.class, (r, s) -> new TerminalRetransmitRequest(u16().next(r, s), list(u16(), 20).next(r, s)));
        put(m, RegisterRequest.class, register(version));
        put(m, RegisterResponse.class, (r, s) -> new RegisterResponse(u16().next(r, s), u8().next(r, s), text(40).next(r, s)));
        put(m, AuthenticationRequest.class, v2019
                ? (r, s) -> new AuthenticationRequest(version, text(60).next(r, s), text(15).next(r, s), text(20).next(r, s))
                : text(60).map(a -> new AuthenticationRequest(ProtocolVersion.V2013, a, "", "")));
        put(m, LinkCheck.class, Generator.constant(new LinkCheck()));
    }

    /** Parameters, attributes, control and upgrade. */
    static void terminal(Map<Class<? extends Jt808Body>, Generator<? extends Jt808Body>> m, ProtocolVersion version) {
        boolean v2019 = version.is2019();
        put(m, SetParameters.class, list(parameter(), 8).map(SetParameters::new));
        put(m, QueryParameters.class, Generator.constant(new QueryParameters()));
        put(m, QueryParametersResponse.class, (r, s) -> new QueryParametersResponse(u16().next(r, s), list(parameter(), 8).next(r, s)));
        put(m, TerminalControl.class, (r, s) -> new TerminalControl(u8().next(r, s), octets(60).next(r, s)));
        put(m, QuerySpecifiedParameters.class, list(u32(), 10).map(QuerySpecifiedParameters::new));
        put(m, QueryAttributes.class, Generator.constant(new QueryAttributes()));
        put(m, QueryAttributesResponse.class, (r, s) -> {
            int gnss = u8().next(r, s);
            return new QueryAttributesResponse(u16().next(r, s), text(5).next(r, s), text(v2019 ? 30 : 20).next(r, s),
                    text(v2019 ? 30 : 7).next(r, s), digits(20).next(r, s), text(30).next(r, s), text(30).next(r, s), gnss,
                    gnss ^ 0x55);
        });
        put(m, UpgradePackage.class, (r, s) -> new UpgradePackage(u8().next(r, s), text(5).next(r, s), text(30).next(r, s),
                octets(100).next(r, s)));
        put(m, UpgradeResult.class, (r, s) -> new UpgradeResult(u8().next(r, s), u8().next(r, s)));
    }

    /** Location, tracking, alarms, batches and vehicle control. */
    static void positions(Map<Class<? extends Jt808Body>, Generator<? extends Jt808Body>> m, ProtocolVersion version) {
        boolean v2019 = version.is2019();
        put(m, LocationReport.class, Jt808Messages.location(true));
        put(m, LocationQuery.class, Generator.constant(new LocationQuery()));
        put(m, LocationQueryResponse.class, (r, s) -> new LocationQueryResponse(u16().next(r, s), location(true).next(r, s)));
        put(m, TemporaryTracking.class, (r, s) -> new TemporaryTracking(u16().next(r, s), u32().next(r, s)));
        put(m, AlarmConfirmation.class, (r, s) -> new AlarmConfirmation(u16().next(r, s), i32().next(r, s)));
        put(m, BatchLocationUpload.class, (r, s) -> BatchLocationUpload.of(u8().next(r, s), list(location(true), 4).next(r, s)));
        put(m, VehicleControl.class, v2019
                ? list(u8().map(p -> new VehicleControl.ControlItem(1, p)), 4).map(VehicleControl::of2019)
                : u8().map(VehicleControl::of2013));
        put(m, VehicleControlResponse.class, (r, s) -> new VehicleControlResponse(u16().next(r, s), location(true).next(r, s)));
    }

    /** Text, events, questions, information, phone book, waybill, driver identity, CAN data. */
    static void interaction(Map<Class<? extends Jt808Body>, Generator<? extends Jt808Body>> m, ProtocolVersion version) {
        boolean v2019 = version.is2019();
        put(m, TextMessage.class, (r, s) -> new TextMessage(u8().next(r, s), v2019 ? u8().next(r, s) : 0, text(100).next(r, s)));
        put(m, EventSetting.class, (r, s) -> new EventSetting(u8().next(r, s),
                list((r2, s2) -> new EventSetting.Event(u8().next(r2, s2), text(40).next(r2, s2)), 5).next(r, s)));
        put(m, EventReport.class, u8().map(EventReport::new));
        put(m, Question.class, (r, s) -> new Question(u8().next(r, s), text(60).next(r, s),
                list((r2, s2) -> new Question.Answer(u8().next(r2, s2), text(40).next(r2, s2)), 5).next(r, s)));
        put(m, QuestionAnswer.class, (r, s) -> new QuestionAnswer(u16().next(r, s), u8().next(r, s)));
        put(m, InformationMenu.class, (r, s) -> new InformationMenu(u8().next(r, s),
                list((r2, s2) -> new InformationMenu.MenuItem(u8().next(r2, s2), text(40).next(r2, s2)), 5).next(r, s)));
        put(m, InformationDemand.class, (r, s) -> new InformationDemand(u8().next(r, s), u8().next(r, s)));
        put(m, InformationService.class, (r, s) -> new InformationService(u8().next(r, s), text(200).next(r, s)));
        put(m, CallBack.class, (r, s) -> new CallBack(u8().next(r, s), digits(11).next(r, s)));
        put(m, PhoneBook.class, (r, s) -> new PhoneBook(u8().next(r, s), list((r2, s2) -> new PhoneBook.Contact(u8().next(r2, s2),
                digits(11).next(r2, s2), text(20).next(r2, s2)), 5).next(r, s)));
        put(m, WaybillReport.class, octets(100).map(WaybillReport::new));
        put(m, DriverIdentityRequest.class, Generator.constant(new DriverIdentityRequest()));
        put(m, DriverIdentityReport.class, driver(version));
        put(m, CanBusUpload.class, (r, s) -> new CanBusUpload(digits(10).next(r, s),
                list((r2, s2) -> new CanBusUpload.CanItem(i32().next(r2, s2), octetsOf(8).next(r2, s2)), 5).next(r, s)));
        put(m, DownlinkPassthrough.class, (r, s) -> new DownlinkPassthrough(u8().next(r, s), octets(100).next(r, s)));
        put(m, UplinkPassthrough.class, (r, s) -> new UplinkPassthrough(u8().next(r, s), octets(100).next(r, s)));
        put(m, CompressedUpload.class, octets(100).map(CompressedUpload::new));
        put(m, PlatformRsaKey.class, (r, s) -> new PlatformRsaKey(u32().next(r, s), octets(128).next(r, s)));
        put(m, TerminalRsaKey.class, (r, s) -> new TerminalRsaKey(u32().next(r, s), octets(128).next(r, s)));
    }

    /** Areas and routes (geofences). */
    static void areas(Map<Class<? extends Jt808Body>, Generator<? extends Jt808Body>> m, ProtocolVersion version) {
        boolean v2019 = version.is2019();
        put(m, SetCircleArea.class, (r, s) -> new SetCircleArea(u8().next(r, s), list(circle(v2019), 3).next(r, s)));
        put(m, SetRectangleArea.class, (r, s) -> new SetRectangleArea(u8().next(r, s), list(rectangle(v2019), 3).next(r, s)));
        put(m, SetPolygonArea.class, polygon(v2019).map(SetPolygonArea::new));
        put(m, SetRoute.class, route(v2019).map(SetRoute::new));
        put(m, DeleteCircleAreas.class, list(u32(), 10).map(DeleteCircleAreas::new));
        put(m, DeleteRectangleAreas.class, list(u32(), 10).map(DeleteRectangleAreas::new));
        put(m, DeletePolygonAreas.class, list(u32(), 10).map(DeletePolygonAreas::new));
        put(m, DeleteRoutes.class, list(u32(), 10).map(DeleteRoutes::new));
        put(m, QueryAreas.class, (r, s) -> new QueryAreas(r.nextInt(1, 5), list(u32(), 10).next(r, s)));
        put(m, QueryAreasResponse.class, queryAreasResponse());
    }

    /** Driving recorder and multimedia. */
    static void recorderAndMedia(Map<Class<? extends Jt808Body>, Generator<? extends Jt808Body>> m, ProtocolVersion version) {
        put(m, DrivingRecorderQuery.class, (r, s) -> new DrivingRecorderQuery(u8().next(r, s), octets(50).next(r, s)));
        put(m, DrivingRecorderUpload.class, (r, s) -> new DrivingRecorderUpload(u16().next(r, s), u8().next(r, s), octets(50).next(r, s)));
        put(m, DrivingRecorderParameters.class, (r, s) -> new DrivingRecorderParameters(u8().next(r, s), octets(50).next(r, s)));
        put(m, MultimediaEvent.class, (r, s) -> new MultimediaEvent(u32().next(r, s), u8().next(r, s), u8().next(r, s),
                u8().next(r, s), u8().next(r, s)));
        put(m, MultimediaData.class, (r, s) -> new MultimediaData(version, u32().next(r, s), u8().next(r, s), u8().next(r, s),
                u8().next(r, s), u8().next(r, s), version == ProtocolVersion.V2011 ? null : location(false).next(r, s),
                octets(100).next(r, s)));
        put(m, MultimediaDataResponse.class, (r, s) -> new MultimediaDataResponse(u32().next(r, s), list(u16(), 10).next(r, s)));
        put(m, CameraShot.class, (r, s) -> {
            int ch = u8().next(r, s);
            int cmd = u16().next(r, s);
            int interval = u16().next(r, s);
            int save = u8().next(r, s);
            int resolution = u8().next(r, s);
            int quality = u8().next(r, s);
            int brightness = u8().next(r, s);
            int contrast = u8().next(r, s);
            return new CameraShot(ch, cmd, interval, save, resolution, quality, brightness, contrast, quality, brightness);
        });
        put(m, CameraShotResponse.class, (r, s) -> {
            int serial = u16().next(r, s);
            int result = u8().next(r, s);
            List<Long> ids = list(u32(), 5).next(r, s);
            return new CameraShotResponse(serial, result, result == 0 ? ids : List.of());
        });
        put(m, MultimediaSearch.class, (r, s) -> new MultimediaSearch(u8().next(r, s), u8().next(r, s), u8().next(r, s),
                time().next(r, s), time().next(r, s)));
        Generator<MultimediaSearchResponse.MediaItem> media = (r, s) -> {
            long id = u32().next(r, s);
            return new MultimediaSearchResponse.MediaItem(version == ProtocolVersion.V2011 ? 0 : id, u8().next(r, s),
                    u8().next(r, s), u8().next(r, s), location(false).next(r, s));
        };
        put(m, MultimediaSearchResponse.class, (r, s) -> new MultimediaSearchResponse(version, u16().next(r, s),
                list(media, 4).next(r, s)));
        put(m, MultimediaUpload.class, (r, s) -> new MultimediaUpload(u8().next(r, s), u8().next(r, s), u8().next(r, s),
                time().next(r, s), time().next(r, s), u8().next(r, s)));
        put(m, AudioRecording.class, (r, s) -> new AudioRecording(u8().next(r, s), u16().next(r, s), u8().next(r, s), u8().next(r, s)));
        put(m, SingleMultimediaUpload.class, (r, s) -> new SingleMultimediaUpload(u32().next(r, s), u8().next(r, s)));
    }

    private static Generator<RegisterRequest> register(ProtocolVersion version) {
        int[] w = version == ProtocolVersion.V2011 ? new int[] {5, 8, 7} : version == ProtocolVersion.V2013
                ? new int[] {5, 20, 7} : new int[] {11, 30, 30};
        // a 2011 body is told from a 2013 one by its length (under 37 bytes): keep its plate short
        int plate = version == ProtocolVersion.V2011 ? 11 : 20;
        return (r, s) -> new RegisterRequest(version, u16().next(r, s), u16().next(r, s), text(w[0]).next(r, s),
                text(w[1]).next(r, s), text(w[2]).next(r, s), u8().next(r, s), text(plate).next(r, s));
    }

    private static Generator<DriverIdentityReport> driver(ProtocolVersion version) {
        if (version == ProtocolVersion.V2011) {
            return (r, s) -> new DriverIdentityReport(version, 0, null, -1, text(20).next(r, s), text(40).next(r, s),
                    text(20).next(r, s), "", text(20).next(r, s));
        }
        Generator<DriverIdentityReport> card = (r, s) -> {
            BcdTime t = time().next(r, s);
            String name = text(20).next(r, s);
            String cert = text(20).next(r, s);
            String agency = text(20).next(r, s);
            String expiry = digits(8).next(r, s);
            String id = text(20).next(r, s);
            return new DriverIdentityReport(version, 1, t, 0, name, cert, agency, expiry, version.is2019() ? id : "");
        };
        Generator<DriverIdentityReport> failed = (r, s) -> new DriverIdentityReport(version, 1, time().next(r, s),
                r.nextInt(1, 5), "", "", "", "", "");
        Generator<DriverIdentityReport> removed = time().map(t -> new DriverIdentityReport(version, 2, t, -1, "", "", "", "", ""));
        return Generator.oneOf(card, failed, removed);
    }

    private static Generator<QueryAreasResponse> queryAreasResponse() {
        List<Generator<QueryAreasResponse>> byType = new ArrayList<>();
        byType.add(list((r, s) -> new SetCircleArea(u8().next(r, s), list(circle(true), 2).next(r, s)), 3)
                .map(l -> new QueryAreasResponse(1, new ArrayList<>(l))));
        byType.add(list((r, s) -> new SetRectangleArea(u8().next(r, s), list(rectangle(true), 2).next(r, s)), 3)
                .map(l -> new QueryAreasResponse(2, new ArrayList<>(l))));
        byType.add(list(polygon(true).map(SetPolygonArea::new), 3).map(l -> new QueryAreasResponse(3, new ArrayList<>(l))));
        byType.add(list(route(true).map(SetRoute::new), 3).map(l -> new QueryAreasResponse(4, new ArrayList<>(l))));
        return Generator.oneOf(byType);
    }
}
