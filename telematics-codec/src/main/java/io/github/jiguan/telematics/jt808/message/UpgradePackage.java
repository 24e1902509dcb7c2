package io.github.jiguan.telematics.jt808.message;

import io.github.jiguan.telematics.internal.Bits;
import java.util.Objects;

/**
 * 0x8108 下发终端升级包 (upgrade package); the maker id is 5 bytes before 2019 and 11 in 2019.
 *
 * @param upgradeType 0 terminal, 12 IC card reader, 52 GNSS module
 * @param manufacturerId manufacturer id
 * @param version the version (BYTE length first)
 * @param packet the upgrade data (DWORD length first)
 */
public record UpgradePackage(int upgradeType, String manufacturerId, String version, Octets packet) implements PlatformMessage {

    /** Checks the values. */
    public UpgradePackage {
        Bits.checkByte("upgradeType", upgradeType);
        Objects.requireNonNull(manufacturerId, "manufacturerId");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(packet, "packet");
    }

    @Override
    public int messageId() {
        return MessageId.UPGRADE_PACKAGE.code();
    }
}
