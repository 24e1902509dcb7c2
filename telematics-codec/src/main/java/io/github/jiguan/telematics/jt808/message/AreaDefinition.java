package io.github.jiguan.telematics.jt808.message;

/**
 * One geofence definition: a circle (0x8600), a rectangle (0x8602), a polygon (0x8604) or a route
 * (0x8606); 0x0608 answers with the bodies that set them.
 *
 * <p>The attribute WORD (区域属性) says which optional fields are present: bit 0 a time window, bit 1
 * a speed limit (and, in 2019, a night speed limit); the other bits ask for alarms on entry and exit.
 * Fields absent on the wire are null (times) or 0 (speeds); {@code name} and the night speed limit
 * exist only in 2019.
 */
public sealed interface AreaDefinition permits CircleArea, RectangleArea, PolygonArea, Route {

    /** The area or route id. */
    long id();

    /** The attribute bits. */
    int attributes();

    /** Attribute bit 0: a time window is present. */
    default boolean hasTimeWindow() {
        return (attributes() & 1) != 0;
    }

    /** Attribute bit 1: a speed limit is present. */
    default boolean hasSpeedLimit() {
        return (attributes() & 2) != 0;
    }

    /** The type code of 0x8608 and 0x0608: 1 circle, 2 rectangle, 3 polygon, 4 route. */
    int typeCode();
}
