package io.github.jiguan.standards.office.ledger;

import io.github.jiguan.core.finding.Finding;
import io.github.jiguan.core.finding.Language;
import io.github.jiguan.core.finding.Prose;

/** The sentences of the lease findings, out and in. */
final class LeaseProse {

    private LeaseProse() {
    }

    private static String lease(Finding f, LedgerEvidence.Terms t, Language l) {
        String who = t.counterparty().isEmpty() ? "" : l.pick("给" + t.counterparty(), " to " + t.counterparty());
        return l.pick("单位 " + LedgerProse.unit(f) + " 将建筑 " + LedgerProse.building(f) + " 的 " + Prose.area(t.area())
                        + " 出租" + who + "（" + t.start() + " 至 " + t.end() + "，年租金 " + Prose.yuan(t.annualRentYuan(), l) + "）",
                "Unit " + LedgerProse.unit(f) + " let " + Prose.area(t.area()) + " of building "
                        + LedgerProse.building(f) + who + " (" + t.start() + " to " + t.end() + ", "
                        + Prose.yuan(t.annualRentYuan(), l) + " a year)");
    }

    private static String rented(Finding f, LedgerEvidence.Terms t, Language l) {
        return l.pick("单位 " + LedgerProse.unit(f) + " 租用 " + LedgerProse.building(f) + " " + Prose.area(t.area())
                        + "（" + t.start() + " 起，年租金 " + Prose.yuan(t.annualRentYuan(), l) + "）",
                "Unit " + LedgerProse.unit(f) + " rents " + Prose.area(t.area()) + " in " + LedgerProse.building(f)
                        + " (from " + t.start() + ", " + Prose.yuan(t.annualRentYuan(), l) + " a year)");
    }

    static String sentence(LedgerFindingType type, Finding f, Language l) {
        return switch (type) {
            case LEASE_WITHOUT_APPROVAL -> lease(f, f.evidence(LedgerEvidence.LeaseUnsupported.class).terms(), l)
                    + l.pick("，未经审批", ", without approval");
            case LEASE_OVERSTAY -> {
                LedgerEvidence.Overstay e = f.evidence(LedgerEvidence.Overstay.class);
                yield lease(f, e.terms(), l) + l.pick("，租期已届满 " + e.daysPastEnd() + " 天，至 " + e.asOf() + " 仍被占用",
                        ", ended " + LedgerProse.days(e.daysPastEnd()) + " ago and is still occupied on " + e.asOf());
            }
            case ORGAN_OFFICE_LEASED -> lease(f, f.evidence(LedgerEvidence.ForbiddenLease.class).terms(), l)
                    + l.pick("，属党政机关办公用房，不得出租出借", ", though it is office space of an organ, which may not be let");
            case FILED_PROPERTY_LEASED -> lease(f, f.evidence(LedgerEvidence.ForbiddenLease.class).terms(), l)
                    + l.pick("，该房产为备案房产，使用单位无权出租", ", though the property is filed and its user unit may not let it");
            case AUCTION_LOT_NOT_LET -> {
                LedgerEvidence.AuctionLot e = f.evidence(LedgerEvidence.AuctionLot.class);
                yield l.pick("单位 " + LedgerProse.unit(f) + " 出租拍卖标的 " + e.lot() + "（建筑 " + LedgerProse.building(f)
                                + "，" + Prose.area(e.area()) + "）" + e.result().chineseName(),
                        "Lot " + e.lot() + " of unit " + LedgerProse.unit(f) + " (building " + LedgerProse.building(f)
                                + ", " + Prose.area(e.area()) + ") was " + Prose.words(e.result()));
            }
            case LEASE_IN_WHILE_IDLE -> {
                LedgerEvidence.IdleAvailable e = f.evidence(LedgerEvidence.IdleAvailable.class);
                yield l.pick("单位 " + LedgerProse.unit(f) + " 申请租用 " + Prose.area(e.requested()) + "，而 " + e.district()
                                + " 有闲置用房 " + Prose.area(e.idle()) + "（" + Prose.list(e.idleRoomIds(), l) + "），应优先调剂",
                        "Unit " + LedgerProse.unit(f) + " rents " + Prose.area(e.requested()) + " while " + e.district()
                                + " has " + Prose.area(e.idle()) + " of idle rooms (" + Prose.list(e.idleRoomIds(), l)
                                + "), which should be reallocated first");
            }
            case LEASE_IN_RENT_ABOVE_CEILING -> {
                LedgerEvidence.RentAboveCeiling e = f.evidence(LedgerEvidence.RentAboveCeiling.class);
                yield l.pick("单位 " + LedgerProse.unit(f) + " 租用 " + Prose.area(e.area()) + "，年租金 "
                                + Prose.yuan(e.annualRentYuan(), l) + "，每平方米 " + Prose.yuan(e.rentPerSquareMetreYuan(), l)
                                + "/年，超过标准 " + Prose.yuan(e.ceilingYuan(), l) + "/年",
                        "Unit " + LedgerProse.unit(f) + " rents " + Prose.area(e.area()) + " for "
                                + Prose.yuan(e.annualRentYuan(), l) + " a year, " + Prose.yuan(e.rentPerSquareMetreYuan(), l)
                                + " per m², above the ceiling of " + Prose.yuan(e.ceilingYuan(), l) + " per m²");
            }
            default -> rented(f, f.evidence(LedgerEvidence.LeaseUnsupported.class).terms(), l)
                    + l.pick("作业务技术用房，无相应建设标准文件", " as technical rooms, with no standard document for them");
        };
    }
}
