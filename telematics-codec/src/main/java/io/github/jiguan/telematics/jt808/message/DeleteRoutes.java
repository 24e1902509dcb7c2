package io.github.jiguan.telematics.jt808.message;

import java.util.List;

/**
 * 0x8607 删除路线: BYTE count and DWORD ids; an empty list deletes all.
 *
 * @param ids the ids to delete; empty for all
 */
public record DeleteRoutes(List<Long> ids) implements PlatformMessage {

    /** Checks the values. */
    public DeleteRoutes {
        ids = List.copyOf(ids);
    }

    @Override
    public int messageId() {
        return MessageId.DELETE_ROUTE.code();
    }
}
