package io.github.jiguan.telematics.jt808.message;

import java.util.List;
import java.util.Objects;

/**
 * 0x0705 CAN 总线数据上传 (CAN bus data): the receive time of the first frame and the CAN frames.
 *
 * @param receiveTime receive time of the first item, BCD[5] hhmmssmsms digits
 * @param items the CAN frames
 */
public record CanBusUpload(String receiveTime, List<CanItem> items) implements TerminalMessage {

    /** Checks the values. */
    public CanBusUpload {
        Objects.requireNonNull(receiveTime, "receiveTime");
        items = List.copyOf(items);
    }

    @Override
    public int messageId() {
        return MessageId.CAN_BUS_UPLOAD.code();
    }

    /**
     * One CAN frame.
     *
     * @param canId the CAN id DWORD: bit 31 channel, bit 30 frame type (0 standard, 1 extended), bit 29
     *     collection (0 raw, 1 average), bits 0–28 the bus id
     * @param data the 8 data bytes
     */
    public record CanItem(int canId, Octets data) {
        /** Checks the values. */
        public CanItem {
            if (data.length() != 8) {
                throw new IllegalArgumentException("CAN data must have 8 bytes: " + data.length());
            }
        }

        /** Bits 0–28: the CAN bus id. */
        public int busId() {
            return canId & 0x1fff_ffff;
        }

        /** Bit 31: channel 1 (true) or 0. */
        public boolean channel1() {
            return canId < 0;
        }

        /** Bit 30: extended frame. */
        public boolean extendedFrame() {
            return (canId & 0x4000_0000) != 0;
        }
    }
}
