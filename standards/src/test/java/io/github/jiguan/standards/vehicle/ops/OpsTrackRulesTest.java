package io.github.jiguan.standards.vehicle.ops;

import io.github.jiguan.core.fleet.AreaAssignment;
import io.github.jiguan.core.finding.Finding;
import io.github.jiguan.core.fleet.CostKind;
import io.github.jiguan.core.fleet.CostRecord;
import io.github.jiguan.core.fleet.DispatchOrder;
import io.github.jiguan.core.fleet.Vehicle;
import io.github.jiguan.core.fleet.VehicleCategory;
import io.github.jiguan.core.fleet.VehicleFile;
import io.github.jiguan.core.geo.GeoFence;
import io.github.jiguan.core.geo.GeoPoint;
import io.github.jiguan.core.geo.LocalMetric;
import io.github.jiguan.core.reconcile.AuditPeriod;
import io.github.jiguan.core.track.FleetFixes;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import static io.github.jiguan.standards.vehicle.ops.Ops.BASE;
import static io.github.jiguan.standards.vehicle.ops.Ops.at;
import static io.github.jiguan.standards.vehicle.ops.Ops.file;
import static io.github.jiguan.standards.vehicle.ops.Ops.of;
import static io.github.jiguan.standards.vehicle.ops.Ops.run;
import static io.github.jiguan.standards.vehicle.ops.Ops.vehicle;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The rules on trajectories: areas, parking, idle spells, terminals and the per-trip costs, on both sides of each threshold. */
class OpsTrackRulesTest {

    private static final AuditPeriod FEB = AuditPeriod.of(LocalDate.of(2025, 2, 1), LocalDate.of(2025, 3, 1));

    private static GeoPoint north(double metres) {
        return GeoPoint.of(BASE.latitude() + metres / LocalMetric.METRES_PER_DEGREE, BASE.longitude());
    }

    private static AreaAssignment unitArea(String id, AreaAssignment.Purpose purpose, GeoFence fence) {
        return new AreaAssignment(id, purpose, Optional.of("A01"), Optional.empty(), fence);
    }

    @Test
    void anEnforcementVehicleLeavingItsAreaIsReportedAndOneStayingInsideIsNot() {
        Vehicle far = vehicle("V1", "冀H12341", VehicleCategory.LAW_ENFORCEMENT);
        Vehicle near = vehicle("V2", "冀H12342", VehicleCategory.LAW_ENFORCEMENT);
        Vehicle general = vehicle("V3", "冀H12343", VehicleCategory.GENERAL);
        FleetFixes fixes = new FleetFixes();
        Drive.of(fixes, far, at("2025-02-03T09:00"), BASE).park(60).drive(3000, 0, 10).park(30).drive(-3000, 0, 10).park(60);
        Drive.of(fixes, near, at("2025-02-03T09:00"), BASE).park(60).drive(1500, 0, 5).park(30).drive(-1500, 0, 5).park(60);
        Drive.of(fixes, general, at("2025-02-03T09:00"), BASE).park(60).drive(3000, 0, 10).park(30).drive(-3000, 0, 10).park(60);
        OperationsReport r = run(OperationsData.of(List.of(far, near, general))
                .withAreas(List.of(unitArea("Z1", AreaAssignment.Purpose.ENFORCEMENT, GeoFence.circle(BASE, 2000))))
                .withFixes(fixes, FEB));
        List<Finding> exits = of(r, OpsFindingType.AREA_EXIT);
        assertEquals(List.of("V1"), exits.stream().map(f -> f.vehicleId().orElseThrow()).toList());
        assertEquals(1000, exits.get(0).evidence(OpsEvidence.OutsideArea.class).maxMetresOutside(), 5);
    }

    @Test
    void standingFiftyFiveMetresOutsideTheParkingPlaceWithoutAnOrderIsReportedAndFortyFiveIsNot() {
        Vehicle over = vehicle("V1");
        Vehicle under = vehicle("V2");
        Vehicle ordered = vehicle("V3");
        FleetFixes fixes = new FleetFixes();
        Drive.of(fixes, over, at("2025-02-03T09:00"), BASE).park(60).drive(85, 0, 1).park(120);
        Drive.of(fixes, under, at("2025-02-03T09:00"), BASE).park(60).drive(75, 0, 1).park(120);
        Drive.of(fixes, ordered, at("2025-02-03T09:00"), BASE).park(60).drive(5000, 0, 10).park(60).drive(-5000, 0, 10).park(60);
        DispatchOrder o = DispatchOrder.builder("O1", "V3", at("2025-02-03T08:00"), at("2025-02-03T10:00"),
                at("2025-02-03T11:30")).build();
        OperationsReport r = run(OperationsData.of(List.of(over, under, ordered)).withOrders(List.of(o))
                .withAreas(List.of(unitArea("P1", AreaAssignment.Purpose.PARKING, GeoFence.circle(BASE, 30))))
                .withFixes(fixes, FEB));
        List<Finding> left = of(r, OpsFindingType.LEFT_PARKING_WITHOUT_ORDER);
        assertEquals(List.of("V1"), left.stream().map(f -> f.vehicleId().orElseThrow()).toList());
        assertEquals(55, left.get(0).evidence(OpsEvidence.OutsideArea.class).maxMetresOutside(), 1);
    }

