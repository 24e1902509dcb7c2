package io.github.jiguan.standards.office.ledger;

import io.github.jiguan.core.finding.Evidence;
import io.github.jiguan.core.finding.Finding;
import io.github.jiguan.core.finding.Language;

/**
 * The findings of the office-space ledger audit, grouped as the rules are: the three matches and
 * completeness, ownership, leases out and in, idle space, repairs, safety and energy; each with
 * its Chinese and English name, the record of its evidence ({@link LedgerEvidence}) and the line of
 * the seven unifications it belongs to ({@link Unification}).
 */
public enum LedgerFindingType implements Finding.Type {
    /** 账账不符（房间缺失）: a room in one of the two ledgers only. */
    LEDGER_ROOM_MISSING("账账不符：房间缺失", "room missing from one ledger", LedgerEvidence.RoomMissing.class, Unification.ALLOCATION),
    /** 账账不符（登记不一致）: a room recorded differently in the two ledgers. */
    LEDGER_ROOM_DIFFERS("账账不符：登记不一致", "room recorded differently in the two ledgers",
            LedgerEvidence.RoomDiffers.class, Unification.ALLOCATION),
    /** 台账引用缺失: a record names a building or unit that the ledger does not hold. */
    UNKNOWN_REFERENCE("台账引用的建筑或单位未登记", "record names a building or unit not in the ledger",
            LedgerEvidence.UnknownReference.class, Unification.ALLOCATION),
    /** 账证不符: the ledger's area differs from the certificate's beyond the tolerance. */
    CERTIFICATE_AREA_MISMATCH("账证不符", "ledger area differs from the title certificate",
            LedgerEvidence.CertificateMismatch.class, Unification.OWNERSHIP),
    /** 档案缺失: a unit's or a property's file lacks a required document. */
    DOCUMENT_MISSING("档案材料缺失", "required document missing", LedgerEvidence.DocumentsMissing.class, Unification.ALLOCATION),
    /** 逾期未登记备案: not registered or filed by the deadline. */
    OWNERSHIP_OVERDUE("逾期未完成权属登记备案", "ownership not registered or filed by the deadline",
            LedgerEvidence.OwnershipOverdue.class, Unification.OWNERSHIP),
    /** 权利人非机关事务管理部门: registered to another holder. */
    HOLDER_NOT_BUREAU("权利人非机关事务管理部门", "registered to a holder other than the bureau",
            LedgerEvidence.HolderMismatch.class, Unification.OWNERSHIP),
    /** 出租出借未经审批: a lease out without approval. */
    LEASE_WITHOUT_APPROVAL("出租出借未经审批", "lease out without approval", LedgerEvidence.LeaseUnsupported.class, Unification.DISPOSAL),
    /** 租期届满仍占用: a lease past its term, still occupied. */
    LEASE_OVERSTAY("租期届满仍占用", "lease past its term and still occupied", LedgerEvidence.Overstay.class, Unification.DISPOSAL),
    /** 机关办公用房出租出借: office space of an organ let out. */
    ORGAN_OFFICE_LEASED("机关办公用房出租出借", "office space of an organ let out", LedgerEvidence.ForbiddenLease.class, Unification.DISPOSAL),
    /** 备案房产由使用单位出租: a filed property let out by its user unit. */
    FILED_PROPERTY_LEASED("备案房产由使用单位出租", "filed property let out by its user unit",
            LedgerEvidence.ForbiddenLease.class, Unification.DISPOSAL),
    /** 拍卖未成交: a lot of a lease auction unsold or withdrawn. */
    AUCTION_LOT_NOT_LET("出租拍卖未成交", "auction lot not let", LedgerEvidence.AuctionLot.class, Unification.DISPOSAL),
    /** 有闲置仍租用: a lease in while idle space of sufficient area exists in the same area. */
    LEASE_IN_WHILE_IDLE("有闲置仍租用", "lease in while idle space is available", LedgerEvidence.IdleAvailable.class, Unification.ALLOCATION),
    /** 租金超标准: a lease in above the rent ceiling. */
    LEASE_IN_RENT_ABOVE_CEILING("租用租金超标准", "lease in above the rent ceiling",
            LedgerEvidence.RentAboveCeiling.class, Unification.FUNDING),
    /** 业务技术用房无标准文件: technical rooms leased in without the standard document. */
    LEASE_IN_TECHNICAL_NO_STANDARD("租用业务技术用房无标准文件", "technical rooms leased in without a standard",
            LedgerEvidence.LeaseUnsupported.class, Unification.PLANNING),
    /** 闲置超期无说明: idle longer than allowed without a reason. */
    IDLE_WITHOUT_REASON("闲置超期无说明", "idle beyond the limit without a reason", LedgerEvidence.IdleSpace.class, Unification.DISPOSAL),
    /** 维修项目未经审批: a major or medium repair without approval. */
    REPAIR_WITHOUT_APPROVAL("大中修项目未经审批", "major or medium repair without approval",
            LedgerEvidence.RepairFacts.class, Unification.REPAIRS),
    /** 大修间隔不足: a major repair sooner than the interval. */
    REPAIR_TOO_SOON("大修间隔不足", "major repair sooner than the interval", LedgerEvidence.RepairTooSoon.class, Unification.REPAIRS),
    /** 拆分项目规避审批: projects split to stay under the approval threshold. */
    REPAIR_SPLIT("拆分项目规避审批", "repair split to stay under the approval threshold",
            LedgerEvidence.RepairSplit.class, Unification.REPAIRS),
    /** 危房需搬迁: a C or D building, a ground for relocation. */
    SAFETY_RELOCATION("危房需搬迁", "unsafe building to be relocated", LedgerEvidence.Unsafe.class, Unification.PLANNING),
    /** 安全鉴定逾期: an appraisal overdue. */
    SAFETY_APPRAISAL_OVERDUE("房屋安全鉴定逾期", "safety appraisal overdue", LedgerEvidence.AppraisalOverdue.class, Unification.REPAIRS),
    /** 能耗同比上升: water per head or energy per m² rose above the target. */
    ENERGY_RISE("能耗同比上升超目标", "water or energy use rose above the target", LedgerEvidence.EnergyRise.class, Unification.PROPERTY_SERVICES),
    /** 节能改造回收期过长: a retrofit paying back later than the target. */
    RETROFIT_PAYBACK_LONG("节能改造投资回收期过长", "retrofit payback too long", LedgerEvidence.Payback.class, Unification.FUNDING);

    private final Finding.Names names;
    private final Unification unification;

    LedgerFindingType(String chineseName, String englishName, Class<? extends Evidence> evidenceType,
                      Unification unification) {
        this.names = new Finding.Names(chineseName, englishName, evidenceType);
        this.unification = unification;
    }

    /** The line of the seven unifications (七个统一) the finding belongs to. */
    public Unification unification() {
        return unification;
    }

    @Override
    public Finding.Names names() {
        return names;
    }

    @Override
    public String code() {
        return name();
    }

    @Override
    public String sentence(Finding finding, Language language) {
        return LedgerProse.sentence(this, finding, language);
    }
}
