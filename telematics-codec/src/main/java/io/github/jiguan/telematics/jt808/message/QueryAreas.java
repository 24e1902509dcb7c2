package io.github.jiguan.telematics.jt808.message;

import io.github.jiguan.telematics.internal.Bits;
import java.util.List;

/**
 * 0x8608 查询区域或线路数据 (query areas or routes, 2019).
 *
 * @param areaType 1 circle, 2 rectangle, 3 polygon, 4 route
 * @param ids the ids to query; empty for all
 */
public record QueryAreas(int areaType, List<Long> ids) implements PlatformMessage {

    /** Checks the values. */
    public QueryAreas {
        Bits.checkByte("areaType", areaType);
        ids = List.copyOf(ids);
    }

    @Override
    public int messageId() {
        return MessageId.QUERY_AREAS.code();
    }
}
