package io.github.jiguan.examples.gateway.area;

import io.github.jiguan.core.InvalidValueException;
import io.github.jiguan.core.geo.GeoFence;
import io.github.jiguan.core.geo.GeoPoint;
import io.github.jiguan.telematics.jt808.message.CircleArea;
import io.github.jiguan.telematics.jt808.message.PolygonArea;
import io.github.jiguan.telematics.jt808.message.RectangleArea;
import io.github.jiguan.telematics.jt808.message.SetCircleArea;
import io.github.jiguan.telematics.jt808.message.SetPolygonArea;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Converts between the library's areas ({@link GeoFence}, core) and the JT/T 808 area messages
 * (telematics-codec): a circle is set with 0x8600 ({@link SetCircleArea}), a polygon with 0x8604
 * ({@link SetPolygonArea}); a rectangle of 0x8602 reads back as a four-vertex polygon. The codec and
 * core know nothing of each other, so this small bridge lives where a platform pushes areas to its
 * terminals.
 *
 * <p>The wire carries unsigned 1e-6 degrees and whole metres: a southern or western coordinate is
 * refused, a radius is rounded to the metre (at least 1 m), coordinates to 1e-6°. The areas set
 * here ask for no time window and no speed limit (attributes 0). Stateless; thread-safe.
 */
public final class AreaMessages {

    /** 0x8600 action: replace every circle the terminal holds. */
    public static final int UPDATE = 0;
    /** 0x8600 action: add to the circles the terminal holds. */
    public static final int APPEND = 1;

    private AreaMessages() {
    }

    /**
     * 0x8600 setting the circles of {@code circles}, each under its wire id.
     *
     * @param action  {@link #UPDATE} or {@link #APPEND}
     * @param circles the wire id and name of each circle
     * @throws InvalidValueException when a circle lies south of the equator or west of Greenwich
     */
    public static SetCircleArea setCircles(int action, Map<Long, Named<GeoFence.Circle>> circles) {
        List<CircleArea> areas = new ArrayList<>();
        circles.forEach((id, c) -> areas.add(toWire(id, c.fence(), c.name())));
        return new SetCircleArea(action, areas);
    }

    /** 0x8604 setting one polygon under {@code id}. */
    public static SetPolygonArea setPolygon(long id, GeoFence.Polygon polygon, String name) {
        return new SetPolygonArea(toWire(id, polygon, name));
    }

    /** A circle as 0x8600 carries it. */
    public static CircleArea toWire(long id, GeoFence.Circle c, String name) {
        unsigned(c.centre());
        long radius = Math.max(1, Math.round(c.radiusMetres()));
        return new CircleArea(id, 0, micro(c.centre().latitude()), micro(c.centre().longitude()), radius, null, null, 0, 0, 0,
                name);
    }

    /** A polygon as 0x8604 carries it. */
    public static PolygonArea toWire(long id, GeoFence.Polygon p, String name) {
        List<PolygonArea.Vertex> vertices = new ArrayList<>();
        for (GeoPoint v : p.vertices()) {
            unsigned(v);
            vertices.add(new PolygonArea.Vertex(micro(v.latitude()), micro(v.longitude())));
        }
        return new PolygonArea(id, 0, null, null, 0, 0, 0, vertices, name);
    }

    /**
     * The circle a terminal holds.
     *
     * @throws InvalidValueException when the radius is 0 or the centre is not a position
     */
    public static GeoFence.Circle fromWire(CircleArea c) {
        if (c.radiusM() == 0) {
            throw new InvalidValueException("radius (m)", "a circle of 0x8600 needs a radius of at least 1 m", c.radiusM());
        }
        return GeoFence.circle(point(c.latitude(), c.longitude()), c.radiusM());
    }

    /**
     * The polygon a terminal holds.
     *
     * @throws InvalidValueException when it has fewer than three distinct vertices or a vertex is not a position
     */
    public static GeoFence.Polygon fromWire(PolygonArea p) {
        List<GeoPoint> points = new ArrayList<>();
        p.vertices().forEach(v -> points.add(point(v.latitude(), v.longitude())));
        return GeoFence.polygon(points);
    }

    /** A rectangle of 0x8602 as the polygon of its corners, clockwise from the top left. */
    public static GeoFence.Polygon fromWire(RectangleArea r) {
        return GeoFence.polygon(List.of(point(r.topLeftLatitude(), r.topLeftLongitude()),
                point(r.topLeftLatitude(), r.bottomRightLongitude()),
                point(r.bottomRightLatitude(), r.bottomRightLongitude()),
                point(r.bottomRightLatitude(), r.topLeftLongitude())));
    }

    /**
     * An area with the name the terminal shows (2019 edition; empty before).
     *
     * @param fence the area
     * @param name  its name
     * @param <F>   the shape
     */
    public record Named<F extends GeoFence>(F fence, String name) {
    }

    private static void unsigned(GeoPoint p) {
        if (p.latitude() < 0 || p.longitude() < 0) {
            throw new InvalidValueException("area point", "JT/T 808 areas carry unsigned degrees (north and east only)", p);
        }
    }

    private static double micro(double degrees) {
        return Math.round(degrees * 1e6) / 1e6;
    }

    private static GeoPoint point(double lat, double lon) {
        if (lat > 90 || lon > 180) {
            throw new InvalidValueException("area point", "latitude must be at most 90 and longitude at most 180 degrees",
                    lat + "," + lon);
        }
        return GeoPoint.of(lat, lon);
    }
}
