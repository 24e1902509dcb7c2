package io.github.jiguan.telematics.jt808.message;

import io.github.jiguan.telematics.internal.Bits;
import java.util.List;

/**
 * 0x0704 定位数据批量上传 (batch location upload): type 0 is a normal batch, type 1 a blind-area re-upload (盲区补报) of reports stored while offline.
 *
 * @param count the count as sent (the number of locations for a batch a program builds; lenient decoding
 *     keeps a larger count when a damaged location ends the list early)
 * @param type 0 normal batch, 1 blind-area re-upload
 * @param locations the reports, oldest first as sent
 */
public record BatchLocationUpload(int count, int type, List<LocationReport> locations) implements TerminalMessage {

    /** Checks the values. */
    public BatchLocationUpload {
        Bits.checkWord("count", count);
        Bits.checkByte("type", type);
        locations = List.copyOf(locations);
    }

    @Override
    public int messageId() {
        return MessageId.BATCH_LOCATION_UPLOAD.code();
    }

    /** A batch of {@code locations} of {@code type} (0 normal, 1 blind-area re-upload). */
    public static BatchLocationUpload of(int type, List<LocationReport> locations) {
        return new BatchLocationUpload(locations.size(), type, locations);
    }

    /** True for a blind-area re-upload (type 1). */
    public boolean isBlindAreaUpload() {
        return type == 1;
    }
}
