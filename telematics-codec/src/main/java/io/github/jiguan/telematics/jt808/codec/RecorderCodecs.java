package io.github.jiguan.telematics.jt808.codec;

import io.github.jiguan.telematics.jt808.message.BcdTime;
import io.github.jiguan.telematics.jt808.message.CanBusUpload;
import io.github.jiguan.telematics.jt808.message.DriverIdentityReport;
import io.github.jiguan.telematics.jt808.message.DrivingRecorderParameters;
import io.github.jiguan.telematics.jt808.message.DrivingRecorderQuery;
import io.github.jiguan.telematics.jt808.message.DrivingRecorderUpload;
import io.github.jiguan.telematics.jt808.message.MessageId;
import io.github.jiguan.telematics.jt808.message.Octets;
import io.github.jiguan.telematics.jt808.message.ProtocolVersion;
import io.github.jiguan.telematics.jt808.message.WaybillReport;
import java.util.List;

/** Driving recorder (0x8700, 0x0700, 0x8701), waybill (0x0701), driver identity (0x0702) and CAN data (0x0705). */
final class RecorderCodecs {

    private RecorderCodecs() {
    }

    static List<BodyCodec<?>> codecs() {
        return List.of(
                BodyCodec.of(MessageId.DRIVING_RECORDER_QUERY.code(), DrivingRecorderQuery.class,
                        in -> new DrivingRecorderQuery(in.u8("command"), Octets.of(in.rest())),
                        (b, out) -> out.u8("command", b.command()).bytes(b.data().toByteArray())),
                BodyCodec.of(MessageId.DRIVING_RECORDER_UPLOAD.code(), DrivingRecorderUpload.class,
                        in -> new DrivingRecorderUpload(in.u16("response serial"), in.u8("command"), Octets.of(in.rest())),
                        (b, out) -> out.u16("responseSerial", b.responseSerial()).u8("command", b.command())
                                .bytes(b.data().toByteArray())),
                BodyCodec.of(MessageId.DRIVING_RECORDER_PARAMETERS.code(), DrivingRecorderParameters.class,
                        in -> new DrivingRecorderParameters(in.u8("command"), Octets.of(in.rest())),
                        (b, out) -> out.u8("command", b.command()).bytes(b.data().toByteArray())),
                BodyCodec.of(MessageId.WAYBILL_REPORT.code(), WaybillReport.class,
                        in -> new WaybillReport(Octets.of(in.bytes("waybill", lengthPrefix(in)))),
                        (b, out) -> out.u32("waybill length", b.waybill().length()).bytes(b.waybill().toByteArray())),
                BodyCodec.of(MessageId.DRIVER_IDENTITY_REPORT.code(), DriverIdentityReport.class, RecorderCodecs::driver,
                        RecorderCodecs::driver),
                BodyCodec.of(MessageId.CAN_BUS_UPLOAD.code(), CanBusUpload.class, RecorderCodecs::can, RecorderCodecs::can));
    }

    /** A DWORD length that must fit in the body. */
    static int lengthPrefix(BodyReader in) {
        long n = in.u32("length");
        if (n > in.remaining()) {
            in.require("data of length " + n, (int) Math.min(n, Integer.MAX_VALUE));
        }
        return (int) n;
    }

    /**
     * State, time, then, when the body goes on, the read result and, when that is 0 (card read), the
     * card fields (name, certificate code[20], agency, expiry BCD[4], and in 2019 the ID card
     * number[20]), which must then be there: a body that ends after a result of 0 is too short, since
     * no record could re-encode it to its bytes. The standard fills the card fields only for state 1;
     * some terminals send them for state 2 as well, so presence follows the read result, not the state.
     */
    private static DriverIdentityReport driver(BodyReader in) {
        if (in.version() == ProtocolVersion.V2011) {
            return driver2011(in);
        }
        ProtocolVersion layout = in.version();
        int state = in.u8("state");
        BcdTime time = in.time("time");
        if (!in.hasRemaining()) {
            return new DriverIdentityReport(layout, state, time, -1, "", "", "", "", "");
        }
        int result = in.u8("read result");
        if (result != 0) {
            return new DriverIdentityReport(layout, state, time, result, "", "", "", "", "");
        }
        String name = in.gbkWithByteLength("driver name");
        String certificate = in.gbkFixed("certificate code", 20);
        String agency = in.gbkWithByteLength("issuing agency");
        String expiry = in.bcd("expiry date", 4);
        String idCard = in.version().is2019() ? in.gbkFixed("id card number", 20) : "";
        return new DriverIdentityReport(layout, state, time, result, name, certificate, agency, expiry, idCard);
    }

    /** 2011: name (BYTE length), ID card number STRING[20], certificate code STRING[40], agency (BYTE length). */
    private static DriverIdentityReport driver2011(BodyReader in) {
        String name = in.gbkWithByteLength("driver name");
        String idCard = in.gbkFixed("id card number", 20);
        String certificate = in.gbkFixed("certificate code", 40);
        String agency = in.gbkWithByteLength("issuing agency");
        return new DriverIdentityReport(ProtocolVersion.V2011, 0, null, -1, name, certificate, agency, "", idCard);
    }

    private static void driver(DriverIdentityReport b, BodyWriter out) {
        if (b.layout() == ProtocolVersion.V2011) {
            out.gbkWithByteLength("driverName", b.driverName()).gbkFixed("idCardNumber", b.idCardNumber(), 20)
                    .gbkFixed("certificateCode", b.certificateCode(), 40)
                    .gbkWithByteLength("issuingAgency", b.issuingAgency());
            return;
        }
        out.u8("state", b.state()).time(b.time());
        if (b.readResult() < 0) {
            return;
        }
        out.u8("readResult", b.readResult());
        if (b.readResult() == 0) {
            out.gbkWithByteLength("driverName", b.driverName()).gbkFixed("certificateCode", b.certificateCode(), 20)
                    .gbkWithByteLength("issuingAgency", b.issuingAgency()).bcd("expiryDate", b.expiryDate(), 4);
            if (b.layout().is2019()) {
                out.gbkFixed("idCardNumber", b.idCardNumber(), 20);
            }
        }
    }

    private static CanBusUpload can(BodyReader in) {
        int count = in.u16("can item count");
        String time = in.bcd("receive time", 5);
        return new CanBusUpload(time, Lists.read(in, count,
                r -> new CanBusUpload.CanItem(r.i32("can id"), Octets.of(r.bytes("can data", 8)))));
    }

    private static void can(CanBusUpload b, BodyWriter out) {
        out.u16("items count", b.items().size()).bcd("receiveTime", b.receiveTime(), 5);
        b.items().forEach(i -> out.i32(i.canId()).bytes(i.data().toByteArray()));
    }
}
