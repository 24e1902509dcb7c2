package io.github.jiguan.telematics.jt808.message;

import io.github.jiguan.telematics.internal.Bits;
import java.util.List;

/**
 * 0x8602 设置矩形区域 (set rectangular areas).
 *
 * @param action 0 update (replace all), 1 append, 2 modify
 * @param areas the areas
 */
public record SetRectangleArea(int action, List<RectangleArea> areas) implements PlatformMessage {

    /** Checks the values. */
    public SetRectangleArea {
        Bits.checkByte("action", action);
        areas = List.copyOf(areas);
    }

    @Override
    public int messageId() {
        return MessageId.SET_RECTANGLE_AREA.code();
    }
}
