package io.github.jiguan.telematics.jt808.message;

import io.github.jiguan.telematics.internal.Bits;
import java.util.Objects;

/**
 * A rectangular area of 0x8602 (矩形区域), from its top-left to its bottom-right corner.
 *
 * @param id the area id
 * @param attributes the attribute bits
 * @param topLeftLatitude top-left latitude
 * @param topLeftLongitude top-left longitude
 * @param bottomRightLatitude bottom-right latitude
 * @param bottomRightLongitude bottom-right longitude
 * @param start start of the time window (attribute bit 0), else null
 * @param end end of the time window (attribute bit 0), else null
 * @param maxSpeedKmh speed limit in km/h (attribute bit 1), else 0
 * @param overspeedSeconds over-speed duration in seconds (attribute bit 1), else 0
 * @param nightMaxSpeedKmh night speed limit in km/h (2019, attribute bit 1), else 0
 * @param name the name (2019), empty before
 */
public record RectangleArea(long id, int attributes, double topLeftLatitude, double topLeftLongitude, double bottomRightLatitude, double bottomRightLongitude, BcdTime start, BcdTime end, int maxSpeedKmh, int overspeedSeconds, int nightMaxSpeedKmh, String name) implements AreaDefinition {

    /** Checks the values. */
    public RectangleArea {
            Bits.checkDword("id", id);
            Bits.checkWord("attributes", attributes);
            AreaChecks.timeWindow(attributes, start, end);
            Objects.requireNonNull(name, "name");
            AreaChecks.degrees("topLeftLatitude", topLeftLatitude);
            AreaChecks.degrees("topLeftLongitude", topLeftLongitude);
            AreaChecks.degrees("bottomRightLatitude", bottomRightLatitude);
            AreaChecks.degrees("bottomRightLongitude", bottomRightLongitude);
            Bits.checkWord("maxSpeedKmh", maxSpeedKmh);
            Bits.checkByte("overspeedSeconds", overspeedSeconds);
            Bits.checkWord("nightMaxSpeedKmh", nightMaxSpeedKmh);
    }

    @Override
    public int typeCode() {
        return 2;
    }
}
