package io.github.jiguan.telematics.jt808.message;

import io.github.jiguan.telematics.internal.Bits;
import java.util.List;

/**
 * 0x0608 查询区域或线路数据应答 (areas or routes, 2019): a DWORD count of entries, each the body of the
 * message that set them, in the 2019 layout: {@link SetCircleArea} (type 1), {@link SetRectangleArea}
 * (2), {@link SetPolygonArea} (3) or {@link SetRoute} (4).
 *
 * @param areaType 1 circle, 2 rectangle, 3 polygon, 4 route
 * @param entries the entries, all of the type
 */
public record QueryAreasResponse(int areaType, List<PlatformMessage> entries) implements TerminalMessage {

    /** Checks the values. */
    public QueryAreasResponse {
        Bits.checkByte("areaType", areaType);
        entries = List.copyOf(entries);
        for (PlatformMessage e : entries) {
            if (typeOf(e) != areaType) {
                throw new IllegalArgumentException("entry of type " + typeOf(e) + " in a response of area type "
                        + areaType + ": " + e.getClass().getSimpleName());
            }
        }
    }

    @Override
    public int messageId() {
        return MessageId.QUERY_AREAS_RESPONSE.code();
    }

    /** The area type of an entry: 1 to 4, or -1 for a message that is not an area definition. */
    public static int typeOf(PlatformMessage entry) {
        if (entry instanceof SetCircleArea) {
            return 1;
        }
        if (entry instanceof SetRectangleArea) {
            return 2;
        }
        if (entry instanceof SetPolygonArea) {
            return 3;
        }
        return entry instanceof SetRoute ? 4 : -1;
    }
}
