package io.github.jiguan.standards.office.ledger;

import io.github.jiguan.core.office.Area;
import io.github.jiguan.core.office.AuctionResult;
import io.github.jiguan.core.office.BuildingRecord;
import io.github.jiguan.core.office.BuildingUse;
import io.github.jiguan.core.office.DocumentKind;
import io.github.jiguan.core.office.Lease;
import io.github.jiguan.core.office.LeaseDirection;
import io.github.jiguan.core.office.OwnershipStatus;
import io.github.jiguan.core.office.RoomRecord;
import io.github.jiguan.core.office.RoomStatus;
import io.github.jiguan.core.office.UnitRecord;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Leases out (出租出借) and in (租用): approval, term, forbidden lettings, auctions, reallocation first, rent, standards. */
final class Leases {

    private Leases() {
    }

    static void audit(AuditContext c) {
        List<Lease> leases = c.ledger.leases().stream().sorted(Comparator.comparing(Lease::start)
                .thenComparing(Lease::id)).toList();
        for (Lease l : leases) {
            if (l.direction() == LeaseDirection.OUT) {
                out(c, l);
            } else {
                in(c, l);
            }
        }
    }

    private static void out(AuditContext c, Lease l) {
        if (l.auction().filter(r -> r != AuctionResult.LET).isPresent()) {
            c.onLease(LedgerFindingType.AUCTION_LOT_NOT_LET, l, c.rules.cite("lease.approval_required",
                    "公开拍卖出租，逐标的记录成交、流拍、撤拍"),
                    new LedgerEvidence.AuctionLot(l.auctionLot(), l.auctionResult(), l.area()));
            return;
        }
        if (!l.isApproved() && c.rules.applies("lease.approval_required")) {
            c.onLease(LedgerFindingType.LEASE_WITHOUT_APPROVAL, l, c.rules.cite("lease.approval_required",
                    "出租出借须经审批"), new LedgerEvidence.LeaseUnsupported(AuditContext.terms(l),
                    DocumentKind.LEASE_APPROVAL));
        }
        if (c.asOf.isAfter(l.end()) && l.isOccupiedOn(c.asOf)) {
            c.onLease(LedgerFindingType.LEASE_OVERSTAY, l, c.rules.cite("lease.approval_required",
                    "租期届满应收回"), new LedgerEvidence.Overstay(AuditContext.terms(l), c.asOf,
                    ChronoUnit.DAYS.between(l.end(), c.asOf)));
        }
        Optional<BuildingRecord> b = c.building(l.buildingId());
        if (b.isEmpty()) {
            return;
        }
        BuildingRecord building = b.get();
        if (building.use() == BuildingUse.OFFICE && c.rules.applies("lease.organ_office_forbidden")) {
            c.onLease(LedgerFindingType.ORGAN_OFFICE_LEASED, l, c.rules.cite("lease.organ_office_forbidden",
                    "党政机关办公用房不得出租、出借"), forbidden(l, building));
        }
        if (building.title().status() == OwnershipStatus.FILED && isUserUnit(c, l)
                && c.rules.applies("lease.filed_by_user_forbidden")) {
            c.onLease(LedgerFindingType.FILED_PROPERTY_LEASED, l, c.rules.cite("lease.filed_by_user_forbidden",
                    "已备案房产不得由使用单位自行出租出借"), forbidden(l, building));
        }
    }

    private static LedgerEvidence.ForbiddenLease forbidden(Lease l, BuildingRecord b) {
        return new LedgerEvidence.ForbiddenLease(AuditContext.terms(l), b.use(), b.title().status());
    }

    /** A unit of the ledger that uses rooms in the building it lets: its user, not the bureau. */
    private static boolean isUserUnit(AuditContext c, Lease l) {
        java.util.Set<String> users = c.memo("lease.users", () -> {
            java.util.Set<String> s = new java.util.HashSet<>();
            c.ledger.rooms().forEach(r -> s.add(r.agencyId() + "\u0000" + r.buildingId()));
            return s;
        });
        return c.ledger.units().containsKey(l.agencyId()) && users.contains(l.agencyId() + "\u0000" + l.buildingId());
    }

