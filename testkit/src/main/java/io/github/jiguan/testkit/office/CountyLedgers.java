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
import io.github.jiguan.core.office.OfficeLedger;
import io.github.jiguan.core.office.OwnershipStatus;
import io.github.jiguan.core.office.Repair;
import io.github.jiguan.core.office.RepairKind;
import io.github.jiguan.core.office.Room;
import io.github.jiguan.core.office.RoomRecord;
import io.github.jiguan.core.office.RoomStatus;
import io.github.jiguan.core.office.RoomUse;
import io.github.jiguan.core.office.SafetyAppraisal;
import io.github.jiguan.core.office.SafetyGrade;
import io.github.jiguan.core.office.Title;
import io.github.jiguan.core.office.UnitRecord;
import io.github.jiguan.testkit.Generator;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Plausible, untidy county ledgers of a given size for demos, benchmarks and properties that need
 * volume rather than a threshold: compounds in a few counties, buildings of every use and status,
 * rooms on their floors (some idle, some let), documents with gaps, leases out and in (some
 * auctioned), repair projects and two years of energy per unit. No truth table: for exact cases
 * use {@link LedgerCases}.
 */
public final class CountyLedgers {

    private static final BuildingUse[] USES = BuildingUse.values();
    private static final OwnershipStatus[] STATUSES = OwnershipStatus.values();
    private static final SafetyGrade[] GRADES = SafetyGrade.values();
    private static final RoomUse[] ROOM_USES = RoomUse.values();
    private static final DocumentKind[] UNIT_DOCS = {DocumentKind.ALLOCATION_APPROVAL, DocumentKind.USE_AGREEMENT,
        DocumentKind.ALLOCATION_CERTIFICATE};

    private CountyLedgers() {
    }

    /**
     * Ledgers with {@code units} units and {@code buildings} buildings of {@code roomsPerBuilding}
     * rooms each, as of {@code asOf}.
     */
    public static Generator<OfficeLedger> ledgers(int units, int buildings, int roomsPerBuilding, LocalDate asOf) {
        return (r, size) -> {
            LedgerBuilder b = new LedgerBuilder();
            int counties = Math.max(1, buildings / 100);
            for (int c = 0; c < Math.max(1, buildings / 5); c++) {
                b.compound(new Compound("C" + c, "院落" + c, "县" + (c % counties)));
            }
            for (int u = 0; u < units; u++) {
                b.unit(new UnitRecord("U" + u, "单位" + u, "县" + (u % counties), Area.ofSquareMetres(r.nextInt(100, 3000)),
                        r.nextInt(5, 120)));
                for (DocumentKind k : UNIT_DOCS) {
                    if (r.nextInt(10) > 0) {
                        b.document(new DocumentRecord("DU" + u + k.ordinal(), k, "U" + u, "", "文" + u, asOf.minusYears(2), null));
                    }
                }
                energy(b, "U" + u, r, asOf);
            }
            for (int i = 0; i < buildings; i++) {
                building(b, "B" + i, "C" + (i % Math.max(1, buildings / 5)), r, asOf);
                for (int k = 0; k < roomsPerBuilding; k++) {
                    b.room(room("R" + i + "-" + k, "B" + i, "U" + r.nextInt(units), k, r, asOf));
                }
                activity(b, "B" + i, "U" + r.nextInt(units), r, asOf);
            }
            return b.build();
        };
    }

    private static void building(LedgerBuilder b, String id, String compound, RandomGenerator r, LocalDate asOf) {
        OwnershipStatus s = STATUSES[r.nextInt(STATUSES.length)];
        Area gross = Area.ofSquareMetres(r.nextInt(300, 8000));
        Area cert = s == OwnershipStatus.REGISTERED ? Area.ofSquareMetres(gross.squareMetres().longValue()
                + r.nextInt(-100, 101)) : null;
        Title t = new Title(s, s == OwnershipStatus.REGISTERED ? "" : "历史遗留", r.nextInt(5) == 0 ? "某县财政局"
                : "某县机关事务服务中心", s == OwnershipStatus.REGISTERED ? "证" + id : "", cert,
                s == OwnershipStatus.UNREGISTERED ? null : asOf.minusDays(r.nextInt(30, 3000)),
                r.nextInt(4) == 0 ? null : asOf.minusDays(r.nextInt(30, 3000)));
        SafetyAppraisal a = r.nextInt(3) == 0 ? null : new SafetyAppraisal(GRADES[r.nextInt(GRADES.length)],
                asOf.minusDays(r.nextInt(1, 4000)));
        b.building(new BuildingRecord(id, id + "楼", compound, USES[r.nextInt(USES.length)], gross,
                r.nextBoolean() ? BuildingStructure.MULTI_STOREY : BuildingStructure.HIGH_RISE,
                asOf.getYear() - r.nextInt(1, 60), t, a));
        if (s != OwnershipStatus.UNREGISTERED && r.nextInt(5) > 0) {
            DocumentKind k = s == OwnershipStatus.REGISTERED ? DocumentKind.TITLE_CERTIFICATE : DocumentKind.FILING;
            b.document(new DocumentRecord("D" + id, k, "", id, "证" + id, asOf.minusYears(1), null));
        }
    }