    @Test
    void aVehicleIdleForNinetyDaysIsADisposalCandidateAndEightyNineIsNot() {
        Vehicle idle = vehicle("V1");
        Vehicle shorter = vehicle("V2");
        AuditPeriod days = AuditPeriod.of(LocalDate.of(2024, 12, 1), LocalDate.of(2025, 3, 2));
        FleetFixes fixes = new FleetFixes();
        Drive.of(fixes, idle, at("2024-12-01T00:05"), BASE).park(91 * 24 * 60);
        Drive.of(fixes, shorter, at("2024-12-01T00:05"), BASE).park(60).drive(3000, 0, 10).park(60).drive(-3000, 0, 10)
                .park(91 * 24 * 60);
        OperationsReport r = VehicleOperations.national().run(OperationsData.of(List.of(idle, shorter))
                .withFixes(fixes, days), LocalDate.of(2025, 2, 28));
        List<Finding> f = of(r, OpsFindingType.DISPOSAL_CANDIDATE);
        assertEquals(List.of("V1"), f.stream().map(x -> x.vehicleId().orElseThrow()).toList());
        assertEquals(90, f.get(0).evidence(OpsEvidence.DisposalCandidate.class).longestIdleDays());
    }

    @Test
    void ageAndRepairsAboveHalfTheValueMakeADisposalCandidateEachOnItsThreshold() {
        VehicleFile old = registered("V1", LocalDate.of(2017, 3, 1));
        VehicleFile young = registered("V2", LocalDate.of(2017, 3, 2));
        List<CostRecord> repairs = List.of(Ops.cost("C1", "V3", CostKind.REPAIR, "2024-06-01T10:00", "75000.01", "城关修理厂"),
                Ops.cost("C2", "V4", CostKind.REPAIR, "2024-06-01T10:00", "75000", "城关修理厂"),
                Ops.cost("C3", "V4", CostKind.REPAIR, "2024-03-01T10:00", "9000", "城关修理厂"));
        OperationsReport r = run(OperationsData.of(List.of(vehicle("V1"), vehicle("V2"), vehicle("V3"), vehicle("V4")))
                .withFiles(List.of(old, young, file("V3"), file("V4"))).withCosts(repairs));
        List<Finding> f = of(r, OpsFindingType.DISPOSAL_CANDIDATE);
        assertEquals(List.of("V1", "V3"), f.stream().map(x -> x.vehicleId().orElseThrow()).toList());
        assertEquals(List.of(OpsEvidence.DisposalReason.AGE), f.get(0).evidence(OpsEvidence.DisposalCandidate.class).reasons());
        assertEquals(List.of(OpsEvidence.DisposalReason.REPAIRS), f.get(1).evidence(OpsEvidence.DisposalCandidate.class).reasons());
    }

    private static VehicleFile registered(String id, LocalDate day) {
        VehicleFile f = file(id);
        return new VehicleFile(id, f.approval(), Optional.of(day), f.insuranceExpiry(), f.inspectionExpiry(),
                f.designatedGarage(), f.designatedStation(), f.markingPhotos(), f.terminalInstalled(), f.terminalChecked(),
                f.valueYuan(), f.disposed());
    }

    private static VehicleFile checked(String id, LocalDate day) {
        VehicleFile f = file(id);
        return new VehicleFile(id, f.approval(), f.registered(), f.insuranceExpiry(), f.inspectionExpiry(),
                f.designatedGarage(), f.designatedStation(), f.markingPhotos(), f.terminalInstalled(), Optional.of(day),
                f.valueYuan(), f.disposed());
    }

    @Test
    void aTerminalOfflineEightDaysIsListedForMaintenanceAndSevenIsNotAndTheRankingPutsItFirst() {
        Vehicle eight = vehicle("V1");
        Vehicle seven = vehicle("V2");
        AuditPeriod days = AuditPeriod.of(LocalDate.of(2025, 2, 1), LocalDate.of(2025, 2, 21));
        FleetFixes fixes = new FleetFixes();
        Drive.of(fixes, eight, at("2025-02-01T00:05"), BASE).park(12 * 24 * 60 - 10);
        Drive.of(fixes, seven, at("2025-02-01T00:05"), BASE).park(13 * 24 * 60 - 10);
        OperationsReport r = VehicleOperations.national().run(OperationsData.of(List.of(eight, seven))
                .withFiles(List.of(checked("V1", LocalDate.of(2024, 8, 19)), checked("V2", LocalDate.of(2024, 8, 20))))
                .withFixes(fixes, days), LocalDate.of(2025, 2, 20));
        assertEquals(List.of("V1"), of(r, OpsFindingType.TERMINAL_MAINTENANCE).stream()
                .map(x -> x.vehicleId().orElseThrow()).toList());
        assertEquals(List.of("V1:8", "V2:7"), r.terminals().stream().map(t -> t.vehicleId() + ":" + t.offlineDays()).toList());
        assertEquals(List.of(new OperationsReport.UnitTerminals("A01", 2, 15, 40)), r.terminalUnits());
        assertEquals(new BigDecimal("0.3750"), r.terminalUnits().get(0).offlineRate());
        List<Finding> overdue = of(r, OpsFindingType.TERMINAL_CHECK_OVERDUE);
        assertEquals(List.of("V1"), overdue.stream().map(x -> x.vehicleId().orElseThrow()).toList());
        assertEquals(Optional.of(LocalDate.of(2025, 2, 19)), overdue.get(0).evidence(OpsEvidence.TerminalCheck.class).due());
    }

