package io.github.jiguan.testkit.office;

import io.github.jiguan.core.office.Area;
import io.github.jiguan.core.office.AuctionResult;
import io.github.jiguan.core.office.BuildingRecord;
import io.github.jiguan.core.office.BuildingStructure;
import io.github.jiguan.core.office.BuildingUse;
import io.github.jiguan.core.office.Compound;
import io.github.jiguan.core.office.DocumentKind;
import io.github.jiguan.core.office.DocumentRecord;
import io.github.jiguan.core.office.EnergyUse;
import io.github.jiguan.core.office.Lease;
import io.github.jiguan.core.office.LeaseDirection;
import io.github.jiguan.core.office.OwnershipStatus;
import io.github.jiguan.core.office.Repair;
import io.github.jiguan.core.office.RepairKind;
import io.github.jiguan.core.office.Room;
import io.github.jiguan.core.office.RoomRecord;
import io.github.jiguan.core.office.RoomStatus;
import io.github.jiguan.core.office.RoomUse;
import io.github.jiguan.core.office.SafetyAppraisal;
import io.github.jiguan.core.office.Title;
import io.github.jiguan.core.office.UnitRecord;
import io.github.jiguan.testkit.Generator;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * Ledgers at and just past the threshold of every ledger rule. Each case is the clean
 * {@link #base base ledger} (one county, one unit with its whole file, an office building, a
 * shop-front building and a filed building, all in order) with one change that puts it on one
 * {@link Edge side} of one rule: an idle room idle for exactly the months allowed or one day
 * more, a certificate area off by exactly the tolerance or 0.01 m² more, a split repair 0.01 yuan
 * under the threshold or at it, and so on.
 *
 * <p>Dates are drawn with a day of month of at most 28, so that adding months lands on the same
 * day. Stateless; thread-safe.
 */
public final class LedgerCases {

    /** The bureau's agency id, which lets the shop fronts. */
    public static final String BUREAU = "JGSW";
    /** The one user unit of the base ledger. */
    public static final String UNIT = "U1";
    /** The county of the base ledger. */
    public static final String COUNTY = "示例县";
    /** The office building. */
    public static final String OFFICE_BUILDING = "B1";
    /** The shop-front building, let by the bureau. */
    public static final String SHOP_BUILDING = "B3";
    /** The filed building the unit uses. */
    public static final String FILED_BUILDING = "B4";

    private static final BigDecimal CENT = new BigDecimal("0.01");

    private LedgerCases() {
    }

    /** The rules that have cases, as finding type codes, each with its variants. */
    public static List<String> rules() {
        return CASES.stream().map(c -> c.rule + (c.variant.isEmpty() ? "" : "/" + c.variant)).toList();
    }

    /** Every case of every rule on both sides, as of {@code asOf} (day of month at most 28). */
    public static List<LedgerCase> all(LedgerFigures f, LocalDate asOf) {
        List<LedgerCase> out = new ArrayList<>();
        for (Spec s : CASES) {
            for (Edge e : Edge.values()) {
                out.add(s.make.apply(new Ctx(f, asOf), e));
            }
        }
        return out;
    }

    /** Any case of any rule on either side, as of a date from 2024 to 2027. */
    public static Generator<LedgerCase> any(LedgerFigures f) {
        Generator<Spec> spec = Generator.elements(CASES);
        Generator<Edge> edge = Generator.elements(Edge.values());
        return (r, size) -> {
            Spec s = spec.next(r, size);
            LocalDate asOf = LocalDate.of(r.nextInt(2024, 2028), r.nextInt(1, 13), r.nextInt(1, 29));
            return s.make.apply(new Ctx(f, asOf), edge.next(r, size));
        };
    }