    private static RoomRecord room(String id, String building, String unit, int k, RandomGenerator r, LocalDate asOf) {
        int roll = r.nextInt(20);
        RoomStatus status = roll == 0 ? RoomStatus.IDLE : roll == 1 ? RoomStatus.LEASED_OUT : RoomStatus.IN_USE;
        RoomUse use = ROOM_USES[r.nextInt(ROOM_USES.length)];
        List<String> occupants = use == RoomUse.OFFICE && status == RoomStatus.IN_USE ? List.of("P" + id) : List.of();
        return new RoomRecord(new Room(id, building, unit, use, Area.ofSquareMetres(r.nextInt(9, 80)), status,
                OwnershipStatus.REGISTERED, occupants), Integer.toString(1 + k / 10),
                status == RoomStatus.IDLE ? asOf.minusDays(r.nextInt(1, 700)) : null,
                status == RoomStatus.IDLE && r.nextBoolean() ? "待调剂" : "");
    }

    private static void activity(LedgerBuilder b, String building, String unit, RandomGenerator r, LocalDate asOf) {
        if (r.nextInt(4) == 0) {
            LocalDate start = asOf.minusDays(r.nextInt(30, 2000));
            AuctionResult result = r.nextInt(3) == 0 ? AuctionResult.values()[r.nextInt(3)] : null;
            b.lease(new Lease("L" + building, LeaseDirection.OUT, r.nextBoolean() ? unit : "JGSW", building, List.of(),
                    Area.ofSquareMetres(r.nextInt(10, 200)), "某商户", start, start.plusYears(r.nextInt(1, 5)),
                    BigDecimal.valueOf(r.nextInt(0, 100_000)), r.nextInt(3) == 0 ? "" : "批" + building, null,
                    result == null ? "" : building + "号", result, "", false));
        }
        if (r.nextInt(6) == 0) {
            LocalDate start = asOf.minusDays(r.nextInt(30, 1000));
            b.lease(new Lease("LI" + building, LeaseDirection.IN, unit, "EXT" + building, List.of(),
                    Area.ofSquareMetres(r.nextInt(20, 500)), "某公司", start, start.plusYears(3),
                    BigDecimal.valueOf(r.nextInt(1000, 400_000)), "批", null, "", null, "", r.nextInt(5) == 0));
        }
        int repairs = r.nextInt(0, 3);
        for (int i = 0; i < repairs; i++) {
            RepairKind kind = RepairKind.values()[r.nextInt(3)];
            b.repair(new Repair("X" + building + "-" + i, building, unit, kind, asOf.minusDays(r.nextInt(1, 7000)),
                    BigDecimal.valueOf(r.nextInt(1000, 900_000)), r.nextInt(3) == 0 ? "" : "批", r.nextInt(10) == 0
                    ? BigDecimal.valueOf(r.nextInt(0, 50_000)) : null));
        }
    }

    private static void energy(LedgerBuilder b, String unit, RandomGenerator r, LocalDate asOf) {
        int persons = r.nextInt(5, 200);
        Area area = Area.ofSquareMetres(r.nextInt(500, 20_000));
        for (int y = asOf.getYear() - 2; y < asOf.getYear(); y++) {
            b.energy(new EnergyUse(unit, "", y, persons, area, "WATER", BigDecimal.valueOf((long) persons * r.nextInt(8, 16))));
            b.energy(new EnergyUse(unit, "", y, persons, area, "ELECTRICITY",
                    BigDecimal.valueOf(area.squareMetres().longValue() * r.nextInt(50, 90))));
        }
    }
}
