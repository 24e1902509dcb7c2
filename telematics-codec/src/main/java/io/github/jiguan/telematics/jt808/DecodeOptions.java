package io.github.jiguan.telematics.jt808;

/**
 * How forgiving decoding is.
 *
 * @param strict when true, a check-code mismatch, a declared body length that disagrees with the
 *     bytes present, a subpackage index out of range, text that is not GBK, a body that does not
 *     fit its layout and bytes left after the last field raise a {@link Jt808Exception}; when false
 *     such frames decode and are marked (real terminals send them): a body that does not fit its
 *     layout is kept raw with the error that says why ({@link Jt808Message#bodyError()}), and
 *     bytes left over are kept in {@link Jt808Message#trailing()}
 * @param versionFlagWith2013Body when true, a 0x0100 or 0x0102 frame that sets the 2019 version flag
 *     (bit 14) but carries a body in the 2013 layout is read with the 2013 layout instead of failing;
 *     the record keeps the layout it was read with, so it re-encodes to the same bytes
 */
public record DecodeOptions(boolean strict, boolean versionFlagWith2013Body) {

    /** Strict: every inconsistency is an error; no compatibility reading. */
    public static final DecodeOptions STRICT = new DecodeOptions(true, false);

    /** Lenient: inconsistent frames decode and are marked; the 2019-flag-with-2013-body compatibility is on. */
    public static final DecodeOptions LENIENT = new DecodeOptions(false, true);

    /** A copy with {@code strict} changed. */
    public DecodeOptions withStrict(boolean strict) {
        return new DecodeOptions(strict, versionFlagWith2013Body);
    }

    /** A copy with the 2019-flag-with-2013-body compatibility switched. */
    public DecodeOptions withVersionFlagWith2013Body(boolean on) {
        return new DecodeOptions(strict, on);
    }
}
