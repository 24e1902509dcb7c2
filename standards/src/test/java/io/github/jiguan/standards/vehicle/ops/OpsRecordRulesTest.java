package io.github.jiguan.standards.vehicle.ops;

import io.github.jiguan.core.finding.Finding;
import io.github.jiguan.core.finding.Language;
import io.github.jiguan.core.fleet.CostKind;
import io.github.jiguan.core.fleet.DispatchOrder;
import io.github.jiguan.core.fleet.Driver;
import io.github.jiguan.core.fleet.DriverEmployment;
import io.github.jiguan.core.fleet.MarkingChange;
import io.github.jiguan.core.fleet.MarkingState;
import io.github.jiguan.core.fleet.RentalContract;
import io.github.jiguan.core.fleet.VehicleFile;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import static io.github.jiguan.standards.vehicle.ops.Ops.AS_OF;
import static io.github.jiguan.standards.vehicle.ops.Ops.at;
import static io.github.jiguan.standards.vehicle.ops.Ops.file;
import static io.github.jiguan.standards.vehicle.ops.Ops.of;
import static io.github.jiguan.standards.vehicle.ops.Ops.run;
import static io.github.jiguan.standards.vehicle.ops.Ops.vehicle;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The rules on records alone: the file, drivers, rentals and marking, each on both sides of its threshold. */
class OpsRecordRulesTest {

    private static VehicleFile withExpiries(String id, LocalDate insurance, LocalDate inspection) {
        VehicleFile f = file(id);
        return new VehicleFile(id, f.approval(), f.registered(), Optional.of(insurance), Optional.of(inspection),
                f.designatedGarage(), f.designatedStation(), f.markingPhotos(), f.terminalInstalled(), f.terminalChecked(),
                f.valueYuan(), f.disposed());
    }

    @Test
    void aCompleteFileGivesNothingAndAMissingItemOrFileIsReportedPerVehicleAndPerUnit() {
        VehicleFile noGarage = new VehicleFile("V2", file("V2").approval(), file("V2").registered(),
                file("V2").insuranceExpiry(), file("V2").inspectionExpiry(), Optional.of(" "), file("V2").designatedStation(),
                Optional.empty(), file("V2").terminalInstalled(), file("V2").terminalChecked(), Optional.empty(), Optional.empty());
        OperationsReport r = run(OperationsData.of(List.of(vehicle("V1"), vehicle("V2"), vehicle("V3")))
                .withFiles(List.of(file("V1"), noGarage)));
        List<Finding> f = of(r, OpsFindingType.DOSSIER_INCOMPLETE);
        assertEquals(List.of("V2", "V3"), f.stream().map(x -> x.vehicleId().orElseThrow()).toList());
        assertEquals(List.of(DossierItem.DESIGNATED_GARAGE, DossierItem.MARKING_PHOTOS),
                f.get(0).evidence(OpsEvidence.DossierIncomplete.class).missing());
        assertTrue(f.get(1).evidence(OpsEvidence.DossierIncomplete.class).noFile());
        Finding unit = of(r, OpsFindingType.UNIT_DOSSIERS_INCOMPLETE).get(0);
        assertEquals(new OpsEvidence.UnitDossiers(3, List.of("V2", "V3")), unit.evidence(OpsEvidence.UnitDossiers.class));
        assertEquals(List.of(new OperationsReport.UnitCompleteness("A01", 3, List.of("V2", "V3"))), r.dossiers());
        assertTrue(f.get(0).rule().provisional());
    }

