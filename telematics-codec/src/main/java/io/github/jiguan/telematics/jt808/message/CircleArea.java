package io.github.jiguan.telematics.jt808.message;

import io.github.jiguan.telematics.internal.Bits;
import java.util.Objects;

/**
 * A circular area of 0x8600 (圆形区域).
 *
 * @param id the area id
 * @param attributes the attribute bits
 * @param latitude centre latitude in degrees
 * @param longitude centre longitude in degrees
 * @param radiusM radius in metres
 * @param start start of the time window (attribute bit 0), else null
 * @param end end of the time window (attribute bit 0), else null
 * @param maxSpeedKmh speed limit in km/h (attribute bit 1), else 0
 * @param overspeedSeconds over-speed duration in seconds (attribute bit 1), else 0
 * @param nightMaxSpeedKmh night speed limit in km/h (2019, attribute bit 1), else 0
 * @param name the name (2019), empty before
 */
public record CircleArea(long id, int attributes, double latitude, double longitude, long radiusM, BcdTime start, BcdTime end, int maxSpeedKmh, int overspeedSeconds, int nightMaxSpeedKmh, String name) implements AreaDefinition {

    /** Checks the values. */
    public CircleArea {
            Bits.checkDword("id", id);
            Bits.checkWord("attributes", attributes);
            AreaChecks.timeWindow(attributes, start, end);
            Objects.requireNonNull(name, "name");
            AreaChecks.degrees("latitude", latitude);
            AreaChecks.degrees("longitude", longitude);
            Bits.checkDword("radiusM", radiusM);
            Bits.checkWord("maxSpeedKmh", maxSpeedKmh);
            Bits.checkByte("overspeedSeconds", overspeedSeconds);
            Bits.checkWord("nightMaxSpeedKmh", nightMaxSpeedKmh);
    }

    @Override
    public int typeCode() {
        return 1;
    }
}
