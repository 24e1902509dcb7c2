package io.github.jiguan.telematics.jt808.message;

import java.util.List;

/**
 * 0x8601 删除圆形区域: BYTE count and DWORD ids; an empty list deletes all.
 *
 * @param ids the ids to delete; empty for all
 */
public record DeleteCircleAreas(List<Long> ids) implements PlatformMessage {

    /** Checks the values. */
    public DeleteCircleAreas {
        ids = List.copyOf(ids);
    }

    @Override
    public int messageId() {
        return MessageId.DELETE_CIRCLE_AREA.code();
    }
}
