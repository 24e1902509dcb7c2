package io.github.jiguan.telematics.jt808.message;

import io.github.jiguan.telematics.internal.Bits;
import java.util.List;
import java.util.Objects;

/**
 * 0x8301 事件设置 (event setting, 2013).
 *
 * @param settingType 0 delete all, 1 update, 2 append, 3 modify, 4 delete given
 * @param events the events
 */
public record EventSetting(int settingType, List<Event> events) implements PlatformMessage {

    /** Checks the values. */
    public EventSetting {
        Bits.checkByte("settingType", settingType);
        events = List.copyOf(events);
    }

    @Override
    public int messageId() {
        return MessageId.EVENT_SETTING.code();
    }

    /**
     * One event.
     *
     * @param id the event id
     * @param content the event text (GBK, BYTE length)
     */
    public record Event(int id, String content) {
        /** Checks the values. */
        public Event {
            Bits.checkByte("event id", id);
            Objects.requireNonNull(content, "content");
        }
    }
}