    @Test
    void anExpiryIsReportedOnceInsideTheWarningDaysAndAsExpiredTheDayAfter() {
        OperationsReport r = run(OperationsData.of(List.of(vehicle("V1"), vehicle("V2"), vehicle("V3"), vehicle("V4")))
                .withFiles(List.of(withExpiries("V1", AS_OF.plusDays(31), AS_OF.plusDays(30)),
                        withExpiries("V2", AS_OF, AS_OF.minusDays(1)), file("V3"), file("V4"))));
        List<Finding> expiring = of(r, OpsFindingType.DOCUMENT_EXPIRING);
        assertEquals(List.of("V1:INSPECTION:30", "V2:INSURANCE:0"), expiring.stream().map(f -> f.vehicleId().orElseThrow()
                + ":" + f.evidence(OpsEvidence.Expiry.class).document() + ":" + f.evidence(OpsEvidence.Expiry.class).days()).toList());
        List<Finding> expired = of(r, OpsFindingType.DOCUMENT_EXPIRED);
        assertEquals(1, expired.size());
        assertEquals(-1, expired.get(0).evidence(OpsEvidence.Expiry.class).days());
    }

    @Test
    void refuellingAndRepairElsewhereThanTheDesignatedPlaceAreReported() {
        OperationsReport r = run(OperationsData.of(List.of(vehicle("V1"))).withFiles(List.of(file("V1")))
                .withCosts(List.of(Ops.cost("C1", "V1", CostKind.FUEL, "2025-02-03T10:00", "300", "中石化城关站"),
                        Ops.cost("C2", "V1", CostKind.FUEL, "2025-02-04T10:00", "310", "某民营加油站"),
                        Ops.cost("C3", "V1", CostKind.REPAIR, "2025-02-05T10:00", "1200", "城关修理厂"),
                        Ops.cost("C4", "V1", CostKind.REPAIR, "2025-02-06T10:00", "2400", "路边快修"),
                        Ops.cost("C5", "V1", CostKind.TOLL, "2025-02-06T10:00", "20", "京港澳高速"))));
        assertEquals(List.of("C2"), of(r, OpsFindingType.FUEL_OFF_DESIGNATED).stream()
                .map(f -> f.evidence(OpsEvidence.OffDesignated.class).costId()).toList());
        assertEquals(List.of("C4"), of(r, OpsFindingType.REPAIR_OFF_DESIGNATED).stream()
                .map(f -> f.evidence(OpsEvidence.OffDesignated.class).costId()).toList());
    }

    @Test
    void aSecondedDriverAndATripOnAnExpiredLicenceAreFindingsAndALicenceIsValidOnItsLastDay() {
        Driver seconded = new Driver("D1", "张三", "A01", "", DriverEmployment.SECONDED, "C1", Optional.empty(), Optional.empty());
        Driver staff = new Driver("D2", "李四", "A01", "", DriverEmployment.STAFF, "C1",
                Optional.of(LocalDate.of(2025, 2, 10)), Optional.empty());
        DispatchOrder onLastDay = DispatchOrder.builder("O1", "V1", at("2025-02-10T08:00"), at("2025-02-10T09:00"),
                at("2025-02-10T11:00")).driver("D2").build();
        DispatchOrder dayAfter = DispatchOrder.builder("O2", "V1", at("2025-02-11T08:00"), at("2025-02-11T09:00"),
                at("2025-02-11T11:00")).driver("D2").build();
        DispatchOrder unknown = DispatchOrder.builder("O3", "V1", at("2025-02-12T08:00"), at("2025-02-12T09:00"),
                at("2025-02-12T11:00")).driver("D9").build();
        OperationsReport r = run(OperationsData.of(List.of(vehicle("V1"))).withDrivers(List.of(seconded, staff))
                .withOrders(List.of(onLastDay, dayAfter, unknown)));
        assertEquals(List.of("D1"), of(r, OpsFindingType.DRIVER_SECONDED).stream()
                .map(f -> f.subjects().personId().orElseThrow()).toList());
        List<Finding> licence = of(r, OpsFindingType.LICENCE_EXPIRED_TRIP);
        assertEquals(List.of("O2"), licence.stream().map(f -> f.orderId().orElseThrow()).toList());
        assertEquals(1, licence.get(0).evidence(OpsEvidence.LicenceExpired.class).daysExpired());
        assertEquals(List.of("O3"), of(r, OpsFindingType.DRIVER_NOT_IN_ROSTER).stream()
                .map(f -> f.orderId().orElseThrow()).toList());
    }

