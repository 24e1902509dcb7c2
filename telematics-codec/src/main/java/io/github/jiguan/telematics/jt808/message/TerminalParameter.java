package io.github.jiguan.telematics.jt808.message;

import io.github.jiguan.telematics.internal.Bits;
import io.github.jiguan.telematics.internal.Gbk;
import java.util.Objects;
import java.util.Optional;

/**
 * One terminal parameter of 0x8103 and 0x0104: a DWORD id and its value. The value is kept as
 * bytes, so that any parameter, vendor ones included, re-encodes exactly; {@link #type()} gives the
 * standard's type and {@link #number()} and {@link #text()} the typed value.
 *
 * @param id the parameter id
 * @param value the value bytes (at most 255)
 */
public record TerminalParameter(long id, Octets value) {

    /** Checks the values. */
    public TerminalParameter {
        Bits.checkDword("parameter id", id);
        Objects.requireNonNull(value, "value");
        Bits.checkByte("parameter length", value.length());
    }

    /** A numeric parameter of the standard's type for {@code id} (DWORD, WORD or BYTE). */
    public static TerminalParameter ofNumber(long id, long number) {
        ParameterType type = ParameterType.of(id);
        if (!type.isNumeric()) {
            throw new IllegalArgumentException("parameter 0x" + Long.toHexString(id) + " is not numeric but " + type);
        }
        long max = (1L << (8 * type.length())) - 1;
        if (number < 0 || number > max) {
            throw new IllegalArgumentException("parameter 0x" + Long.toHexString(id) + " out of range [0, " + max + "]: " + number);
        }
        byte[] b = new byte[type.length()];
        for (int i = b.length - 1; i >= 0; i--) {
            b[i] = (byte) (number >>> (8 * (b.length - 1 - i)));
        }
        return new TerminalParameter(id, Octets.of(b));
    }

    /** A text parameter (GBK), such as 0x0013 the main server address. */
    public static TerminalParameter ofText(long id, String text) {
        return new TerminalParameter(id, Octets.of(Gbk.encode(text)));
    }

    /** The standard's type for this id, or BYTES when the length does not fit that type. */
    public ParameterType type() {
        ParameterType t = ParameterType.of(id);
        return t.isNumeric() && t.length() != value.length() ? ParameterType.BYTES : t;
    }

    /** The value of a numeric parameter. */
    public Optional<Long> number() {
        if (!type().isNumeric()) {
            return Optional.empty();
        }
        long v = 0;
        for (int i = 0; i < value.length(); i++) {
            v = (v << 8) | value.get(i);
        }
        return Optional.of(v);
    }

    /** The value of a text parameter. */
    public Optional<String> text() {
        if (type() != ParameterType.STRING) {
            return Optional.empty();
        }
        byte[] b = value.toByteArray();
        return Optional.of(Gbk.decode(b, 0, b.length));
    }
}
