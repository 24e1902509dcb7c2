package io.github.jiguan.telematics.jt808.message;

import java.util.Objects;

/**
 * 0x8604 设置多边形区域 (set a polygon area).
 *
 * @param area the area
 */
public record SetPolygonArea(PolygonArea area) implements PlatformMessage {

    /** Checks the values. */
    public SetPolygonArea {
        Objects.requireNonNull(area, "area");
    }

    @Override
    public int messageId() {
        return MessageId.SET_POLYGON_AREA.code();
    }
}
