package io.github.jiguan.telematics.jt808.message;

import io.github.jiguan.telematics.internal.Bits;
import java.util.List;
import java.util.Objects;

/**
 * 0x8303 信息点播菜单设置 (information menu, 2013).
 *
 * @param settingType 0 delete all, 1 update, 2 append, 3 modify
 * @param items the menu items
 */
public record InformationMenu(int settingType, List<MenuItem> items) implements PlatformMessage {

    /** Checks the values. */
    public InformationMenu {
        Bits.checkByte("settingType", settingType);
        items = List.copyOf(items);
    }

    @Override
    public int messageId() {
        return MessageId.INFORMATION_MENU.code();
    }

    /**
     * One menu item.
     *
     * @param type the information type
     * @param name the name (GBK, WORD length)
     */
    public record MenuItem(int type, String name) {
        /** Checks the values. */
        public MenuItem {
            Bits.checkByte("information type", type);
            Objects.requireNonNull(name, "name");
        }
    }
}
