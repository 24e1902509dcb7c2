package io.github.jiguan.telematics.jt808.message;

import io.github.jiguan.telematics.internal.Bits;
import io.github.jiguan.telematics.jt808.MessageId;
import java.util.List;

/**
 * 0x0608 查询区域或线路数据应答 (areas or routes, 2019): the definitions in the layouts of 0x8600, 0x8602, 0x8604 and 0x8606.
 *
 * @param areaType 1 circle, 2 rectangle, 3 polygon, 4 route
 * @param areas the definitions, all of the type
 */
public record QueryAreasResponse(int areaType, List<AreaDefinition> areas) implements TerminalMessage {

    /** Checks the values. */
    public QueryAreasResponse {
        Bits.checkByte("areaType", areaType);
        areas = List.copyOf(areas);
    }

    @Override
    public int messageId() {
        return MessageId.QUERY_AREAS_RESPONSE.code();
    }
}
