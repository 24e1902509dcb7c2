package io.github.jiguan.telematics.jt808.message;

import io.github.jiguan.telematics.internal.Bits;
import java.util.List;
import java.util.Objects;

/**
 * 0x8401 设置电话本 (phone book).
 *
 * @param settingType 0 delete all, 1 update (replace), 2 append, 3 modify
 * @param contacts the contacts
 */
public record PhoneBook(int settingType, List<Contact> contacts) implements PlatformMessage {

    /** Checks the values. */
    public PhoneBook {
        Bits.checkByte("settingType", settingType);
        contacts = List.copyOf(contacts);
    }

    @Override
    public int messageId() {
        return MessageId.PHONE_BOOK.code();
    }

    /**
     * One contact.
     *
     * @param flag 1 incoming only, 2 outgoing only, 3 both
     * @param phone the number (GBK, BYTE length)
     * @param name the name (GBK, BYTE length)
     */
    public record Contact(int flag, String phone, String name) {
        /** Checks the values. */
        public Contact {
            Bits.checkByte("contact flag", flag);
            Objects.requireNonNull(phone, "phone");
            Objects.requireNonNull(name, "name");
        }
    }
}
