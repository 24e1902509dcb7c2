package io.github.jiguan.telematics.jt808.codec;

import io.github.jiguan.telematics.jt808.message.AdditionalItem;
import io.github.jiguan.telematics.jt808.message.AlarmConfirmation;
import io.github.jiguan.telematics.jt808.message.BatchLocationUpload;
import io.github.jiguan.telematics.jt808.message.BcdTime;
import io.github.jiguan.telematics.jt808.message.LocationQueryResponse;
import io.github.jiguan.telematics.jt808.message.LocationReport;
import io.github.jiguan.telematics.jt808.message.MessageId;
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
                BodyCodec.of(MessageId.LOCATION_REPORT.code(), LocationReport.class, LocationCodecs::report,
                        LocationCodecs::report),
                BodyCodec.of(MessageId.LOCATION_QUERY_RESPONSE.code(), LocationQueryResponse.class,
                        in -> new LocationQueryResponse(in.u16("response serial"), report(in)),
                        (b, out) -> report(b.location(), out.u16("responseSerial", b.responseSerial()))),
                BodyCodec.of(MessageId.VEHICLE_CONTROL_RESPONSE.code(), VehicleControlResponse.class,
                        in -> new VehicleControlResponse(in.u16("response serial"), report(in)),
                        (b, out) -> report(b.location(), out.u16("responseSerial", b.responseSerial()))),
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
     * Reads a report that fills the rest of {@code in}: the 28 fixed bytes and the additional items.
     * In strict mode an item length that runs past the end of the body is an error; otherwise those
     * bytes are kept as a {@link io.github.jiguan.telematics.jt808.message.AdditionalItem.TrailingBytes}.
     */
    static LocationReport report(BodyReader in) {
        LocationReport base = base(in);
        if (!in.hasRemaining()) {
            return base;
        }
        int start = in.position();
        int end = in.limit();
        int wellFormed = AdditionalItemCodec.wellFormedEnd(in.buffer(), start, end);
        if (in.strict() && wellFormed != end) {
            throw in.invalid("additional items", "item length runs past the end of the body", wellFormed, end);
        }
        List<AdditionalItem> items = AdditionalItemCodec.decode(in.buffer(), start, end);
        in.advance(end - start);
        return base.withItems(items);
    }

    /** Reads the 28 fixed bytes only (the location inside 0x0801 and 0x0802 has no items). */
    static LocationReport base(BodyReader in) {
        in.require("location", LocationReport.BASE_LENGTH);
        int alarm = in.i32("alarm");
        int status = in.i32("status");
        int lat = in.i32("latitude");
        int lon = in.i32("longitude");
        int alt = in.u16("altitude");
        int speed = in.u16("speed");
        int dir = in.u16("direction");
        BcdTime time = BcdTime.fromPacked(in.bcdPacked("time", 6));
        return new LocationReport(alarm, status, lat, lon, alt, speed, dir, time, List.of());
    }

    /** Writes the 28 fixed bytes and the items. */
    static void report(LocationReport r, BodyWriter out) {
        base(r, out);
        AdditionalItemCodec.encode(r.items(), out);
    }

    /** Writes the 28 fixed bytes only. */
    static void base(LocationReport r, BodyWriter out) {
        out.i32(r.alarmBits()).i32(r.statusBits()).i32(r.latitudeMicro()).i32(r.longitudeMicro());
        out.u16("altitude", r.altitudeM()).u16("speed", r.speedTenths()).u16("direction", r.direction());
        out.time(r.bcdTime());
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
            reports.add(report(in.slice("location", in.u16("location length"))));
        }
        return new BatchLocationUpload(count, type, reports);
    }

    private static void batch(BatchLocationUpload b, BodyWriter out) {
        out.u16("count", b.count()).u8("type", b.type());
        for (LocationReport r : b.locations()) {
            BodyWriter one = new BodyWriter(out.version());
            report(r, one);
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