    @Test
    void aRentalNeedsAnApprovalAStaysWithinItsCeilingAndItsVehicleInTheRegister() {
        LocalDate day = LocalDate.of(2025, 2, 1);
        RentalContract ok = new RentalContract("R1", "A01", "V1", "某租赁公司", day, day.plusDays(9), new BigDecimal("5000"),
                Optional.of(new BigDecimal("5000")), Optional.of("冀车审〔2025〕3号"));
        RentalContract bad = new RentalContract("R2", "A01", "V9", "某租赁公司", day, day.plusDays(9),
                new BigDecimal("5000.01"), Optional.of(new BigDecimal("5000")), Optional.empty());
        OperationsReport r = run(OperationsData.of(List.of(vehicle("V1"))).withRentals(List.of(ok, bad)));
        assertEquals(List.of("R2"), of(r, OpsFindingType.RENTAL_UNAPPROVED).stream()
                .map(f -> f.evidence(OpsEvidence.Rental.class).contractId()).toList());
        assertEquals(List.of("R2"), of(r, OpsFindingType.RENTAL_OVER_CEILING).stream()
                .map(f -> f.evidence(OpsEvidence.Rental.class).contractId()).toList());
        assertEquals(List.of("V9"), of(r, OpsFindingType.RENTAL_NOT_IN_REGISTER).stream()
                .map(f -> f.vehicleId().orElseThrow()).toList());
    }

    @Test
    void oldAndNewMarkingsAtOnceAreReportedForTheirSpan() {
        List<MarkingChange> history = List.of(new MarkingChange("V1", LocalDate.of(2024, 6, 10), MarkingState.OLD),
                new MarkingChange("V1", LocalDate.of(2025, 1, 1), MarkingState.BOTH),
                new MarkingChange("V1", LocalDate.of(2025, 1, 20), MarkingState.NEW),
                new MarkingChange("V2", LocalDate.of(2024, 6, 10), MarkingState.BOTH));
        OperationsReport r = run(OperationsData.of(List.of(vehicle("V1"), vehicle("V2"))).withMarkings(history));
        List<Finding> both = of(r, OpsFindingType.MARKING_BOTH);
        assertEquals(List.of(new OpsEvidence.BothMarkings(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 19), 19),
                new OpsEvidence.BothMarkings(LocalDate.of(2024, 6, 10), AS_OF, 265)),
                both.stream().map(f -> f.evidence(OpsEvidence.BothMarkings.class)).toList());
    }

    @Test
    void aVehicleMustBeMarkedWithinFifteenDaysOfRegistrationUnlessExempt() {
        LocalDate registered = LocalDate.of(2024, 6, 1);
        List<MarkingChange> history = List.of(new MarkingChange("V1", registered.plusDays(15), MarkingState.NEW),
                new MarkingChange("V2", registered.plusDays(16), MarkingState.NEW),
                new MarkingChange("V4", registered, MarkingState.EXEMPT));
        OperationsReport r = run(OperationsData.of(List.of(vehicle("V1"), vehicle("V2"), vehicle("V3"), vehicle("V4")))
                .withFiles(List.of(file("V1"), file("V2"), file("V3"), file("V4"))).withMarkings(history));
        List<Finding> late = of(r, OpsFindingType.MARKING_LATE);
        assertEquals(List.of("V2", "V3"), late.stream().map(f -> f.vehicleId().orElseThrow()).toList());
        assertEquals(Optional.of(registered.plusDays(16)), late.get(0).evidence(OpsEvidence.MarkingLate.class).markedOn());
        assertEquals(Optional.empty(), late.get(1).evidence(OpsEvidence.MarkingLate.class).markedOn());
        assertTrue(late.get(1).sentence(Language.ZH).contains("至今未标识"), late.get(1).sentence(Language.ZH));
    }
}
