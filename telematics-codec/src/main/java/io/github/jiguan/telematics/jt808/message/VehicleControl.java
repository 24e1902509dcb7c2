package io.github.jiguan.telematics.jt808.message;

import io.github.jiguan.telematics.internal.Bits;
import java.util.List;
import java.util.Objects;

/**
 * 0x8500 车辆控制 (vehicle control). Before 2019 the body is one control-flag byte (bit 0: lock
 * the doors). In 2019 it is a WORD count and control items (a WORD type and its parameter; type
 * 0x0001 door, BYTE 0 unlock or 1 lock); items of other types have vendor-defined parameters and are
 * kept, with what follows, in {@code unparsed}.
 *
 * @param flags the 2013 control flags (0 in 2019)
 * @param count the 2019 item count as sent (0 before 2019)
 * @param items the 2019 control items read
 * @param unparsed 2019 bytes after the last item read (vendor items), empty otherwise
 */
public record VehicleControl(int flags, int count, List<ControlItem> items, Octets unparsed) implements PlatformMessage {

    /** Checks the values. */
    public VehicleControl {
        Bits.checkByte("flags", flags);
        Bits.checkWord("count", count);
        items = List.copyOf(items);
        Objects.requireNonNull(unparsed, "unparsed");
    }

    @Override
    public int messageId() {
        return MessageId.VEHICLE_CONTROL.code();
    }

    /** A 2013 control with {@code flags}. */
    public static VehicleControl of2013(int flags) {
        return new VehicleControl(flags, 0, List.of(), Octets.empty());
    }

    /** A 2019 control with {@code items}. */
    public static VehicleControl of2019(List<ControlItem> items) {
        return new VehicleControl(0, items.size(), items, Octets.empty());
    }

    /**
     * One 2019 control item.
     *
     * @param type the control type (0x0001 door)
     * @param parameter the parameter (door: 0 unlock, 1 lock)
     */
    public record ControlItem(int type, int parameter) {
        /** Checks the values. */
        public ControlItem {
            Bits.checkWord("control type", type);
            Bits.checkByte("control parameter", parameter);
        }
    }
}
