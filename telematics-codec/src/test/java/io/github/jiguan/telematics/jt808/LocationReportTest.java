package io.github.jiguan.telematics.jt808;

import static io.github.jiguan.telematics.jt808.TestFrames.bench0200;
import static io.github.jiguan.telematics.jt808.TestFrames.hex;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jiguan.telematics.jt808.codec.AdditionalItemCodec;
import io.github.jiguan.telematics.jt808.message.AdditionalItem.AlarmEventId;
import io.github.jiguan.telematics.jt808.message.AdditionalItem.AnalogInputs;
import io.github.jiguan.telematics.jt808.message.AdditionalItem.AreaRouteAlarm;
import io.github.jiguan.telematics.jt808.message.AdditionalItem.CabinTemperature;
import io.github.jiguan.telematics.jt808.message.AdditionalItem.ExtendedSignals;
import io.github.jiguan.telematics.jt808.message.AdditionalItem.Fuel;
import io.github.jiguan.telematics.jt808.message.AdditionalItem.IoStatus;
import io.github.jiguan.telematics.jt808.message.AdditionalItem.Mileage;
import io.github.jiguan.telematics.jt808.message.AdditionalItem.OverspeedAlarm;
import io.github.jiguan.telematics.jt808.message.AdditionalItem.RawItem;
import io.github.jiguan.telematics.jt808.message.AdditionalItem.RecorderSpeed;
import io.github.jiguan.telematics.jt808.message.AdditionalItem.RouteDrivingTimeAlarm;
import io.github.jiguan.telematics.jt808.message.AdditionalItem.SatelliteCount;
import io.github.jiguan.telematics.jt808.message.AdditionalItem.SignalStrength;
import io.github.jiguan.telematics.jt808.message.AdditionalItem;
import io.github.jiguan.telematics.jt808.message.Alarm;
import io.github.jiguan.telematics.jt808.message.BcdTime;
import io.github.jiguan.telematics.jt808.message.LocationReport;
import io.github.jiguan.telematics.jt808.message.Octets;
import io.github.jiguan.telematics.jt808.message.StatusFlag;
import io.github.jiguan.telematics.jt808.message.VehicleSignal;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LocationReportTest {

    private static LocationReport bench() {
        return (LocationReport) Jt808Decoder.strict().decode(bench0200()).body();
    }

    @Test
    void theBenchmarkFrameGivesPositionInDegreesSpeedInKmhAndTimeAsAnInstant() {
        Jt808Message m = Jt808Decoder.strict().decode(bench0200());
        assertEquals("013912345678", m.header().phone());
        assertEquals(7, m.header().serial());
        LocationReport r = (LocationReport) m.body();
        assertEquals(40.973912, r.latitude());
        assertEquals(117.939434, r.longitude());
        assertEquals(320, r.altitudeM());
        assertEquals(65.2, r.speedKmh());
        assertEquals(87, r.direction());
        assertEquals(OffsetDateTime.parse("2025-01-06T09:21:30+08:00").toInstant(), r.time().orElseThrow());
        assertTrue(r.isAccOn());
        assertTrue(r.isPositioned());
        assertEquals(EnumSet.of(StatusFlag.ACC_ON, StatusFlag.POSITIONED), r.status());
        assertEquals(Set.of(), r.alarms());
    }

    @Test
    void everyStandardItemOfTheBenchmarkFrameIsTyped() {
        List<AdditionalItem> items = bench().items();
        assertEquals(List.of(new Mileage(12345.6), new Fuel(45.6), new RecorderSpeed(65.0), new AlarmEventId(1),
                new OverspeedAlarm(0, 0), new AreaRouteAlarm(1, 77, 0), new RouteDrivingTimeAlarm(88, 300, 1),
                new ExtendedSignals(5), new IoStatus(2), new AnalogInputs(50, 100), new SignalStrength(25),
                new SatelliteCount(14)), items);
        assertEquals(EnumSet.of(VehicleSignal.LOW_BEAM, VehicleSignal.RIGHT_TURN), ((ExtendedSignals) items.get(7)).signals());
        assertTrue(((IoStatus) items.get(8)).sleep());
        assertEquals(14, bench().item(SatelliteCount.class).orElseThrow().count());
    }

    @Test
    void southAndWestFlagsGiveNegativeCoordinates() {
        LocationReport r = LocationReport.builder().position(-33.8688, -70.6693).time(BcdTime.parse("250106092130"))
                .build();
        assertTrue(r.has(StatusFlag.SOUTH_LATITUDE));
        assertTrue(r.has(StatusFlag.WEST_LONGITUDE));
        assertEquals(33868800, r.latitudeMicro());
        assertEquals(-33.8688, r.latitude());
        assertEquals(-70.6693, r.longitude());
    }

    @Test
    void everyAlarmBitIsTyped() {
        for (Alarm a : Alarm.values()) {
            LocationReport r = LocationReport.builder().alarms(Set.of(a)).build();
            assertEquals(Set.of(a), r.alarms(), a.name());
            assertEquals(1 << a.bit(), r.alarmBits());
        }
        assertEquals(32, Alarm.values().length);
    }

    @Test
    void aTerminalWithoutFixSendsNoTimeAndItStillReEncodes() {
        LocationReport r = LocationReport.builder().build();
        assertFalse(r.time().isPresent());
        assertEquals("000000000000", r.bcdTime().digits());
    }

    @Test
    void vendorItemsAndOddValuesStayRawAndReEncodeExactly() {
        // 0xE1 vendor item, 0x01 with a 2-byte length (not a DWORD), 0x06 minus zero (0x8000)
        String items = "e103010203" + "01020001" + "06028000";
        byte[] frame = TestFrames.frame("02000029" + "013912345678" + "0001" + "00000000" + "00000003"
                + "02713658" + "07079cea" + "0140" + "028c" + "0057" + "250106092130" + items);
        Jt808Message m = Jt808Decoder.strict().decode(frame);
        List<AdditionalItem> parsed = ((LocationReport) m.body()).items();
        assertEquals(new RawItem(0xE1, Octets.fromHex("010203")), parsed.get(0));
        assertInstanceOf(RawItem.class, parsed.get(1));
        assertInstanceOf(RawItem.class, parsed.get(2));
        assertEquals(hex(frame), hex(Jt808Encoder.standard().encode(m)));
    }

    @Test
    void cabinTemperatureIsSignAndMagnitude() {
        LocationReport r = LocationReport.builder().items(List.of(new CabinTemperature(-12))).build();
        assertEquals("0602800c", hex(AdditionalItemCodec.encode(r.items())));
        assertEquals(List.of(new CabinTemperature(-12)), r.items());
    }

    @Test
    void itemsBuiltFromUnitsComeBackEqual() {
        List<AdditionalItem> items = List.of(new Mileage(1.1), new Fuel(2.2), new RecorderSpeed(3.3),
                new OverspeedAlarm(2, 9), new SatelliteCount(9));
        assertEquals(items, LocationReport.builder().items(items).build().items());
    }
}
