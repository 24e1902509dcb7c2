package io.github.jiguan.telematics.jt808;

import io.github.jiguan.telematics.internal.Bcd;
import io.github.jiguan.telematics.internal.Bits;
import io.github.jiguan.telematics.jt808.message.GeneralResult;
import io.github.jiguan.telematics.jt808.message.MessageId;
import io.github.jiguan.telematics.jt808.message.PlatformGeneralResponse;
import io.github.jiguan.telematics.jt808.message.ProtocolVersion;
import java.util.Objects;
import java.util.Optional;

/**
 * The header of a JT/T 808 frame: message id, body properties (body length, encryption, subpackage
 * flag, 2019 version flag in bit 14, reserved bit 15), the 2019 version byte, the terminal phone
 * number (BCD[6] before 2019, BCD[10] in 2019), the serial number and, for a subpackage, the total
 * and the index. Immutable; the phone number is kept as its BCD bits and turned into digits on
 * demand, so that decoding a header allocates one small object.
 */
public final class Jt808Header {

    private static final int LENGTH_MASK = 0x03ff;
    private static final int ENCRYPTION_SHIFT = 10;
    private static final int SUBPACKAGE_BIT = 13;
    private static final int VERSION_BIT = 14;

    // The WORD fields are held as char, Java's unsigned 16-bit type: a header is then 40 bytes instead
    // of 56, and every decoded message carries one (16 of the bytes that keep a typed 0x0200 under 400).
    private final char messageId;
    private final char properties;
    private final char versionByte;
    /** The first four digits of a BCD[10] phone (2019), 16 bits; 0 otherwise. */
    private final char phoneHigh;
    private final long phoneLow;
    private final char serial;
    private final char subpackageTotal;
    private final char subpackageIndex;
    private final boolean layout2019;

    Jt808Header(int messageId, int properties, int versionByte, long phoneHigh, long phoneLow,
            int serial, int subpackageTotal, int subpackageIndex) {
        this(messageId, properties, versionByte, phoneHigh, phoneLow, serial, subpackageTotal, subpackageIndex,
                Bits.isSet(properties, VERSION_BIT));
    }

    Jt808Header(int messageId, int properties, int versionByte, long phoneHigh, long phoneLow,
            int serial, int subpackageTotal, int subpackageIndex, boolean layout2019) {
        this.messageId = (char) messageId;
        this.properties = (char) properties;
        this.versionByte = (char) versionByte;
        this.phoneHigh = (char) phoneHigh;
        this.phoneLow = phoneLow;
        this.serial = (char) serial;
        this.subpackageTotal = (char) subpackageTotal;
        this.subpackageIndex = (char) subpackageIndex;
        this.layout2019 = layout2019;
    }

    /**
     * A header for a message a program builds. For {@link ProtocolVersion#V2019} the version flag is
     * set and the version byte is 1; the phone number is left-padded with zeros to 12 (20) digits.
     *
     * @param messageId the 16-bit message id
     * @param version the edition whose header layout to use
     * @param phone the terminal phone number, 1 to 12 digits (20 for 2019)
     * @param serial the serial number in [0, 65535]
     */
    public static Jt808Header of(int messageId, ProtocolVersion version, String phone, int serial) {
        Bits.checkWord("messageId", messageId);
        Bits.checkWord("serial", serial);
        Objects.requireNonNull(version, "version");
        int digits = version.is2019() ? 20 : 12;
        Objects.requireNonNull(phone, "phone");
        if (phone.isEmpty() || phone.length() > digits || !phone.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new IllegalArgumentException("phone must have 1 to " + digits + " decimal digits: " + phone);
        }
        byte[] bcd = Bcd.toBytes(phone, digits / 2);
        int properties = version.is2019() ? 1 << VERSION_BIT : 0;
        return fromPhoneBytes(messageId, properties, version.is2019() ? 1 : 0, bcd, serial, 0, 0);
    }

    /** A header for {@code id}; see {@link #of(int, ProtocolVersion, String, int)}. */
    public static Jt808Header of(MessageId id, ProtocolVersion version, String phone, int serial) {
        return of(id.code(), version, phone, serial);
    }

