package io.github.jiguan.telematics.jt808.codec;

import io.github.jiguan.telematics.jt808.message.BcdTime;
import io.github.jiguan.telematics.jt808.message.CircleArea;
import io.github.jiguan.telematics.jt808.message.DeleteCircleAreas;
import io.github.jiguan.telematics.jt808.message.DeletePolygonAreas;
import io.github.jiguan.telematics.jt808.message.DeleteRectangleAreas;
import io.github.jiguan.telematics.jt808.message.DeleteRoutes;
import io.github.jiguan.telematics.jt808.message.MessageId;
import io.github.jiguan.telematics.jt808.message.PlatformMessage;
import io.github.jiguan.telematics.jt808.message.PolygonArea;
import io.github.jiguan.telematics.jt808.message.QueryAreas;
import io.github.jiguan.telematics.jt808.message.QueryAreasResponse;
import io.github.jiguan.telematics.jt808.message.RectangleArea;
import io.github.jiguan.telematics.jt808.message.Route;
import io.github.jiguan.telematics.jt808.message.SetCircleArea;
import io.github.jiguan.telematics.jt808.message.SetPolygonArea;
import io.github.jiguan.telematics.jt808.message.SetRectangleArea;
import io.github.jiguan.telematics.jt808.message.SetRoute;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * Geofences: circles, rectangles, polygons and routes (0x8600–0x8607) and their 2019 query (0x8608,
 * 0x0608). 2019 adds a night speed limit after the speed limit (after the vertices for a polygon)
 * and a WORD-length name at the end of each definition.
 */
final class AreaCodecs {

    private AreaCodecs() {
    }

    static List<BodyCodec<?>> codecs() {
        return List.of(
                BodyCodec.of(MessageId.SET_CIRCLE_AREA.code(), SetCircleArea.class, in -> circles(in, is2019(in)),
                        (b, out) -> circles(b, out, is2019(out))),
                BodyCodec.of(MessageId.SET_RECTANGLE_AREA.code(), SetRectangleArea.class, in -> rectangles(in, is2019(in)),
                        (b, out) -> rectangles(b, out, is2019(out))),
                BodyCodec.of(MessageId.SET_POLYGON_AREA.code(), SetPolygonArea.class,
                        in -> new SetPolygonArea(polygon(in, is2019(in))), (b, out) -> writePolygon(b.area(), out, is2019(out))),
                BodyCodec.of(MessageId.SET_ROUTE.code(), SetRoute.class, in -> new SetRoute(route(in, is2019(in))),
                        (b, out) -> writeRoute(b.route(), out, is2019(out))),
                ids(MessageId.DELETE_CIRCLE_AREA, DeleteCircleAreas.class, DeleteCircleAreas::new, DeleteCircleAreas::ids),
                ids(MessageId.DELETE_RECTANGLE_AREA, DeleteRectangleAreas.class, DeleteRectangleAreas::new,
                        DeleteRectangleAreas::ids),
                ids(MessageId.DELETE_POLYGON_AREA, DeletePolygonAreas.class, DeletePolygonAreas::new, DeletePolygonAreas::ids),
                ids(MessageId.DELETE_ROUTE, DeleteRoutes.class, DeleteRoutes::new, DeleteRoutes::ids),
                BodyCodec.of(MessageId.QUERY_AREAS.code(), QueryAreas.class,
                        in -> new QueryAreas(in.u8("area type"), Lists.read(in, dwordCount(in), Lists::dword)),
                        (b, out) -> {
                            out.u8("areaType", b.areaType()).u32("count", b.ids().size());
                            b.ids().forEach(id -> out.u32("id", id));
                        }),
                BodyCodec.of(MessageId.QUERY_AREAS_RESPONSE.code(), QueryAreasResponse.class, AreaCodecs::queryResponse,
                        AreaCodecs::queryResponse));
    }

    private static boolean is2019(BodyReader in) {
        return in.version().is2019();
    }

    private static boolean is2019(BodyWriter out) {
        return out.version().is2019();
    }

    private static SetCircleArea circles(BodyReader in, boolean v2019) {
        return new SetCircleArea(in.u8("action"), Lists.byteCounted(in, "area", r -> circle(r, v2019)));
    }

    private static void circles(SetCircleArea b, BodyWriter out, boolean v2019) {
        Lists.writeByteCounted(out.u8("action", b.action()), "areas", b.areas(), (a, o) -> writeCircle(a, o, v2019));
    }

    private static SetRectangleArea rectangles(BodyReader in, boolean v2019) {
        return new SetRectangleArea(in.u8("action"), Lists.byteCounted(in, "area", r -> rectangle(r, v2019)));
    }

    private static void rectangles(SetRectangleArea b, BodyWriter out, boolean v2019) {
        Lists.writeByteCounted(out.u8("action", b.action()), "areas", b.areas(), (a, o) -> writeRectangle(a, o, v2019));
    }

