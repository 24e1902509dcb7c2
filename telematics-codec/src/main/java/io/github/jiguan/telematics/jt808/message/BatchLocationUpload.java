package io.github.jiguan.telematics.jt808.message;

import io.github.jiguan.telematics.internal.Bits;
import io.github.jiguan.telematics.jt808.MessageId;
import java.util.List;

/**
 * 0x0704 定位数据批量上传 (batch location upload): type 0 is a normal batch, type 1 a blind-area re-upload (盲区补报) of reports stored while offline.
 *
 * @param type 0 normal batch, 1 blind-area re-upload
 * @param locations the reports, oldest first as sent
 */
public record BatchLocationUpload(int type, List<LocationReport> locations) implements TerminalMessage {

    /** Checks the values. */
    public BatchLocationUpload {
        Bits.checkByte("type", type);
        locations = List.copyOf(locations);
    }

    @Override
    public int messageId() {
        return MessageId.BATCH_LOCATION_UPLOAD.code();
    }

    /** True for a blind-area re-upload (type 1). */
    public boolean isBlindAreaUpload() {
        return type == 1;
    }
}
