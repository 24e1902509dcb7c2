package io.github.jiguan.telematics.jt808.message;

import io.github.jiguan.telematics.internal.Bits;
import java.util.List;

/**
 * 0x8600 设置圆形区域 (set circular areas).
 *
 * @param action 0 update (replace all), 1 append, 2 modify
 * @param areas the areas
 */
public record SetCircleArea(int action, List<CircleArea> areas) implements PlatformMessage {

    /** Checks the values. */
    public SetCircleArea {
        Bits.checkByte("action", action);
        areas = List.copyOf(areas);
    }

    @Override
    public int messageId() {
        return MessageId.SET_CIRCLE_AREA.code();
    }
}
