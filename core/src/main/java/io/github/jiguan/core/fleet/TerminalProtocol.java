package io.github.jiguan.core.fleet;

/** The edition of JT/T 808 a vehicle terminal speaks, which sets the length of its phone number. */
public enum TerminalProtocol {
    /** JT/T 808-2011: 6-byte BCD phone, 12 digits. */
    JT808_2011(12),
    /** JT/T 808-2013: 6-byte BCD phone, 12 digits. */
    JT808_2013(12),
    /** JT/T 808-2019: 10-byte BCD phone, 20 digits. */
    JT808_2019(20);

    private final int maxPhoneDigits;

    TerminalProtocol(int maxPhoneDigits) {
        this.maxPhoneDigits = maxPhoneDigits;
    }

    /** The most digits the edition's BCD phone field holds. */
    public int maxPhoneDigits() {
        return maxPhoneDigits;
    }
}
