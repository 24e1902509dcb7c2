package io.github.jiguan.telematics.jt808.message;

/**
 * The edition of JT/T 808 a frame follows. The header tells 2019 apart (body properties bit 14, a
 * version byte and a BCD[10] phone number); 2011 and 2013 share a header and differ only in some
 * bodies, such as the register body of 0x0100, which the codec tells apart by length.
 */
public enum ProtocolVersion {
    /** JT/T 808-2011. */
    V2011("2011"),
    /** JT/T 808-2013 (also the default for frames without the 2019 version flag). */
    V2013("2013"),
    /** JT/T 808-2019. */
    V2019("2019");

    private final String year;

    ProtocolVersion(String year) {
        this.year = year;
    }

    /** The year of the edition, such as "2019". */
    public String year() {
        return year;
    }

    /** True for the 2019 edition, whose header has the version flag, version byte and BCD[10] phone. */
    public boolean is2019() {
        return this == V2019;
    }
}
