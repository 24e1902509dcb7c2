package io.github.jiguan.standards.vehicle.ops;

import io.github.jiguan.core.finding.Citation;
import io.github.jiguan.core.finding.Coverage;
import io.github.jiguan.core.finding.Evidence;
import io.github.jiguan.core.finding.Finding;
import io.github.jiguan.core.finding.Subjects;
import io.github.jiguan.core.fleet.CostKind;
import io.github.jiguan.core.fleet.DriverEmployment;
import io.github.jiguan.core.fleet.MarkingState;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import static io.github.jiguan.standards.vehicle.ops.Ops.at;

/** One finding of every type, with fixed evidence, for the sentence and writer tests. */
final class OpsSamples {

    private static final Citation RULE = Citation.of("党政机关公务用车管理办法", "中办发〔2017〕71号", "使用管理", "样例");
    private static final Subjects CAR = Subjects.none().withVehicle("V1", "冀H12345").withAgency("A01");
    private static final LocalDate DAY = LocalDate.of(2025, 3, 1);

    private OpsSamples() {
    }

    static Map<OpsFindingType, Finding> all() {
        Map<OpsFindingType, Finding> m = new EnumMap<>(OpsFindingType.class);
        OpsEvidence.Rental rental = new OpsEvidence.Rental("R2", "某租赁公司", LocalDate.of(2025, 2, 1),
                LocalDate.of(2025, 2, 10), new BigDecimal("5000.01"), Optional.of(new BigDecimal("5000")), Optional.empty());
        OpsEvidence.OutsideArea outside = new OpsEvidence.OutsideArea(List.of("Z1"), at("2025-02-03T10:05"),
                at("2025-02-03T10:40"), 71, 1000.4, 0);
        put(m, OpsFindingType.DOSSIER_INCOMPLETE, CAR, new OpsEvidence.DossierIncomplete(
                List.of(DossierItem.DESIGNATED_GARAGE, DossierItem.MARKING_PHOTOS), false));
        put(m, OpsFindingType.UNIT_DOSSIERS_INCOMPLETE, Subjects.none().withAgency("A01"),
                new OpsEvidence.UnitDossiers(3, List.of("V2", "V3")));
        put(m, OpsFindingType.DOCUMENT_EXPIRED, CAR, new OpsEvidence.Expiry(OpsEvidence.Document.INSPECTION,
                DAY.minusDays(1), DAY, -1, 30));
        put(m, OpsFindingType.DOCUMENT_EXPIRING, CAR, new OpsEvidence.Expiry(OpsEvidence.Document.INSURANCE,
                DAY.plusDays(30), DAY, 30, 30));
        put(m, OpsFindingType.FUEL_OFF_DESIGNATED, CAR, new OpsEvidence.OffDesignated("C2", CostKind.FUEL,
                at("2025-02-04T10:00"), "某民营加油站", "中石化城关站", new BigDecimal("310")));
        put(m, OpsFindingType.REPAIR_OFF_DESIGNATED, CAR, new OpsEvidence.OffDesignated("C4", CostKind.REPAIR,
                at("2025-02-06T10:00"), "路边快修", "城关修理厂", new BigDecimal("2400")));
        put(m, OpsFindingType.DRIVER_SECONDED, Subjects.none().withPerson("D1", "张三").withAgency("A01"),
                new OpsEvidence.DriverEmploymentEvidence("D1", DriverEmployment.SECONDED));
        put(m, OpsFindingType.LICENCE_EXPIRED_TRIP, CAR.withOrder("O2").withPerson("D2", "李四"),
                new OpsEvidence.LicenceExpired("D2", "C1", LocalDate.of(2025, 2, 10), at("2025-02-11T09:00"), 1));
        put(m, OpsFindingType.DRIVER_NOT_IN_ROSTER, CAR.withOrder("O3"), new OpsEvidence.UnknownDriver("D9"));
        put(m, OpsFindingType.RENTAL_UNAPPROVED, CAR, rental);
        put(m, OpsFindingType.RENTAL_OVER_CEILING, CAR, rental);
        put(m, OpsFindingType.RENTAL_NOT_IN_REGISTER, CAR, rental);
        put(m, OpsFindingType.MARKING_BOTH, CAR, new OpsEvidence.BothMarkings(LocalDate.of(2025, 1, 1),
                LocalDate.of(2025, 1, 19), 19));
        put(m, OpsFindingType.MARKING_LATE, CAR, new OpsEvidence.MarkingLate(LocalDate.of(2024, 6, 1),
                LocalDate.of(2024, 6, 16), Optional.of(LocalDate.of(2024, 6, 17)), Optional.of(MarkingState.NEW), 15));
        put(m, OpsFindingType.AREA_EXIT, CAR, outside);
        put(m, OpsFindingType.LEFT_PARKING_WITHOUT_ORDER, CAR, new OpsEvidence.OutsideArea(List.of("P1"),
                at("2025-02-03T10:01"), at("2025-02-03T12:01"), 13, 55.2, 50));
        put(m, OpsFindingType.DISPOSAL_CANDIDATE, CAR, new OpsEvidence.DisposalCandidate(
                List.of(OpsEvidence.DisposalReason.IDLE, OpsEvidence.DisposalReason.AGE, OpsEvidence.DisposalReason.REPAIRS),
                95, Optional.of(LocalDate.of(2024, 11, 20)), 90, Optional.of(LocalDate.of(2017, 3, 1)),
                Optional.of(LocalDate.of(2025, 3, 1)), new BigDecimal("75000.01"), Optional.of(new BigDecimal("150000")),
                new BigDecimal("0.5")));
        put(m, OpsFindingType.TERMINAL_MAINTENANCE, CAR, new OpsEvidence.TerminalOffline(8, 20, 7,
                Optional.of(at("2025-02-12T23:55"))));
        put(m, OpsFindingType.TERMINAL_CHECK_OVERDUE, CAR, new OpsEvidence.TerminalCheck(
                Optional.of(LocalDate.of(2024, 8, 19)), Optional.of(LocalDate.of(2025, 2, 19)), 6));
        put(m, OpsFindingType.COST_RISE, CAR, new OpsEvidence.CostRise(2024, new BigDecimal("1000"),
                new BigDecimal("1210"), 1, 1, new BigDecimal("0.21"), new BigDecimal("0.2")));
        put(m, OpsFindingType.COST_UNATTACHED, CAR, new OpsEvidence.CostUnattached("F1", CostKind.FUEL,
                at("2025-02-03T16:00"), new BigDecimal("280"), Optional.empty(), OpsEvidence.Unattached.NO_TRIP));
        return m;
    }

    private static void put(Map<OpsFindingType, Finding> m, OpsFindingType type, Subjects s, Evidence e) {
        m.put(type, new Finding(type, s, Coverage.on(DAY), RULE, e));
    }
}
