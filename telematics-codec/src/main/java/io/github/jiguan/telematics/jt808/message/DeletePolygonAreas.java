package io.github.jiguan.telematics.jt808.message;

import java.util.List;

/**
 * 0x8605 删除多边形区域: BYTE count and DWORD ids; an empty list deletes all.
 *
 * @param ids the ids to delete; empty for all
 */
public record DeletePolygonAreas(List<Long> ids) implements PlatformMessage {

    /** Checks the values. */
    public DeletePolygonAreas {
        ids = List.copyOf(ids);
    }

    @Override
    public int messageId() {
        return MessageId.DELETE_POLYGON_AREA.code();
    }
}