    /** 0x0608 exists only in 2019: its entries always use the 2019 layout. */
    private static final Map<Integer, Function<BodyReader, PlatformMessage>> ENTRY_READERS = Map.of(
            1, in -> circles(in, true), 2, in -> rectangles(in, true),
            3, in -> new SetPolygonArea(polygon(in, true)), 4, in -> new SetRoute(route(in, true)));

    private static final Map<Class<?>, BiConsumer<PlatformMessage, BodyWriter>> ENTRY_WRITERS = Map.of(
            SetCircleArea.class, (e, out) -> circles((SetCircleArea) e, out, true),
            SetRectangleArea.class, (e, out) -> rectangles((SetRectangleArea) e, out, true),
            SetPolygonArea.class, (e, out) -> writePolygon(((SetPolygonArea) e).area(), out, true),
            SetRoute.class, (e, out) -> writeRoute(((SetRoute) e).route(), out, true));

    private static <T extends io.github.jiguan.telematics.jt808.message.Jt808Body> BodyCodec<T> ids(MessageId id,
            Class<T> type, Function<List<Long>, T> make, Function<T, List<Long>> ids) {
        return BodyCodec.of(id.code(), type, in -> make.apply(Lists.byteCounted(in, "area id", Lists::dword)),
                (b, out) -> Lists.writeByteCounted(out, "ids", ids.apply(b), Lists::dword));
    }

    private static int dwordCount(BodyReader in) {
        long n = in.u32("count");
        if (n > in.remaining()) {
            throw in.invalid("count", "count " + n + " exceeds the " + in.remaining() + " bytes left", in.position() - 4,
                    in.position());
        }
        return (int) n;
    }

    private static QueryAreasResponse queryResponse(BodyReader in) {
        int type = in.u8("area type");
        int count = dwordCount(in);
        Function<BodyReader, PlatformMessage> reader = ENTRY_READERS.get(type);
        if (reader == null) {
            throw in.invalid("area type", "must be 1 to 4: " + type, in.position() - 5, in.position() - 4);
        }
        return new QueryAreasResponse(type, Lists.read(in, count, reader));
    }

    private static void queryResponse(QueryAreasResponse b, BodyWriter out) {
        out.u8("areaType", b.areaType()).u32("count", b.entries().size());
        b.entries().forEach(e -> ENTRY_WRITERS.get(e.getClass()).accept(e, out));
    }

    private static double degrees(BodyReader in, String field) {
        return in.u32(field) / 1e6;
    }

    private static void degrees(BodyWriter out, String field, double degrees) {
        out.u32(field, Math.round(degrees * 1e6));
    }

    private static BcdTime[] window(BodyReader in, int attributes) {
        return (attributes & 1) != 0 ? new BcdTime[] {in.time("start time"), in.time("end time")} : new BcdTime[2];
    }

    private static void window(BodyWriter out, BcdTime start, BcdTime end) {
        if (start != null) {
            out.time(start).time(end);
        }
    }

    /** Speed limit and over-speed duration, present with attribute bit 1. */
    private static int[] speed(BodyReader in, int attributes) {
        return (attributes & 2) != 0 ? new int[] {in.u16("max speed"), in.u8("overspeed duration")} : new int[2];
    }

    private static int night(BodyReader in, int attributes, boolean v2019) {
        return v2019 && (attributes & 2) != 0 ? in.u16("night max speed") : 0;
    }

    private static String name(BodyReader in, boolean v2019) {
        return v2019 ? in.gbkWithWordLength("area name") : "";
    }

    private static void speed(BodyWriter out, int attributes, int max, int seconds) {
        if ((attributes & 2) != 0) {
            out.u16("maxSpeedKmh", max).u8("overspeedSeconds", seconds);
        }
    }

    private static void nightAndName(BodyWriter out, boolean v2019, int attributes, int night, String name) {
        if (v2019) {
            if ((attributes & 2) != 0) {
                out.u16("nightMaxSpeedKmh", night);
            }
            out.gbkWithWordLength("name", name);
        }
    }

    private static CircleArea circle(BodyReader in, boolean v2019) {
        long id = in.u32("area id");
        int attr = in.u16("area attributes");
        double lat = degrees(in, "latitude");
        double lon = degrees(in, "longitude");
        long radius = in.u32("radius");
        BcdTime[] w = window(in, attr);
        int[] s = speed(in, attr);
        int night = night(in, attr, v2019);
        return new CircleArea(id, attr, lat, lon, radius, w[0], w[1], s[0], s[1], night, name(in, v2019));
    }

    private static void writeCircle(CircleArea a, BodyWriter out, boolean v2019) {
        out.u32("id", a.id()).u16("attributes", a.attributes());
        degrees(out, "latitude", a.latitude());
        degrees(out, "longitude", a.longitude());
        out.u32("radiusM", a.radiusM());
        window(out, a.start(), a.end());
        speed(out, a.attributes(), a.maxSpeedKmh(), a.overspeedSeconds());
        nightAndName(out, v2019, a.attributes(), a.nightMaxSpeedKmh(), a.name());
    }