    @Test
    void everyPerTripCostIsAttachedToATripOrReportedWithTheReason() {
        Vehicle v = vehicle("V1");
        FleetFixes fixes = new FleetFixes();
        Drive.of(fixes, v, at("2025-02-03T08:00"), BASE).park(60).drive(20_000, 0, 30).park(120).drive(-20_000, 0, 30).park(600);
        DispatchOrder o1 = DispatchOrder.builder("O1", "V1", at("2025-02-02T17:00"), at("2025-02-03T09:00"),
                at("2025-02-03T12:30")).driver("D1").purpose("调研").build();
        DispatchOrder o2 = DispatchOrder.builder("O2", "V1", at("2025-02-02T17:00"), at("2025-02-05T09:00"),
                at("2025-02-05T12:00")).build();
        List<CostRecord> costs = List.of(Ops.cost("T1", "V1", CostKind.TOLL, "2025-02-03T09:20", "15", "石家庄收费站"),
                new CostRecord("A1", "V1", CostKind.ALLOWANCE, at("2025-02-03T18:00"), new BigDecimal("60"), "",
                        Optional.of("O1"), Optional.of("D1")),
                Ops.cost("F1", "V1", CostKind.FUEL, "2025-02-03T16:00", "280", "中石化城关站"),
                new CostRecord("T2", "V1", CostKind.TOLL, at("2025-02-03T09:30"), BigDecimal.TEN, "", Optional.of("O9"),
                        Optional.empty()),
                new CostRecord("P1", "V1", CostKind.PARKING, at("2025-02-05T10:00"), BigDecimal.TEN, "", Optional.of("O2"),
                        Optional.empty()),
                Ops.cost("R1", "V1", CostKind.REPAIR, "2025-02-04T10:00", "900", "城关修理厂"));
        OperationsReport r = run(OperationsData.of(List.of(v)).withOrders(List.of(o1, o2)).withCosts(costs)
                .withFixes(fixes, FEB));
        List<OperationsReport.TripCost> trips = r.tripCosts().stream().filter(t -> t.trip().isPresent()).toList();
        assertEquals(2, trips.size());
        assertEquals(Map.of(CostKind.TOLL, new BigDecimal("15")), trips.get(0).amounts());
        // The allowance names O1 and goes to the nearest of its trips, the return.
        assertEquals(Map.of(CostKind.ALLOWANCE, new BigDecimal("60")), trips.get(1).amounts());
        assertEquals(Optional.of("D1"), trips.get(0).driverId());
        assertEquals("O1", trips.get(1).order().orElseThrow().orderId());
        List<String> unattached = of(r, OpsFindingType.COST_UNATTACHED).stream().map(f -> {
            OpsEvidence.CostUnattached e = f.evidence(OpsEvidence.CostUnattached.class);
            return e.costId() + ":" + e.reason();
        }).toList();
        assertEquals(List.of("T2:UNKNOWN_ORDER", "F1:NO_TRIP", "P1:ORDER_WITHOUT_TRIP"), unattached);
        assertEquals(3, r.tripCosts().stream().filter(t -> t.unattached().isPresent()).count());
    }

    @Test
    void aCostJustOutsideTheToleranceOfATripIsNotAttachedAndJustInsideIs() {
        Vehicle v = vehicle("V1");
        FleetFixes fixes = new FleetFixes();
        Drive.of(fixes, v, at("2025-02-03T08:00"), BASE).park(60).drive(20_000, 0, 30).park(600);
        // The trip ends at the first fix of the next stop, 09:30; the tolerance is 30 minutes.
        List<CostRecord> costs = List.of(Ops.cost("T1", "V1", CostKind.TOLL, "2025-02-03T10:00", "15", ""),
                Ops.cost("T2", "V1", CostKind.TOLL, "2025-02-03T10:00:01", "15", ""));
        OperationsReport r = run(OperationsData.of(List.of(v)).withCosts(costs).withFixes(fixes, FEB));
        assertEquals(List.of("T1"), r.tripCosts().get(0).costIds());
        assertEquals(List.of("T2"), of(r, OpsFindingType.COST_UNATTACHED).stream()
                .map(f -> f.evidence(OpsEvidence.CostUnattached.class).costId()).toList());
    }
}