    /**
     * The clean ledger as of {@code asOf}: no rule reports anything. Unit {@value #UNIT} uses room
     * R1 in the registered office building {@value #OFFICE_BUILDING} and R4 in the filed building
     * {@value #FILED_BUILDING}; {@value #SHOP_BUILDING} is a registered shop-front building; every
     * file holds the documents the figures require; appraisals are a day old.
     */
    public static LedgerBuilder base(LedgerFigures f, LocalDate asOf) {
        LedgerBuilder b = new LedgerBuilder().compound(new Compound("C1", "县委大院", COUNTY))
                .unit(new UnitRecord(UNIT, "示例局", COUNTY, Area.ofSquareMetres(100), 5));
        b.building(building(OFFICE_BUILDING, BuildingUse.OFFICE, registered(f, asOf), asOf, f));
        b.building(building(SHOP_BUILDING, BuildingUse.BUSINESS, registered(f, asOf), asOf, f));
        b.building(building(FILED_BUILDING, BuildingUse.BUSINESS, new Title(OwnershipStatus.FILED, "历史遗留", "", "",
                null, asOf.minusYears(2), asOf.minusYears(3)), asOf, f));
        b.room(room("R1", OFFICE_BUILDING, RoomStatus.IN_USE, Area.ofSquareMetres(18), null, ""));
        b.room(room("R4", FILED_BUILDING, RoomStatus.IN_USE, Area.ofSquareMetres(30), null, ""));
        int n = 0;
        for (DocumentKind k : f.unitDocuments()) {
            b.document(new DocumentRecord("DU" + n++, k, UNIT, "", "文" + n, asOf.minusYears(1), null));
        }
        for (String id : List.of(OFFICE_BUILDING, SHOP_BUILDING)) {
            for (DocumentKind k : f.registeredDocuments()) {
                b.document(new DocumentRecord("D" + id + k, k, "", id, "证" + n++, asOf.minusYears(1), null));
            }
        }
        for (DocumentKind k : f.filedDocuments()) {
            b.document(new DocumentRecord("D" + FILED_BUILDING + k, k, "", FILED_BUILDING, "备" + n++,
                    asOf.minusYears(1), null));
        }
        return b;
    }

    private static Title registered(LedgerFigures f, LocalDate asOf) {
        return new Title(OwnershipStatus.REGISTERED, "", "示例县" + f.holderContains() + "服务中心", "冀(2023)示例县不动产权第0000001号",
                Area.ofSquareMetres(1000), asOf.minusYears(2), asOf.minusYears(3));
    }

    private static BuildingRecord building(String id, BuildingUse use, Title title, LocalDate asOf, LedgerFigures f) {
        return new BuildingRecord(id, id + "楼", "C1", use, Area.ofSquareMetres(1000), BuildingStructure.MULTI_STOREY,
                asOf.getYear() - 1, title, new SafetyAppraisal(f.safeGrade(), asOf.minusDays(1)));
    }

    static RoomRecord room(String id, String building, RoomStatus status, Area area, LocalDate idleSince, String reason) {
        List<String> occupants = status == RoomStatus.IN_USE ? List.of("P" + id) : List.of();
        return new RoomRecord(new Room(id, building, UNIT, RoomUse.OFFICE, area, status, OwnershipStatus.REGISTERED,
                occupants), "1", idleSince, reason);
    }

    private static Lease leaseOut(String id, String agency, String building, LocalDate start, LocalDate end,
                                  String approval, String lot, AuctionResult result) {
        return new Lease(id, LeaseDirection.OUT, agency, building, List.of(), Area.ofSquareMetres(50), "某商户", start, end,
                new BigDecimal("12000"), approval, null, lot, result, "", false);
    }

    private static Lease leaseIn(String id, Area area, BigDecimal rent, boolean technical, LocalDate start) {
        return new Lease(id, LeaseDirection.IN, UNIT, "EXT1", List.of(), area, "某公司", start, start.plusYears(3), rent,
                "批1", null, "", null, COUNTY, technical);
    }

    private static Repair repair(String id, RepairKind kind, LocalDate start, BigDecimal cost, String approval,
                                 BigDecimal saving) {
        return new Repair(id, OFFICE_BUILDING, UNIT, kind, start, cost, approval, saving);
    }

    private record Ctx(LedgerFigures f, LocalDate asOf) {
        LedgerBuilder base() {
            return LedgerCases.base(f, asOf);
        }
    }

    private record Spec(String rule, String variant, BiFunction<Ctx, Edge, LedgerCase> make) {
    }

    private static LedgerCase of(String rule, String variant, Edge e, LedgerBuilder b, List<RoomRecord> unitRooms,
                                 LocalDate asOf) {
        return new LedgerCase(rule, variant, e, b.build(), unitRooms, asOf);
    }