    private static RectangleArea rectangle(BodyReader in, boolean v2019) {
        long id = in.u32("area id");
        int attr = in.u16("area attributes");
        double tlLat = degrees(in, "top-left latitude");
        double tlLon = degrees(in, "top-left longitude");
        double brLat = degrees(in, "bottom-right latitude");
        double brLon = degrees(in, "bottom-right longitude");
        BcdTime[] w = window(in, attr);
        int[] s = speed(in, attr);
        int night = night(in, attr, v2019);
        return new RectangleArea(id, attr, tlLat, tlLon, brLat, brLon, w[0], w[1], s[0], s[1], night, name(in, v2019));
    }

    private static void writeRectangle(RectangleArea a, BodyWriter out, boolean v2019) {
        out.u32("id", a.id()).u16("attributes", a.attributes());
        degrees(out, "topLeftLatitude", a.topLeftLatitude());
        degrees(out, "topLeftLongitude", a.topLeftLongitude());
        degrees(out, "bottomRightLatitude", a.bottomRightLatitude());
        degrees(out, "bottomRightLongitude", a.bottomRightLongitude());
        window(out, a.start(), a.end());
        speed(out, a.attributes(), a.maxSpeedKmh(), a.overspeedSeconds());
        nightAndName(out, v2019, a.attributes(), a.nightMaxSpeedKmh(), a.name());
    }

    private static PolygonArea polygon(BodyReader in, boolean v2019) {
        long id = in.u32("area id");
        int attr = in.u16("area attributes");
        BcdTime[] w = window(in, attr);
        int[] s = speed(in, attr);
        List<PolygonArea.Vertex> vertices = Lists.wordCounted(in, "vertex",
                r -> new PolygonArea.Vertex(degrees(r, "vertex latitude"), degrees(r, "vertex longitude")));
        int night = night(in, attr, v2019);
        return new PolygonArea(id, attr, w[0], w[1], s[0], s[1], night, vertices, name(in, v2019));
    }

    private static void writePolygon(PolygonArea a, BodyWriter out, boolean v2019) {
        out.u32("id", a.id()).u16("attributes", a.attributes());
        window(out, a.start(), a.end());
        speed(out, a.attributes(), a.maxSpeedKmh(), a.overspeedSeconds());
        Lists.writeWordCounted(out, "vertices", a.vertices(), (v, o) -> {
            degrees(o, "latitude", v.latitude());
            degrees(o, "longitude", v.longitude());
        });
        nightAndName(out, v2019, a.attributes(), a.nightMaxSpeedKmh(), a.name());
    }

    private static Route route(BodyReader in, boolean v2019) {
        long id = in.u32("route id");
        int attr = in.u16("route attributes");
        BcdTime[] w = window(in, attr);
        List<Route.Point> points = Lists.wordCounted(in, "route point", r -> point(r, v2019));
        return new Route(id, attr, w[0], w[1], points, name(in, v2019));
    }

    private static Route.Point point(BodyReader in, boolean v2019) {
        long pointId = in.u32("point id");
        long segmentId = in.u32("segment id");
        double lat = degrees(in, "point latitude");
        double lon = degrees(in, "point longitude");
        int width = in.u8("segment width");
        int attr = in.u8("segment attributes");
        int tooLong = (attr & 1) != 0 ? in.u16("too long threshold") : 0;
        int tooShort = (attr & 1) != 0 ? in.u16("too short threshold") : 0;
        int[] s = speed(in, attr);
        int night = night(in, attr, v2019);
        return new Route.Point(pointId, segmentId, lat, lon, width, attr, tooLong, tooShort, s[0], s[1], night);
    }

    private static void writeRoute(Route r, BodyWriter out, boolean v2019) {
        out.u32("id", r.id()).u16("attributes", r.attributes());
        window(out, r.start(), r.end());
        Lists.writeWordCounted(out, "points", r.points(), (p, o) -> {
            o.u32("pointId", p.pointId()).u32("segmentId", p.segmentId());
            degrees(o, "latitude", p.latitude());
            degrees(o, "longitude", p.longitude());
            o.u8("widthM", p.widthM()).u8("segmentAttributes", p.segmentAttributes());
            if ((p.segmentAttributes() & 1) != 0) {
                o.u16("tooLongSeconds", p.tooLongSeconds()).u16("tooShortSeconds", p.tooShortSeconds());
            }
            speed(o, p.segmentAttributes(), p.maxSpeedKmh(), p.overspeedSeconds());
            if (v2019 && (p.segmentAttributes() & 2) != 0) {
                o.u16("nightMaxSpeedKmh", p.nightMaxSpeedKmh());
            }
        });
        if (v2019) {
            out.gbkWithWordLength("name", r.name());
        }
    }
}
