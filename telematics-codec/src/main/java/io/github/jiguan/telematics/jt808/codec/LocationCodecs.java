package io.github.jiguan.telematics.jt808.codec;

import io.github.jiguan.telematics.jt808.BodyCodec;
import io.github.jiguan.telematics.jt808.BodyReader;
import io.github.jiguan.telematics.jt808.BodyWriter;
import io.github.jiguan.telematics.jt808.MessageId;
import io.github.jiguan.telematics.jt808.message.AlarmConfirmation;
import io.github.jiguan.telematics.jt808.message.BatchLocationUpload;
import io.github.jiguan.telematics.jt808.message.LocationQueryResponse;
import io.github.jiguan.telematics.jt808.message.LocationReport;
import io.github.jiguan.telematics.jt808.message.Octets;
import io.github.jiguan.telematics.jt808.message.TemporaryTracking;
import io.github.jiguan.telematics.jt808.message.VehicleControl;
import io.github.jiguan.telematics.jt808.message.VehicleControlResponse;
import java.util.ArrayList;
import java.util.List;

/** Location (0x0200, 0x0201, 0x0704), tracking (0x8202), alarm confirmation (0x8203) and vehicle control (0x8500, 0x0500). */
final class LocationCodecs {

    private static final int DOOR_CONTROL = 0x0001;

    private LocationCodecs() {
    }

    static List<BodyCodec<?>> codecs() {
        return List.of(
                BodyCodec.of(MessageId.LOCATION_REPORT.code(), LocationReport.class, LocationReport::read,
                        LocationReport::write),
                BodyCodec.of(MessageId.LOCATION_QUERY_RESPONSE.code(), LocationQueryResponse.class,
                        in -> new LocationQueryResponse(in.u16("response serial"), LocationReport.read(in)),
                        (b, out) -> b.location().write(out.u16("responseSerial", b.responseSerial()))),
                BodyCodec.of(MessageId.VEHICLE_CONTROL_RESPONSE.code(), VehicleControlResponse.class,
                        in -> new VehicleControlResponse(in.u16("response serial"), LocationReport.read(in)),
                        (b, out) -> b.location().write(out.u16("responseSerial", b.responseSerial()))),
                BodyCodec.of(MessageId.TEMPORARY_TRACKING.code(), TemporaryTracking.class,
                        in -> new TemporaryTracking(in.u16("interval"), in.u32("validity")),
                        (b, out) -> out.u16("intervalSeconds", b.intervalSeconds()).u32("validitySeconds", b.validitySeconds())),
                BodyCodec.of(MessageId.ALARM_CONFIRMATION.code(), AlarmConfirmation.class,
                        in -> new AlarmConfirmation(in.u16("alarm serial"), in.i32("alarm types")),
                        (b, out) -> out.u16("alarmSerial", b.alarmSerial()).i32(b.alarmTypes())),
                BodyCodec.of(MessageId.BATCH_LOCATION_UPLOAD.code(), BatchLocationUpload.class, LocationCodecs::batch,
                        LocationCodecs::batch),
                BodyCodec.of(MessageId.VEHICLE_CONTROL.code(), VehicleControl.class, LocationCodecs::control,
                        LocationCodecs::control));
    }

    /**
     * WORD count, BYTE type, then each report preceded by its WORD length. In lenient mode a report whose
     * length runs past the body ends the list: the reports before it are kept, and its bytes are left
     * for the message's trailing bytes (a blind-area upload of hundreds of fixes is not lost to one bad
     * entry).
     */
    private static BatchLocationUpload batch(BodyReader in) {
        int count = in.u16("location count");
        int type = in.u8("location type");
        List<LocationReport> reports = new ArrayList<>();
        while (reports.size() < count) {
            if (!in.strict() && (in.remaining() < 2 || in.peek(0) * 256 + in.peek(1) > in.remaining() - 2)) {
                break;
            }
            reports.add(LocationReport.read(in.slice("location", in.u16("location length"))));
        }
        return new BatchLocationUpload(count, type, reports);
    }

    private static void batch(BatchLocationUpload b, BodyWriter out) {
        out.u16("count", b.count()).u8("type", b.type());
        for (LocationReport r : b.locations()) {
            BodyWriter one = new BodyWriter(out.version());
            r.write(one);
            out.u16("location length", one.size()).bytes(one.toByteArray());
        }
    }

    /**
     * 2013: one flag byte. 2019: WORD count and items; only the door item (type 0x0001, BYTE) has a
     * parameter length the standard fixes, so reading stops at any other type and keeps the rest.
     */
    private static VehicleControl control(BodyReader in) {
        if (!in.version().is2019()) {
            return VehicleControl.of2013(in.u8("control flags"));
        }
        int count = in.u16("control count");
        List<VehicleControl.ControlItem> items = new ArrayList<>();
        while (items.size() < count && in.remaining() >= 3 && in.peek(0) == 0 && in.peek(1) == DOOR_CONTROL) {
            items.add(new VehicleControl.ControlItem(in.u16("control type"), in.u8("control parameter")));
        }
        return new VehicleControl(0, count, items, Octets.of(in.rest()));
    }

    private static void control(VehicleControl b, BodyWriter out) {
        if (!out.version().is2019()) {
            out.u8("flags", b.flags());
            return;
        }
        out.u16("count", b.count());
        b.items().forEach(i -> out.u16("control type", i.type()).u8("control parameter", i.parameter()));
        out.bytes(b.unparsed().toByteArray());
    }
}