    private static final List<Spec> CASES = List.of(
            new Spec("LEDGER_ROOM_MISSING", "", (c, e) -> {
                LedgerBuilder b = c.base();
                List<RoomRecord> unit = new ArrayList<>(b.rooms());
                if (e.isReported()) {
                    unit.add(room("R9", OFFICE_BUILDING, RoomStatus.IN_USE, Area.ofSquareMetres(12), null, ""));
                }
                return of("LEDGER_ROOM_MISSING", "", e, b, unit, c.asOf);
            }),
            new Spec("LEDGER_ROOM_DIFFERS", "", (c, e) -> {
                LedgerBuilder b = c.base();
                BigDecimal gap = c.f.ledgerAreaToleranceM2().add(e.isReported() ? CENT : BigDecimal.ZERO);
                List<RoomRecord> unit = new ArrayList<>();
                for (RoomRecord r : b.rooms()) {
                    unit.add(r.id().equals("R1") ? room("R1", OFFICE_BUILDING, RoomStatus.IN_USE,
                            Area.of(r.room().usableArea().squareMetres().add(gap)), null, "") : r);
                }
                return of("LEDGER_ROOM_DIFFERS", "", e, b, unit, c.asOf);
            }),
            new Spec("UNKNOWN_REFERENCE", "", (c, e) -> {
                LedgerBuilder b = c.base();
                if (e.isReported()) {
                    b.repair(new Repair("X9", "B9", UNIT, RepairKind.MINOR, c.asOf.minusMonths(1), new BigDecimal("5000"),
                            "", null));
                }
                return of("UNKNOWN_REFERENCE", "", e, b, List.of(), c.asOf);
            }),
            new Spec("CERTIFICATE_AREA_MISMATCH", "", (c, e) -> {
                BigDecimal tolerance = new BigDecimal("1000").multiply(c.f.certificateTolerancePercent())
                        .divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
                Area gross = Area.of(new BigDecimal("1000").add(tolerance).add(e.isReported() ? CENT : BigDecimal.ZERO));
                LedgerBuilder b = c.base().building(OFFICE_BUILDING, x -> new BuildingRecord(x.id(), x.name(),
                        x.compoundId(), x.use(), gross, x.structure(), x.builtYear(), x.title(), x.appraisal()));
                return of("CERTIFICATE_AREA_MISMATCH", "", e, b, List.of(), c.asOf);
            }),
            new Spec("DOCUMENT_MISSING", "", (c, e) -> {
                LedgerBuilder b = c.base();
                if (e.isReported()) {
                    b.withoutDocument("DU0");
                }
                return of("DOCUMENT_MISSING", "", e, b, List.of(), c.asOf);
            }),
            new Spec("OWNERSHIP_OVERDUE", "", (c, e) -> {
                LocalDate asOf = c.f.deadline().plusDays(e.isReported() ? 1 : 0);
                LedgerBuilder b = LedgerCases.base(c.f, asOf).building(building("B2", BuildingUse.OFFICE,
                        Title.unregistered("手续不全"), asOf, c.f));
                return of("OWNERSHIP_OVERDUE", "", e, b, List.of(), asOf);
            }),
            new Spec("HOLDER_NOT_BUREAU", "", (c, e) -> {
                LedgerBuilder b = c.base();
                if (e.isReported()) {
                    b.building(OFFICE_BUILDING, x -> new BuildingRecord(x.id(), x.name(), x.compoundId(), x.use(),
                            x.grossArea(), x.structure(), x.builtYear(), new Title(OwnershipStatus.REGISTERED, "",
                            "示例县财政局", x.title().certificateNumber(), x.title().certificateArea(),
                            x.title().registeredOn(), x.title().surveyedOn()), x.appraisal()));
                }
                return of("HOLDER_NOT_BUREAU", "", e, b, List.of(), c.asOf);
            }),
            new Spec("LEASE_WITHOUT_APPROVAL", "", (c, e) -> of("LEASE_WITHOUT_APPROVAL", "", e, c.base().lease(
                    leaseOut("L1", BUREAU, SHOP_BUILDING, c.asOf.minusYears(1), c.asOf.plusYears(1),
                            e.isReported() ? "" : "批1", "", null)), List.of(), c.asOf)),
            new Spec("LEASE_OVERSTAY", "", (c, e) -> of("LEASE_OVERSTAY", "", e, c.base().lease(
                    leaseOut("L1", BUREAU, SHOP_BUILDING, c.asOf.minusYears(1), c.asOf.minusDays(e.isReported() ? 1 : 0),
                            "批1", "", null)), List.of(), c.asOf)),
            new Spec("ORGAN_OFFICE_LEASED", "", (c, e) -> of("ORGAN_OFFICE_LEASED", "", e, c.base().lease(
                    leaseOut("L1", BUREAU, e.isReported() ? OFFICE_BUILDING : SHOP_BUILDING, c.asOf.minusYears(1),
                            c.asOf.plusYears(1), "批1", "", null)), List.of(), c.asOf)),
            new Spec("FILED_PROPERTY_LEASED", "", (c, e) -> of("FILED_PROPERTY_LEASED", "", e, c.base().lease(
                    leaseOut("L1", e.isReported() ? UNIT : BUREAU, FILED_BUILDING, c.asOf.minusYears(1),
                            c.asOf.plusYears(1), "批1", "", null)), List.of(), c.asOf)),
            new Spec("AUCTION_LOT_NOT_LET", "", (c, e) -> of("AUCTION_LOT_NOT_LET", "", e, c.base().lease(
                    leaseOut("L1", BUREAU, SHOP_BUILDING, c.asOf.minusYears(1), c.asOf.plusYears(1), "批1", "1号",
                            e.isReported() ? AuctionResult.UNSOLD : AuctionResult.LET)), List.of(), c.asOf)),
            new Spec("LEASE_IN_WHILE_IDLE", "", (c, e) -> {
                Area asked = Area.ofSquareMetres(100);
                BigDecimal needed = asked.squareMetres().multiply(c.f.sufficientIdlePercent())
                        .divide(BigDecimal.valueOf(100), 2, RoundingMode.CEILING);
                Area idle = Area.of(e.isReported() ? needed : needed.subtract(CENT));
                LedgerBuilder b = c.base().room(room("R5", OFFICE_BUILDING, RoomStatus.IDLE, idle,
                        c.asOf.minusMonths(1), "待调剂")).lease(leaseIn("L1", asked, BigDecimal.ZERO, false, c.asOf));
                return of("LEASE_IN_WHILE_IDLE", "", e, b, List.of(), c.asOf);
            }),
            new Spec("LEASE_IN_RENT_ABOVE_CEILING", "", (c, e) -> {
                Area area = Area.ofSquareMetres(100);
                BigDecimal rent = c.f.rentCeilingYuan().multiply(area.squareMetres()).setScale(2, RoundingMode.DOWN)
                        .add(e.isReported() ? CENT : BigDecimal.ZERO);
                return of("LEASE_IN_RENT_ABOVE_CEILING", "", e, c.base().lease(leaseIn("L1", area, rent, false,
                        c.asOf)), List.of(), c.asOf);
            }),
            new Spec("LEASE_IN_TECHNICAL_NO_STANDARD", "", (c, e) -> {
                LedgerBuilder b = c.base().lease(leaseIn("L1", Area.ofSquareMetres(100), BigDecimal.ZERO, true, c.asOf));
                if (!e.isReported()) {
                    b.document(new DocumentRecord("DT", DocumentKind.TECHNICAL_STANDARD, UNIT, "", "标1",
                            c.asOf.minusDays(1), null));
                }
                return of("LEASE_IN_TECHNICAL_NO_STANDARD", "", e, b, List.of(), c.asOf);
            }),
            new Spec("IDLE_WITHOUT_REASON", "", (c, e) -> {
                LocalDate since = c.asOf.minusMonths(c.f.idleMonths()).minusDays(e.isReported() ? 1 : 0);
                LedgerBuilder b = c.base().room(room("R1", OFFICE_BUILDING, RoomStatus.IDLE, Area.ofSquareMetres(18),
                        since, ""));
                return of("IDLE_WITHOUT_REASON", "", e, b, List.of(), c.asOf);
            }),
            new Spec("REPAIR_WITHOUT_APPROVAL", "", (c, e) -> of("REPAIR_WITHOUT_APPROVAL", "", e, c.base().repair(
                    repair("X1", RepairKind.MEDIUM, c.asOf.minusMonths(1), new BigDecimal("1000"),
                            e.isReported() ? "" : "批1", null)), List.of(), c.asOf)),
            new Spec("REPAIR_TOO_SOON", "", (c, e) -> {
                LocalDate first = c.asOf.minusYears(c.f.majorIntervalYears() + 1L);
                LocalDate second = first.plusYears(c.f.majorIntervalYears()).minusDays(e.isReported() ? 1 : 0);
                BigDecimal cost = c.f.approvalThresholdYuan();
                return of("REPAIR_TOO_SOON", "", e, c.base().repair(repair("X1", RepairKind.MAJOR, first, cost, "批1", null))
                        .repair(repair("X2", RepairKind.MAJOR, second, cost, "批2", null)), List.of(), c.asOf);
            }),
            new Spec("REPAIR_SPLIT", "", (c, e) -> {
                BigDecimal t = c.f.approvalThresholdYuan();
                BigDecimal one = t.divide(BigDecimal.valueOf(2), 2, RoundingMode.DOWN);
                BigDecimal two = t.subtract(one).subtract(e.isReported() ? BigDecimal.ZERO : CENT);
                LocalDate start = c.asOf.minusMonths(1);
                return of("REPAIR_SPLIT", "", e, c.base().repair(repair("X1", RepairKind.MEDIUM, start, one, "批1", null))
                        .repair(repair("X2", RepairKind.MEDIUM, start.plusDays(1), two, "批2", null)), List.of(), c.asOf);
            }),
            new Spec("SAFETY_RELOCATION", "", (c, e) -> of("SAFETY_RELOCATION", "", e, c.base().building(OFFICE_BUILDING,
                    x -> new BuildingRecord(x.id(), x.name(), x.compoundId(), x.use(), x.grossArea(), x.structure(),
                            x.builtYear(), x.title(), new SafetyAppraisal(e.isReported() ? c.f.relocationGrade()
                            : c.f.safeGrade(), c.asOf.minusDays(1)))), List.of(), c.asOf)),
            new Spec("SAFETY_APPRAISAL_OVERDUE", "age", (c, e) -> {
                LocalDate asOf = LocalDate.of(c.asOf.getYear(), 1, e.isReported() ? 2 : 1);
                LedgerBuilder b = LedgerCases.base(c.f, asOf).building(OFFICE_BUILDING, x -> new BuildingRecord(x.id(),
                        x.name(), x.compoundId(), x.use(), x.grossArea(), x.structure(),
                        asOf.getYear() - c.f.appraisalAgeYears(), x.title(), null));
                return of("SAFETY_APPRAISAL_OVERDUE", "age", e, b, List.of(), asOf);
            }),
            new Spec("SAFETY_APPRAISAL_OVERDUE", "interval", (c, e) -> {
                LocalDate last = c.asOf.minusYears(c.f.appraisalIntervalYears()).minusDays(e.isReported() ? 1 : 0);
                LedgerBuilder b = c.base().building(OFFICE_BUILDING, x -> new BuildingRecord(x.id(), x.name(),
                        x.compoundId(), x.use(), x.grossArea(), x.structure(),
                        c.asOf.getYear() - c.f.appraisalAgeYears() - c.f.appraisalIntervalYears() - 1, x.title(),
                        new SafetyAppraisal(c.f.safeGrade(), last)));
                return of("SAFETY_APPRAISAL_OVERDUE", "interval", e, b, List.of(), c.asOf);
            }),
            new Spec("ENERGY_RISE", "", (c, e) -> {
                int year = c.asOf.getYear() - 1;
                BigDecimal limit = BigDecimal.TEN.multiply(BigDecimal.ONE.add(c.f.maxRisePercent()
                        .divide(BigDecimal.valueOf(100)))).setScale(2, RoundingMode.FLOOR);
                BigDecimal perHead = limit.add(e.isReported() ? CENT : BigDecimal.ZERO);
                LedgerBuilder b = c.base()
                        .energy(new EnergyUse(UNIT, "", year - 1, 100, Area.ofSquareMetres(5000), "WATER",
                                new BigDecimal("1000")))
                        .energy(new EnergyUse(UNIT, "", year, 100, Area.ofSquareMetres(5000), "WATER",
                                perHead.multiply(BigDecimal.valueOf(100))));
                return of("ENERGY_RISE", "", e, b, List.of(), c.asOf);
            }),
            new Spec("RETROFIT_PAYBACK_LONG", "", (c, e) -> {
                BigDecimal saving = new BigDecimal("1000");
                BigDecimal cost = c.f.maxPaybackYears().multiply(saving).setScale(2, RoundingMode.DOWN)
                        .add(e.isReported() ? CENT : BigDecimal.ZERO);
                return of("RETROFIT_PAYBACK_LONG", "", e, c.base().repair(repair("X1", RepairKind.MINOR,
                        c.asOf.minusMonths(1), cost, "", saving)), List.of(), c.asOf);
            }));
}