    static Jt808Header fromPhoneBytes(int messageId, int properties, int versionByte, byte[] phone,
            int serial, int total, int index) {
        long high = phone.length == 10 ? Bcd.packed(phone, 0, 2) : 0;
        long low = Bcd.packed(phone, phone.length == 10 ? 2 : 0, phone.length == 10 ? 8 : 6);
        return new Jt808Header(messageId, properties, versionByte, high, low, serial, total, index);
    }

    /** The 16-bit message id. */
    public int messageId() {
        return messageId;
    }

    /** The 0x8001 body that acknowledges the message with this header (its serial and id) with {@code result}. */
    public PlatformGeneralResponse acknowledgement(GeneralResult result) {
        return PlatformGeneralResponse.to(serial, messageId, result);
    }

    /** The standard message id, if this is one. */
    public Optional<MessageId> knownMessageId() {
        return MessageId.fromCode(messageId);
    }

    /** The raw body properties word as sent (the body length in it is the declared one). */
    public int properties() {
        return properties;
    }

    /** The body length the header declares (bits 0–9). */
    public int declaredBodyLength() {
        return properties & LENGTH_MASK;
    }

    /** The encryption bits 10–12: 0 none, 1 RSA; other values are reserved. */
    public int encryption() {
        return (properties >>> ENCRYPTION_SHIFT) & 0x7;
    }

    /** True when the body is encrypted (any encryption bit set). */
    public boolean isEncrypted() {
        return encryption() != 0;
    }

    /** True when the body is one fragment of a longer message (bit 13). */
    public boolean isSubpackaged() {
        return Bits.isSet(properties, SUBPACKAGE_BIT);
    }

    /** True when the 2019 version flag (bit 14) is set. */
    public boolean hasVersionFlag() {
        return Bits.isSet(properties, VERSION_BIT);
    }

    /**
     * The header layout's edition: 2019 when bit 14 is set, otherwise 2013 (2011 shares it). A terminal
     * that sets bit 14 on a 2013 frame, read with {@link io.github.jiguan.telematics.jt808.codec.DecodeOptions#versionFlagWith2013Body()}, has
     * the flag and a 2013 layout.
     */
    public ProtocolVersion version() {
        return layout2019 ? ProtocolVersion.V2019 : ProtocolVersion.V2013;
    }

    /** The 2019 protocol version byte (1 for the 2019 edition); 0 for earlier headers, which have none. */
    public int protocolVersionByte() {
        return versionByte;
    }

    /** The terminal phone number as sent: 12 BCD digits, or 20 for 2019, leading zeros kept. */
    public String phone() {
        StringBuilder sb = new StringBuilder(20);
        if (layout2019) {
            appendDigits(sb, phoneHigh, 4);
        }
        appendDigits(sb, phoneLow, layout2019 ? 16 : 12);
        return sb.toString();
    }

    /** The phone number with the zeros that pad it to BCD[6] or BCD[10] removed (at least one digit kept). */
    public String phoneWithoutPadding() {
        String p = phone();
        int i = 0;
        while (i < p.length() - 1 && p.charAt(i) == '0') {
            i++;
        }
        return p.substring(i);
    }

    /** The serial number (流水号). */
    public int serial() {
        return serial;
    }

    /** The number of fragments of the message; 0 when not subpackaged. */
    public int subpackageTotal() {
        return subpackageTotal;
    }

    /** The index of this fragment, from 1; 0 when not subpackaged. */
    public int subpackageIndex() {
        return subpackageIndex;
    }

    /** The length of this header on the wire (de-escaped): 12, 16, 17 or 21 bytes. */
    public int length() {
        return (layout2019 ? 17 : 12) + (isSubpackaged() ? 4 : 0);
    }

    /** A copy with another serial number. */
    public Jt808Header withSerial(int serial) {
        Bits.checkWord("serial", serial);
        return new Jt808Header(messageId, properties, versionByte, phoneHigh, phoneLow, serial,
                subpackageTotal, subpackageIndex, layout2019);
    }

    /** A copy with another message id. */
    public Jt808Header withMessageId(int messageId) {
        Bits.checkWord("messageId", messageId);
        return new Jt808Header(messageId, properties, versionByte, phoneHigh, phoneLow, serial,
                subpackageTotal, subpackageIndex, layout2019);
    }

