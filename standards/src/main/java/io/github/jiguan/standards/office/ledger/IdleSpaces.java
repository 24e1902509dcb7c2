package io.github.jiguan.standards.office.ledger;

import io.github.jiguan.core.finding.Coverage;
import io.github.jiguan.core.finding.Subjects;
import io.github.jiguan.core.office.Area;
import io.github.jiguan.core.office.BuildingRecord;
import io.github.jiguan.core.office.BuildingUse;
import io.github.jiguan.core.office.RoomRecord;
import io.github.jiguan.core.office.RoomStatus;
import io.github.jiguan.core.office.RoomUse;
import io.github.jiguan.core.office.UnitRecord;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * 闲置: rooms, and whole buildings, idle longer than the limit without a reason, each with the
 * first disposal the rules' order allows.
 */
final class IdleSpaces {

    private IdleSpaces() {
    }

    static void audit(AuditContext c) {
        Map<String, List<RoomRecord>> byBuilding = new TreeMap<>();
        c.ledger.rooms().forEach(r -> byBuilding.computeIfAbsent(r.buildingId(), k -> new ArrayList<>()).add(r));
        byBuilding.forEach((building, rooms) -> {
            List<RoomRecord> flagged = rooms.stream().filter(r -> isOverdue(c, r))
                    .sorted(Comparator.comparing(RoomRecord::id)).toList();
            if (flagged.isEmpty()) {
                return;
            }
            if (flagged.size() == rooms.size() && rooms.size() > 1) {
                report(c, building, flagged, true);
            } else {
                flagged.forEach(r -> report(c, building, List.of(r), false));
            }
        });
    }

    /** Idle, with no reason, and either since an unknown day or for longer than the limit. */
    static boolean isOverdue(AuditContext c, RoomRecord r) {
        if (r.room().status() != RoomStatus.IDLE || !r.idleReason().isEmpty()) {
            return false;
        }
        return r.idleSince() == null || c.asOf.isAfter(r.idleSince().plusMonths(c.rules.idleMonths()));
    }

    private static void report(AuditContext c, String buildingId, List<RoomRecord> rooms, boolean whole) {
        Area area = rooms.stream().map(r -> r.room().usableArea()).reduce(Area.ZERO, Area::plus);
        Optional<LocalDate> since = rooms.stream().allMatch(r -> r.idleSince() != null)
                ? rooms.stream().map(RoomRecord::idleSince).max(Comparator.naturalOrder()) : Optional.empty();
        Optional<BuildingRecord> b = c.building(buildingId);
        Optional<UnitRecord> target = shortOfSpace(c, b, area, rooms.get(0).agencyId());
        Disposal d = recommend(c, b, target.isPresent());
        String agency = rooms.get(0).agencyId();
        Subjects s = Subjects.none().withRooms(rooms.stream().map(RoomRecord::id).toList()).withBuilding(buildingId);
        if (rooms.stream().allMatch(r -> r.agencyId().equals(agency))) {
            s = s.withAgency(agency);
        }
        c.add(LedgerFindingType.IDLE_WITHOUT_REASON, s, since.map(x -> Coverage.days(x, c.asOf))
                        .orElse(Coverage.on(c.asOf)),
                c.rules.cite("idle.months", "闲置超过 " + c.rules.idleMonths() + " 个月须说明理由；处置顺序 "
                        + String.join("、", c.rules.disposalOrder().stream().map(Disposal::chineseName).toList())),
                new LedgerEvidence.IdleSpace(since, c.rules.idleMonths(), area, whole, d,
                        d == Disposal.REALLOCATE ? target.get().agencyId() : ""));
    }

    /** The first step of the rules' order that applies; the last step when none does. */
    private static Disposal recommend(AuditContext c, Optional<BuildingRecord> b, boolean someoneShort) {
        List<Disposal> order = c.rules.disposalOrder();
        boolean unsafe = b.flatMap(BuildingRecord::latestAppraisal).filter(a -> a.isUnsafe()).isPresent();
        BuildingUse use = b.map(BuildingRecord::use).orElse(BuildingUse.OTHER);
        for (Disposal d : order) {
            boolean applies = switch (d) {
                case REALLOCATE -> someoneShort && !unsafe;
                case PUBLIC_USE -> !unsafe && (use == BuildingUse.OFFICE || use == BuildingUse.OTHER);
                case EXCHANGE_LEASE_DEMOLISH -> unsafe || use == BuildingUse.BUSINESS;
                case AUCTION -> true;
            };
            if (applies) {
                return d;
            }
        }
        return order.get(order.size() - 1);
    }

    /**
     * Another unit of the building's county with the largest shortfall against its approved area,
     * if the shortfall can take {@code area}.
     */
    private static Optional<UnitRecord> shortOfSpace(AuditContext c, Optional<BuildingRecord> b, Area area,
                                                     String holder) {
        Optional<String> county = b.flatMap(c.ledger::countyOf);
        if (county.isEmpty()) {
            return Optional.empty();
        }
        UnitRecord best = null;
        BigDecimal bestGap = BigDecimal.ZERO;
        Map<String, Area> used = usedArea(c);
        for (UnitRecord u : c.ledger.units().values().stream().sorted(Comparator.comparing(UnitRecord::agencyId)).toList()) {
            if (!u.county().equals(county.get()) || u.agencyId().equals(holder)) {
                continue;
            }
            BigDecimal gap = u.approvedArea().squareMetres().subtract(used.getOrDefault(u.agencyId(), Area.ZERO)
                    .squareMetres());
            if (gap.compareTo(area.squareMetres()) >= 0 && gap.compareTo(bestGap) > 0) {
                best = u;
                bestGap = gap;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Each unit's office and service rooms not idle, computed once per audit. */
    private static Map<String, Area> usedArea(AuditContext c) {
        return c.memo("idle.usedArea", () -> {
            Map<String, Area> m = new java.util.HashMap<>();
            c.ledger.rooms().stream().filter(r -> r.room().status() != RoomStatus.IDLE)
                    .filter(r -> r.room().use() == RoomUse.OFFICE || r.room().use() == RoomUse.SERVICE)
                    .forEach(r -> m.merge(r.agencyId(), r.room().usableArea(), Area::plus));
            return m;
        });
    }
}