    private static void in(AuditContext c, Lease l) {
        idleFirst(c, l);
        BigDecimal ceiling = c.rules.rentCeilingYuanPerSquareMetreYear();
        if (l.area().squareMetres().signum() > 0) {
            BigDecimal perM2 = l.annualRentYuan().divide(l.area().squareMetres(), 2, RoundingMode.HALF_UP);
            if (l.annualRentYuan().compareTo(ceiling.multiply(l.area().squareMetres())) > 0) {
                c.onLease(LedgerFindingType.LEASE_IN_RENT_ABOVE_CEILING, l,
                        c.rules.cite("lease_in.rent_ceiling_yuan_per_m2_year", "年租金每平方米不超过 "
                                + ceiling.toPlainString() + " 元"),
                        new LedgerEvidence.RentAboveCeiling(l.area(), l.annualRentYuan(), perM2, ceiling));
            }
        }
        if (l.technical() && c.rules.applies("lease_in.technical_standard_required")
                && c.ledger.documentsOfUnit(l.agencyId()).stream().noneMatch(d ->
                d.kind() == DocumentKind.TECHNICAL_STANDARD && !d.issuedOn().isAfter(l.start()))) {
            c.onLease(LedgerFindingType.LEASE_IN_TECHNICAL_NO_STANDARD, l,
                    c.rules.cite("lease_in.technical_standard_required", "租用业务技术用房须有相应建设标准文件"),
                    new LedgerEvidence.LeaseUnsupported(AuditContext.terms(l), DocumentKind.TECHNICAL_STANDARD));
        }
    }

    /** 调剂优先: idle rooms in the lease's district, idle by its start, at least the share of the area asked for. */
    private static void idleFirst(AuditContext c, Lease l) {
        if (!c.rules.applies("lease_in.reallocation_first")) {
            return;
        }
        UnitRecord unit = c.ledger.units().get(l.agencyId());
        String district = !l.district().isEmpty() ? l.district() : unit == null ? "" : unit.county();
        if (district.isEmpty()) {
            return;
        }
        java.util.Map<String, List<RoomRecord>> idleByCounty = c.memo("lease.idleByCounty", () -> {
            java.util.Map<String, List<RoomRecord>> m = new java.util.HashMap<>();
            c.ledger.rooms().stream().filter(r -> r.room().status() == RoomStatus.IDLE)
                    .sorted(Comparator.comparing(RoomRecord::id))
                    .forEach(r -> c.building(r.buildingId()).flatMap(c.ledger::countyOf).ifPresent(county ->
                            m.computeIfAbsent(county, k -> new java.util.ArrayList<>()).add(r)));
            return m;
        });
        List<RoomRecord> idle = idleByCounty.getOrDefault(district, List.of()).stream()
                .filter(r -> r.idleSince() == null || !r.idleSince().isAfter(l.start())).toList();
        Area total = idle.stream().map(r -> r.room().usableArea()).reduce(Area.ZERO, Area::plus);
        BigDecimal percent = c.rules.sufficientIdlePercent();
        BigDecimal needed = l.area().squareMetres().multiply(percent).divide(BigDecimal.valueOf(100));
        if (!idle.isEmpty() && total.squareMetres().compareTo(needed) >= 0) {
            c.onLease(LedgerFindingType.LEASE_IN_WHILE_IDLE, l, c.rules.cite("lease_in.reallocation_first",
                    "同一片区闲置面积达到申请面积的 " + percent.toPlainString() + "% 时应先调剂"),
                    new LedgerEvidence.IdleAvailable(l.area(), total, district,
                            idle.stream().map(RoomRecord::id).toList(), percent));
        }
    }
}