    /** A copy marking fragment {@code index} of {@code total} (bit 13 set). */
    public Jt808Header withSubpackage(int total, int index) {
        Bits.checkRange("subpackageTotal", total, 1, 0xffff);
        Bits.checkRange("subpackageIndex", index, 1, total);
        return new Jt808Header(messageId, properties | (1 << SUBPACKAGE_BIT), versionByte, phoneHigh,
                phoneLow, serial, total, index, layout2019);
    }

    /** A copy without the subpackage flag, total and index (the header of a reassembled message). */
    public Jt808Header withoutSubpackage() {
        return new Jt808Header(messageId, properties & ~(1 << SUBPACKAGE_BIT), versionByte, phoneHigh,
                phoneLow, serial, 0, 0, layout2019);
    }

    /** A copy with encryption bits {@code encryption} in [0, 7]. */
    public Jt808Header withEncryption(int encryption) {
        Bits.checkRange("encryption", encryption, 0, 7);
        int p = (properties & ~(0x7 << ENCRYPTION_SHIFT)) | (encryption << ENCRYPTION_SHIFT);
        return new Jt808Header(messageId, p, versionByte, phoneHigh, phoneLow, serial, subpackageTotal,
                subpackageIndex, layout2019);
    }

    /** A copy with 2019 version byte {@code versionByte}; only meaningful with the version flag. */
    public Jt808Header withProtocolVersionByte(int versionByte) {
        Bits.checkByte("protocolVersionByte", versionByte);
        return new Jt808Header(messageId, properties, versionByte, phoneHigh, phoneLow, serial,
                subpackageTotal, subpackageIndex, layout2019);
    }

    /** Writes this header with body length {@code bodyLength} at {@code offset}; returns the next offset. */
    int writeTo(byte[] out, int offset, int bodyLength) {
        int p = offset;
        Bits.put16(out, p, messageId);
        Bits.put16(out, p + 2, (properties & ~LENGTH_MASK) | (bodyLength & LENGTH_MASK));
        p += 4;
        if (layout2019) {
            out[p++] = (byte) versionByte;
            Bits.put16(out, p, (int) phoneHigh);
            putLong(out, p + 2, phoneLow, 8);
            p += 10;
        } else {
            putLong(out, p, phoneLow, 6);
            p += 6;
        }
        Bits.put16(out, p, serial);
        p += 2;
        if (isSubpackaged()) {
            Bits.put16(out, p, subpackageTotal);
            Bits.put16(out, p + 2, subpackageIndex);
            p += 4;
        }
        return p;
    }

    private static void putLong(byte[] out, int offset, long v, int bytes) {
        for (int i = bytes - 1; i >= 0; i--) {
            out[offset + i] = (byte) v;
            v >>>= 8;
        }
    }

    private static void appendDigits(StringBuilder sb, long bits, int nibbles) {
        for (int i = nibbles - 1; i >= 0; i--) {
            sb.append(Character.forDigit((int) (bits >>> (4 * i)) & 0xf, 16));
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Jt808Header h && h.messageId == messageId && h.properties == properties
                && h.versionByte == versionByte && h.phoneHigh == phoneHigh && h.phoneLow == phoneLow
                && h.serial == serial && h.subpackageTotal == subpackageTotal
                && h.subpackageIndex == subpackageIndex && h.layout2019 == layout2019;
    }

    @Override
    public int hashCode() {
        return Objects.hash(messageId, properties, versionByte, phoneHigh, phoneLow, serial, subpackageTotal,
                subpackageIndex);
    }

    /** For example {@code 0x0200 phone=013912345678 serial=7 v2013 len=88}. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(MessageId.hex(messageId)).append(" phone=").append(phone())
                .append(" serial=").append(serial).append(" v").append(version().year())
                .append(" len=").append(declaredBodyLength());
        if (isEncrypted()) {
            sb.append(" encryption=").append(encryption());
        }
        if (isSubpackaged()) {
            sb.append(" part=").append(subpackageIndex).append('/').append(subpackageTotal);
        }
        return sb.toString();
    }
}
