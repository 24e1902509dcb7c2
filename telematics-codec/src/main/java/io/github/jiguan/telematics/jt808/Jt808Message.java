package io.github.jiguan.telematics.jt808;

import io.github.jiguan.telematics.jt808.codec.Jt808Exception;
import io.github.jiguan.telematics.jt808.message.Jt808Body;
import io.github.jiguan.telematics.jt808.message.Octets;
import io.github.jiguan.telematics.jt808.message.ProtocolVersion;
import io.github.jiguan.telematics.jt808.message.RawBody;
import java.util.Objects;
import java.util.Optional;

/**
 * One decoded JT/T 808 message: its header, its body and what decoding found about the frame.
 *
 * @param header the header
 * @param body the typed body, or a {@link RawBody} for unknown ids, encrypted bodies and fragments
 * @param checksumOk whether the check code matched (false only in lenient mode)
 * @param bodyLengthOk whether the header's body length matched the bytes present (false only in lenient mode)
 * @param trailing bytes after the last field of a fixed-layout body (lenient mode only; empty otherwise),
 *     kept so that the message re-encodes to the same bytes
 * @param version the edition the body was read as: 2019 with the header's version flag; otherwise 2011 or
 *     2013, from the body layout (a 0x0100 of 25 or 33 bytes is 2011) or the decode options
 * @param bodyError in lenient mode, why a body of a known message id could not be decoded (the body is
 *     then a {@link RawBody}), or why the assembler refused this fragment; null when there was no such error
 */
public record Jt808Message(Jt808Header header, Jt808Body body, boolean checksumOk, boolean bodyLengthOk,
        Octets trailing, ProtocolVersion version, Jt808Exception bodyError) {

    /** Checks the values. */
    public Jt808Message {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(trailing, "trailing");
        Objects.requireNonNull(version, "version");
    }

    /** A message as a program builds it: verified, no trailing bytes. */
    public static Jt808Message of(Jt808Header header, Jt808Body body) {
        return new Jt808Message(header, body, true, true, Octets.empty(), header.version(), null);
    }

    /** A copy with {@code error} as its {@link #bodyError()}. */
    public Jt808Message withBodyError(Jt808Exception error) {
        return new Jt808Message(header, body, checksumOk, bodyLengthOk, trailing, version, error);
    }

    /** True when the body was decoded into a typed record of the standard (or a registered vendor codec). */
    public boolean typed() {
        return !(body instanceof RawBody);
    }

    /** The lenient-mode body error, if any. */
    public Optional<Jt808Exception> error() {
        return Optional.ofNullable(bodyError);
    }

    /** True when the check code matched and the body length agreed. */
    public boolean verified() {
        return checksumOk && bodyLengthOk;
    }

}
