package io.github.jiguan.telematics.jt808.codec;

import io.github.jiguan.telematics.jt808.message.MessageId;
import io.github.jiguan.telematics.jt808.message.Octets;
import io.github.jiguan.telematics.jt808.message.QueryAttributesResponse;
import io.github.jiguan.telematics.jt808.message.QueryParametersResponse;
import io.github.jiguan.telematics.jt808.message.QuerySpecifiedParameters;
import io.github.jiguan.telematics.jt808.message.SetParameters;
import io.github.jiguan.telematics.jt808.message.TerminalControl;
import io.github.jiguan.telematics.jt808.message.TerminalParameter;
import io.github.jiguan.telematics.jt808.message.UpgradePackage;
import io.github.jiguan.telematics.jt808.message.UpgradeResult;
import java.util.List;

/** Parameters (0x8103, 0x8104, 0x0104, 0x8106), control (0x8105), attributes (0x0107) and upgrades (0x8108, 0x0108). */
final class ParameterCodecs {

    private ParameterCodecs() {
    }

    static List<BodyCodec<?>> codecs() {
        return List.of(
                BodyCodec.of(MessageId.SET_PARAMETERS.code(), SetParameters.class,
                        in -> new SetParameters(Lists.byteCounted(in, "parameter", ParameterCodecs::parameter)),
                        (b, out) -> Lists.writeByteCounted(out, "parameters", b.parameters(), ParameterCodecs::parameter)),
                BodyCodec.of(MessageId.QUERY_PARAMETERS_RESPONSE.code(), QueryParametersResponse.class,
                        in -> new QueryParametersResponse(in.u16("response serial"),
                                Lists.byteCounted(in, "parameter", ParameterCodecs::parameter)),
                        (b, out) -> Lists.writeByteCounted(out.u16("responseSerial", b.responseSerial()), "parameters",
                                b.parameters(), ParameterCodecs::parameter)),
                BodyCodec.of(MessageId.QUERY_SPECIFIED_PARAMETERS.code(), QuerySpecifiedParameters.class,
                        in -> new QuerySpecifiedParameters(Lists.byteCounted(in, "parameter id", Lists::dword)),
                        (b, out) -> Lists.writeByteCounted(out, "parameterIds", b.parameterIds(), Lists::dword)),
                BodyCodec.of(MessageId.TERMINAL_CONTROL.code(), TerminalControl.class,
                        in -> new TerminalControl(in.u8("command"), Octets.of(in.rest())),
                        (b, out) -> out.u8("command", b.command()).bytes(b.parameters().toByteArray())),
                BodyCodec.of(MessageId.QUERY_ATTRIBUTES_RESPONSE.code(), QueryAttributesResponse.class,
                        ParameterCodecs::attributes, ParameterCodecs::attributes),
                BodyCodec.of(MessageId.UPGRADE_PACKAGE.code(), UpgradePackage.class,
                        in -> new UpgradePackage(in.u8("upgrade type"), in.gbkFixed("manufacturer id", 5),
                                in.gbkWithByteLength("version"), Octets.of(in.bytes("packet", (int) Math.min(
                                        in.u32("packet length"), Integer.MAX_VALUE)))),
                        (b, out) -> out.u8("upgradeType", b.upgradeType()).gbkFixed("manufacturerId", b.manufacturerId(), 5)
                                .gbkWithByteLength("version", b.version()).u32("packet length", b.packet().length())
                                .bytes(b.packet().toByteArray())),
                BodyCodec.of(MessageId.UPGRADE_RESULT.code(), UpgradeResult.class,
                        in -> new UpgradeResult(in.u8("upgrade type"), in.u8("result")),
                        (b, out) -> out.u8("upgradeType", b.upgradeType()).u8("result", b.result())));
    }

    static TerminalParameter parameter(BodyReader in) {
        long id = in.u32("parameter id");
        return new TerminalParameter(id, Octets.of(in.bytes("parameter value", in.u8("parameter length"))));
    }

    static void parameter(TerminalParameter p, BodyWriter out) {
        out.u32("parameter id", p.id()).u8("parameter length", p.value().length()).bytes(p.value().toByteArray());
    }

    /** Model and terminal id widen from 20 and 7 bytes to 30 and 30 in 2019; the maker id stays 5. */
    private static QueryAttributesResponse attributes(BodyReader in) {
        boolean v2019 = in.version().is2019();
        return new QueryAttributesResponse(in.u16("terminal type"), in.gbkFixed("manufacturer id", 5),
                in.gbkFixed("terminal model", v2019 ? 30 : 20), in.gbkFixed("terminal id", v2019 ? 30 : 7),
                in.bcd("iccid", 10), in.gbkWithByteLength("hardware version"), in.gbkWithByteLength("firmware version"),
                in.u8("gnss module"), in.u8("communication module"));
    }

    private static void attributes(QueryAttributesResponse b, BodyWriter out) {
        boolean v2019 = out.version().is2019();
        out.u16("terminalType", b.terminalType()).gbkFixed("manufacturerId", b.manufacturerId(), 5)
                .gbkFixed("terminalModel", b.terminalModel(), v2019 ? 30 : 20)
                .gbkFixed("terminalId", b.terminalId(), v2019 ? 30 : 7).bcd("iccid", b.iccid(), 10)
                .gbkWithByteLength("hardwareVersion", b.hardwareVersion())
                .gbkWithByteLength("firmwareVersion", b.firmwareVersion())
                .u8("gnssModule", b.gnssModule()).u8("communicationModule", b.communicationModule());
    }
}
