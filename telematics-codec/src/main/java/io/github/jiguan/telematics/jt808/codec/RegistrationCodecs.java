package io.github.jiguan.telematics.jt808.codec;

import io.github.jiguan.telematics.jt808.message.AuthenticationRequest;
import io.github.jiguan.telematics.jt808.message.MessageId;
import io.github.jiguan.telematics.jt808.message.ProtocolVersion;
import io.github.jiguan.telematics.jt808.message.RegisterRequest;
import io.github.jiguan.telematics.jt808.message.RegisterResponse;
import java.util.List;

/**
 * Registration (0x0100, 0x8100) and authentication (0x0102). The register body is where the
 * editions differ most: its fixed part is 25 bytes in 2011, 37 in 2013 and 76 in 2019.
 */
final class RegistrationCodecs {

    /** Fixed bytes before the plate: 2011, 2013, 2019. */
    static final int FIXED_2011 = 25;
    static final int FIXED_2013 = 37;
    static final int FIXED_2019 = 76;

    private RegistrationCodecs() {
    }

    static List<BodyCodec<?>> codecs() {
        return List.of(
                BodyCodec.of(MessageId.TERMINAL_REGISTER.code(), RegisterRequest.class, RegistrationCodecs::register,
                        RegistrationCodecs::register),
                BodyCodec.of(MessageId.REGISTER_RESPONSE.code(), RegisterResponse.class,
                        in -> new RegisterResponse(in.u16("response serial"), in.u8("result"), in.gbkRest("auth code")),
                        (b, out) -> out.u16("responseSerial", b.responseSerial()).u8("result", b.result()).gbk(b.authCode())),
                BodyCodec.of(MessageId.TERMINAL_AUTHENTICATION.code(), AuthenticationRequest.class,
                        RegistrationCodecs::authentication, RegistrationCodecs::authentication));
    }

    /**
     * The layout of a register body: with the 2019 flag, 2019 (or, with the compatibility option and
     * a body too short for 2019, 2013 or 2011); without it, 2011 below 37 bytes, otherwise 2013.
     */
    static ProtocolVersion registerLayout(BodyReader in) {
        int n = in.remaining();
        if (in.version().is2019() && !(in.options().versionFlagWith2013Body() && n < FIXED_2019)) {
            return ProtocolVersion.V2019;
        }
        return n < FIXED_2013 ? ProtocolVersion.V2011 : ProtocolVersion.V2013;
    }

    private static RegisterRequest register(BodyReader in) {
        ProtocolVersion layout = registerLayout(in);
        int[] w = widths(layout);
        return new RegisterRequest(layout, in.u16("province"), in.u16("city"), in.gbkFixed("manufacturer id", w[0]),
                in.gbkFixed("terminal model", w[1]), in.gbkFixed("terminal id", w[2]), in.u8("plate colour"),
                in.gbkRest("plate"));
    }

    private static void register(RegisterRequest b, BodyWriter out) {
        int[] w = widths(b.layout());
        out.u16("provinceId", b.provinceId()).u16("cityId", b.cityId())
                .gbkFixed("manufacturerId", b.manufacturerId(), w[0])
                .gbkFixed("terminalModel", b.terminalModel(), w[1])
                .gbkFixed("terminalId", b.terminalId(), w[2])
                .u8("plateColor", b.plateColor()).gbk(b.plate());
    }

    /** Widths of maker, model and terminal id in each layout. */
    private static int[] widths(ProtocolVersion layout) {
        switch (layout) {
            case V2011:
                return new int[] {5, 8, 7};
            case V2013:
                return new int[] {5, 20, 7};
            default:
                return new int[] {11, 30, 30};
        }
    }

    /**
     * 2019 layout: BYTE length, code, IMEI[15], version[20]. With the compatibility option, a flagged
     * body whose first byte is not a length that fits is read as a 2013 body (the code alone).
     */
    private static AuthenticationRequest authentication(BodyReader in) {
        boolean fits2019 = in.remaining() >= 36 && in.peek(0) + 36 == in.remaining();
        if (in.version().is2019() && (fits2019 || !in.options().versionFlagWith2013Body())) {
            String code = in.gbkWithByteLength("auth code");
            return new AuthenticationRequest(ProtocolVersion.V2019, code, in.gbkFixed("imei", 15),
                    in.gbkFixed("software version", 20));
        }
        return new AuthenticationRequest(ProtocolVersion.V2013, in.gbkRest("auth code"), "", "");
    }

    private static void authentication(AuthenticationRequest b, BodyWriter out) {
        if (b.layout().is2019()) {
            out.gbkWithByteLength("authCode", b.authCode()).gbkFixed("imei", b.imei(), 15)
                    .gbkFixed("softwareVersion", b.softwareVersion(), 20);
        } else {
            out.gbk(b.authCode());
        }
    }
}
