package io.github.jiguan.standards.fuel;

import io.github.jiguan.core.finding.Coverage;
import io.github.jiguan.core.finding.Finding;
import io.github.jiguan.core.finding.Language;
import io.github.jiguan.standards.vehicle.VehicleEvidence;
import io.github.jiguan.standards.vehicle.VehicleFindingType;
import java.time.YearMonth;

import io.github.jiguan.core.ChinaTime;
import io.github.jiguan.core.InvalidValueException;
import io.github.jiguan.core.fleet.FuelRecord;
import io.github.jiguan.core.fleet.Plate;
import io.github.jiguan.core.fleet.Vehicle;
import io.github.jiguan.core.fleet.VehicleCategory;
import io.github.jiguan.standards.vehicle.VehicleConfigurationStandard;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FuelDisclosureTest {

    static Vehicle vehicle(String id) {
        return Vehicle.builder(id, Plate.of("冀H1234" + id.charAt(id.length() - 1)), "A01", VehicleCategory.GENERAL).build();
    }

    static FuelRecord fuel(String vehicle, String time, String litres, String yuan, String odometer) {
        return new FuelRecord(vehicle, OffsetDateTime.parse(time).toInstant(), new BigDecimal(litres), new BigDecimal(yuan),
                odometer == null ? null : new BigDecimal(odometer));
    }

    static FuelDisclosureReport disclose(FuelAnomalyPolicy policy, List<Vehicle> fleet, List<FuelRecord> records) {
        return new FuelDisclosure(VehicleConfigurationStandard.national(), policy, ChinaTime.ZONE)
                .compute(fleet, records, OdometerDistance.from(records, ChinaTime.ZONE));
    }

    @Test
    void theOdometerGivesTheMonthsDistanceFromTheLastReadingBeforeIt() {
        List<FuelRecord> records = List.of(
                fuel("V1", "2025-05-28T10:00:00+08:00", "40", "300", "10000"),
                fuel("V1", "2025-06-10T10:00:00+08:00", "30", "225.50", "10400"),
                fuel("V1", "2025-06-25T10:00:00+08:00", "30", "226", "10800"));
        FuelDisclosureReport r = disclose(FuelAnomalyPolicy.DEFAULT, List.of(vehicle("V1")), records);
        DisclosureRow june = r.rows().get(1);
        assertEquals(YearMonth.of(2025, 6), june.month());
        assertEquals(2, june.refuels());
        assertEquals(new BigDecimal("60"), june.litres());
        assertEquals(new BigDecimal("451.50"), june.amountYuan());
        assertEquals(new BigDecimal("800"), june.distanceKm());
        assertEquals("odometer", june.distanceSource());
        assertEquals(new BigDecimal("7.50"), june.litresPer100Km());
        DisclosureRow may = r.rows().get(0);
        assertTrue(may.distance().isEmpty());
        assertEquals("本月仅一次里程读数且无此前读数", may.note());
    }

    @Test
    void withoutAnEarlierReadingTheFirstRefuellingOfTheMonthIsNotCountedInTheRate() {
        List<FuelRecord> records = List.of(
                fuel("V1", "2025-06-01T10:00:00+08:00", "50", "380", "10000"),
                fuel("V1", "2025-06-20T10:00:00+08:00", "40", "300", "10500"));
        DisclosureRow row = disclose(FuelAnomalyPolicy.DEFAULT, List.of(vehicle("V1")), records).rows().get(0);
        assertEquals(new BigDecimal("90"), row.litres());
        assertEquals(new BigDecimal("500"), row.distanceKm());
        assertEquals(new BigDecimal("8.00"), row.litresPer100Km(), "40 L over 500 km");
    }

    @Test
    void anOdometerThatGoesBackwardsGivesNoDistanceAndSaysWhy() {
        List<FuelRecord> records = List.of(
                fuel("V1", "2025-06-01T10:00:00+08:00", "50", "380", "10000"),
                fuel("V1", "2025-06-20T10:00:00+08:00", "40", "300", "9000"));
        DisclosureRow row = disclose(FuelAnomalyPolicy.DEFAULT, List.of(vehicle("V1")), records).rows().get(0);
        assertTrue(row.rate().isEmpty());
        assertTrue(row.note().startsWith("里程表读数回退"), row.note());
    }

    @Test
    void tripDistancesArePreferredWhereGivenAndTheOdometerElsewhere() {
        List<FuelRecord> records = List.of(
                fuel("V1", "2025-05-31T23:30:00+08:00", "40", "300", "10000"),
                fuel("V1", "2025-06-30T10:00:00+08:00", "40", "300", "10500"),
                fuel("V2", "2025-05-31T10:00:00+08:00", "40", "300", "20000"),
                fuel("V2", "2025-06-30T10:00:00+08:00", "40", "300", "20400"));
        DistanceSource trips = TripDistance.builder().add("V1", YearMonth.of(2025, 6), new BigDecimal("300"))
                .add("V1", YearMonth.of(2025, 6), new BigDecimal("200.5")).build();
        FuelDisclosureReport r = FuelDisclosure.national().compute(List.of(vehicle("V1"), vehicle("V2")), records,
                trips.orElse(OdometerDistance.from(records, ChinaTime.ZONE)));
        DisclosureRow v1 = r.rows().stream().filter(x -> x.vehicleId().equals("V1") && x.month().getMonthValue() == 6).findFirst().orElseThrow();
        assertEquals("trips", v1.distanceSource());
        assertEquals(new BigDecimal("500.5"), v1.distanceKm());
        DisclosureRow v2 = r.rows().stream().filter(x -> x.vehicleId().equals("V2") && x.month().getMonthValue() == 6).findFirst().orElseThrow();
        assertEquals("odometer", v2.distanceSource());
        assertEquals(new BigDecimal("10.00"), v2.litresPer100Km());
    }

    @Test
    void monthsAreCalendarMonthsInChinaStandardTime() {
        List<FuelRecord> records = List.of(fuel("V1", "2025-06-30T17:00:00Z", "40", "300", null));
        assertEquals(YearMonth.of(2025, 7), FuelDisclosure.national().compute(List.of(vehicle("V1")), records,
                (v, m) -> java.util.Optional.empty()).rows().get(0).month());
    }

    /** Five months (January from its first refuelling) at 8 L/100 km, then a month at {@code last}. */
    static List<FuelRecord> history(String vehicle, String lastLitres) {
        List<FuelRecord> records = new ArrayList<>();
        records.add(fuel(vehicle, "2025-01-01T08:00:00+08:00", "10", "80", "0"));
        for (int m = 1; m <= 5; m++) {
            records.add(fuel(vehicle, "2025-0" + m + "-28T08:00:00+08:00", "80", "600", String.valueOf(m * 1000)));
        }
        records.add(fuel(vehicle, "2025-06-28T08:00:00+08:00", lastLitres, "600", "6000"));
        return records;
    }

    @Test
    void aMonthAboveOneAndAHalfTimesTheVehiclesOwnMedianIsAnAnomalyAndAtItIsNot() {
        FuelAnomalyPolicy own = new FuelAnomalyPolicy(FuelAnomalyPolicy.Rule.OWN_HISTORY, new BigDecimal("1.5"), 3);
        FuelDisclosureReport atLimit = disclose(own, List.of(vehicle("V1")), history("V1", "120"));
        assertEquals(List.of(), atLimit.anomalies(), "12.00 L/100 km is exactly 1.5 × 8");
        FuelDisclosureReport over = disclose(own, List.of(vehicle("V1")), history("V1", "120.1"));
        assertEquals(1, over.anomalies().size());
        Finding a = over.anomalies().get(0);
        assertEquals(Coverage.month(YearMonth.of(2025, 6)), a.coverage());
        VehicleEvidence.FuelAnomaly e = a.evidence(VehicleEvidence.FuelAnomaly.class);
        assertEquals(new VehicleEvidence.Comparison(5, new BigDecimal("8.00"), new BigDecimal("12.000")),
                e.ownHistory().orElseThrow());
        assertTrue(e.categoryMedian().isEmpty());
        assertTrue(a.sentence(Language.ZH).contains("高于本车此前 5 个月中位数 8.00 L 的 1.5 倍（12 L）"),
                a.sentence(Language.ZH));
        assertEquals(VehicleFindingType.anomalyReason(e, Language.ZH), over.rows().get(over.rows().size() - 1).anomaly());
        assertTrue(over.rows().get(over.rows().size() - 1).isAnomaly());
        assertTrue(over.anomalies().get(0).rule().toString().contains("单车核算油耗并公示"));
    }

    @Test
    void aVehicleFarAboveItsCategorysMedianIsAnAnomaly() {
        List<Vehicle> fleet = List.of(vehicle("V1"), vehicle("V2"), vehicle("V3"), vehicle("V4"));
        List<FuelRecord> records = new ArrayList<>();
        String[] litres = {"40", "40", "44", "70"};
        for (int i = 0; i < 4; i++) {
            records.add(fuel("V" + (i + 1), "2025-05-31T08:00:00+08:00", "40", "300", "1000"));
            records.add(fuel("V" + (i + 1), "2025-06-30T08:00:00+08:00", litres[i], "300", "1500"));
        }
        FuelAnomalyPolicy peers = new FuelAnomalyPolicy(FuelAnomalyPolicy.Rule.CATEGORY_MEDIAN, new BigDecimal("1.5"), 3);
        FuelDisclosureReport r = disclose(peers, fleet, records);
        assertEquals(List.of("V4"), r.anomalies().stream().map(f -> f.vehicleId().orElseThrow()).toList());
        FuelAnomalyPolicy both = new FuelAnomalyPolicy(FuelAnomalyPolicy.Rule.BOTH, new BigDecimal("1.5"), 3);
        assertEquals(List.of(), disclose(both, fleet, records).anomalies(), "no own history to confirm it");
        FuelAnomalyPolicy fewPeers = new FuelAnomalyPolicy(FuelAnomalyPolicy.Rule.CATEGORY_MEDIAN, new BigDecimal("1.5"), 4);
        assertEquals(List.of(), disclose(fewPeers, fleet, records).anomalies(), "3 peers are fewer than 4");
    }

    @Test
    void aPolicyFactorMustExceedOne() {
        assertThrows(InvalidValueException.class, () -> new FuelAnomalyPolicy(FuelAnomalyPolicy.Rule.EITHER, BigDecimal.ONE, 3));
    }

    @Test
    void aRecordOfAnUnknownVehicleIsRejected() {
        assertThrows(InvalidValueException.class, () -> disclose(FuelAnomalyPolicy.DEFAULT, List.of(vehicle("V1")),
                List.of(fuel("V9", "2025-06-01T08:00:00+08:00", "1", "1", null))));
    }

    @Test
    void theCsvAndThePrintablePageCarryEveryRowAndEscapeText() {
        Vehicle odd = Vehicle.builder("V<1>", Plate.of("冀H12341"), "A&B \"局\"", VehicleCategory.GENERAL).build();
        List<FuelRecord> records = List.of(fuel("V<1>", "2025-05-31T08:00:00+08:00", "40", "300", "1000"),
                fuel("V<1>", "2025-06-30T08:00:00+08:00", "40", "300.5", "1500"));
        FuelDisclosureReport r = disclose(FuelAnomalyPolicy.DEFAULT, List.of(odd), records);
        StringWriter csv = new StringWriter();
        DisclosureCsv.write(r.rows(), csv);
        String[] lines = csv.toString().split("\n");
        assertEquals(String.join(",", DisclosureCsv.HEADER), lines[0]);
        assertEquals("2025-06,V<1>,冀H·12341,\"A&B \"\"局\"\"\",GENERAL,1,40,300.5,500,odometer,8.00,,", lines[2]);
        StringWriter html = new StringWriter();
        DisclosureHtml.write(r, "某县<机关事务局> 公务用车单车油耗公示", LocalDate.of(2025, 7, 5), html);
        String page = html.toString();
        assertTrue(page.startsWith("<!DOCTYPE html>"));
        assertTrue(page.contains("<title>某县&lt;机关事务局&gt; 公务用车单车油耗公示</title>"));
        assertTrue(page.contains("<td>V&lt;1&gt;</td><td>A&amp;B &quot;局&quot;</td>"), page);
        assertTrue(page.contains("<h2>2025 年 6 月</h2>"));
        assertTrue(page.contains("公示期间：2025 年 5 月 至 2025 年 6 月"));
        assertTrue(page.contains("@media print"));
        assertFalse(page.contains("<script"));
        assertFalse(page.contains("V<1>"));
        assertEquals("&lt;&gt;&amp;&quot;&#39;", DisclosureHtml.escape("<>&\"'"));
    }
}
