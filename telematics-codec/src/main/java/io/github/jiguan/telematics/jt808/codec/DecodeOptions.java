package io.github.jiguan.telematics.jt808.codec;

import io.github.jiguan.telematics.jt808.message.ProtocolVersion;

/**
 * How forgiving decoding is.
 *
 * @param strict when true, a check-code mismatch, a declared body length that disagrees with the
 *     bytes present, a subpackage index out of range, text that is not GBK, a body that does not
 *     fit its layout and bytes left after the last field raise a {@link Jt808Exception}; when false
 *     such frames decode and are marked (real terminals send them): a body that does not fit its
 *     layout is kept raw with the error that says why ({@code Jt808Message.bodyError()}), and
 *     bytes left over are kept in {@code Jt808Message.trailing()}
 * @param versionFlagWith2013Body when true, a 0x0100 or 0x0102 frame that sets the 2019 version flag
 *     (bit 14) but carries a body in the 2013 layout is read with the 2013 layout instead of failing;
 *     the record keeps the layout it was read with, so it re-encodes to the same bytes
 * @param unflaggedEdition the edition of frames without the 2019 flag: {@link ProtocolVersion#V2013} (the
 *     default) or {@link ProtocolVersion#V2011} for platforms whose terminals speak 2011, whose
 *     0x0702, 0x0801 and 0x0802 bodies differ and cannot be told apart by their bytes (a 0x0100
 *     body is told apart by its length either way)
 */
public record DecodeOptions(boolean strict, boolean versionFlagWith2013Body, ProtocolVersion unflaggedEdition) {

    /** Strict: every inconsistency is an error; no compatibility reading. */
    public static final DecodeOptions STRICT = new DecodeOptions(true, false, ProtocolVersion.V2013);

    /** Lenient: inconsistent frames decode and are marked; the 2019-flag-with-2013-body compatibility is on. */
    public static final DecodeOptions LENIENT = new DecodeOptions(false, true, ProtocolVersion.V2013);

    /** Checks the edition. */
    public DecodeOptions {
        if (unflaggedEdition == null || unflaggedEdition.is2019()) {
            throw new IllegalArgumentException("unflaggedEdition must be V2011 or V2013: " + unflaggedEdition);
        }
    }

    /** A copy with {@code strict} changed. */
    public DecodeOptions withStrict(boolean strict) {
        return new DecodeOptions(strict, versionFlagWith2013Body, unflaggedEdition);
    }

    /** A copy with the 2019-flag-with-2013-body compatibility switched. */
    public DecodeOptions withVersionFlagWith2013Body(boolean on) {
        return new DecodeOptions(strict, on, unflaggedEdition);
    }

    /** A copy reading frames without the 2019 flag as {@code edition} (V2011 or V2013). */
    public DecodeOptions withUnflaggedEdition(ProtocolVersion edition) {
        return new DecodeOptions(strict, versionFlagWith2013Body, edition);
    }
}
