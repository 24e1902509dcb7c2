package io.github.jiguan.telematics.jt808.message;

import io.github.jiguan.telematics.internal.Bits;
import java.util.List;
import java.util.Objects;

/**
 * A route of 0x8606 (路线): inflection points, each starting a segment with its width and limits.
 *
 * @param id the route id
 * @param attributes the attribute bits
 * @param start start of the time window (attribute bit 0), else null
 * @param end end of the time window (attribute bit 0), else null
 * @param points the inflection points
 * @param name the name (2019), empty before
 */
public record Route(long id, int attributes, BcdTime start, BcdTime end, List<Point> points, String name) implements AreaDefinition {

    /** Checks the values. */
    public Route {
            Bits.checkDword("id", id);
            Bits.checkWord("attributes", attributes);
            AreaChecks.timeWindow(attributes, start, end);
            Objects.requireNonNull(name, "name");
            points = List.copyOf(points);
    }

    @Override
    public int typeCode() {
        return 4;
    }

    /**
     * One inflection point (拐点) and the segment that starts there. The segment attribute says which
     * limits are present: bit 0 driving time, bit 1 speed (and the 2019 night speed).
     *
     * @param pointId the point id
     * @param segmentId the segment id
     * @param latitude latitude in degrees
     * @param longitude longitude in degrees
     * @param widthM the segment width in metres
     * @param segmentAttributes the segment attribute bits
     * @param tooLongSeconds driving time above which the segment alarms (bit 0), else 0
     * @param tooShortSeconds driving time below which the segment alarms (bit 0), else 0
     * @param maxSpeedKmh speed limit (bit 1), else 0
     * @param overspeedSeconds over-speed duration (bit 1), else 0
     * @param nightMaxSpeedKmh night speed limit (2019, bit 1), else 0
     */
    public record Point(long pointId, long segmentId, double latitude, double longitude, int widthM,
            int segmentAttributes, int tooLongSeconds, int tooShortSeconds, int maxSpeedKmh, int overspeedSeconds,
            int nightMaxSpeedKmh) {
        /** Checks the values. */
        public Point {
            Bits.checkDword("pointId", pointId);
            Bits.checkDword("segmentId", segmentId);
            AreaChecks.degrees("latitude", latitude);
            AreaChecks.degrees("longitude", longitude);
            Bits.checkByte("widthM", widthM);
            Bits.checkByte("segmentAttributes", segmentAttributes);
            Bits.checkWord("tooLongSeconds", tooLongSeconds);
            Bits.checkWord("tooShortSeconds", tooShortSeconds);
            Bits.checkWord("maxSpeedKmh", maxSpeedKmh);
            Bits.checkByte("overspeedSeconds", overspeedSeconds);
            Bits.checkWord("nightMaxSpeedKmh", nightMaxSpeedKmh);
        }
    }
}
