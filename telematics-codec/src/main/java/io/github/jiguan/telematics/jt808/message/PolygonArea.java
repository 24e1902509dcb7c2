package io.github.jiguan.telematics.jt808.message;

import io.github.jiguan.telematics.internal.Bits;
import java.util.List;
import java.util.Objects;

/**
 * A polygon area of 0x8604 (多边形区域).
 *
 * @param id the area id
 * @param attributes the attribute bits
 * @param start start of the time window (attribute bit 0), else null
 * @param end end of the time window (attribute bit 0), else null
 * @param maxSpeedKmh speed limit in km/h (attribute bit 1), else 0
 * @param overspeedSeconds over-speed duration in seconds (attribute bit 1), else 0
 * @param nightMaxSpeedKmh night speed limit in km/h (2019, attribute bit 1), else 0
 * @param vertices the vertices in order
 * @param name the name (2019), empty before
 */
public record PolygonArea(long id, int attributes, BcdTime start, BcdTime end, int maxSpeedKmh, int overspeedSeconds, int nightMaxSpeedKmh, List<Vertex> vertices, String name) implements AreaDefinition {

    /** Checks the values. */
    public PolygonArea {
            Bits.checkDword("id", id);
            Bits.checkWord("attributes", attributes);
            AreaChecks.timeWindow(attributes, start, end);
            Objects.requireNonNull(name, "name");
            Bits.checkWord("maxSpeedKmh", maxSpeedKmh);
            Bits.checkByte("overspeedSeconds", overspeedSeconds);
            Bits.checkWord("nightMaxSpeedKmh", nightMaxSpeedKmh);
            vertices = List.copyOf(vertices);
    }

    @Override
    public int typeCode() {
        return 3;
    }

    /**
     * One vertex.
     *
     * @param latitude latitude in degrees
     * @param longitude longitude in degrees
     */
    public record Vertex(double latitude, double longitude) {
        /** Checks the values. */
        public Vertex {
            AreaChecks.degrees("latitude", latitude);
            AreaChecks.degrees("longitude", longitude);
        }
    }
}
