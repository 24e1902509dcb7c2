package io.github.jiguan.standards.vehicle.ops;

import io.github.jiguan.core.finding.Evidence;
import io.github.jiguan.core.finding.Finding;
import io.github.jiguan.core.finding.Language;

/**
 * The findings of vehicle operations (一车一档, drivers, rentals, marking, areas, disposal, terminals,
 * costs), with their Chinese and English names and the record of their evidence ({@link OpsEvidence}).
 */
public enum OpsFindingType implements Finding.Type {
    /** 一车一档不全: items missing from a vehicle's file. */
    DOSSIER_INCOMPLETE("一车一档不全", "vehicle file incomplete", OpsEvidence.DossierIncomplete.class),
    /** 单位车辆档案不全: a unit whose vehicles' files are incomplete. */
    UNIT_DOSSIERS_INCOMPLETE("单位车辆档案不全", "unit's vehicle files incomplete", OpsEvidence.UnitDossiers.class),
    /** 证照过期: insurance or annual inspection expired. */
    DOCUMENT_EXPIRED("保险或年检过期", "insurance or inspection expired", OpsEvidence.Expiry.class),
    /** 证照即将到期: insurance or annual inspection expiring within the warning days. */
    DOCUMENT_EXPIRING("保险或年检即将到期", "insurance or inspection expiring", OpsEvidence.Expiry.class),
    /** 非定点加油: refuelled elsewhere than at the designated station. */
    FUEL_OFF_DESIGNATED("非定点加油", "refuelled off the designated station", OpsEvidence.OffDesignated.class),
    /** 非定点维修: repaired elsewhere than at the designated garage. */
    REPAIR_OFF_DESIGNATED("非定点维修", "repaired off the designated garage", OpsEvidence.OffDesignated.class),
    /** 借调驾驶员: a seconded driver where labour dispatch is required. */
    DRIVER_SECONDED("借调驾驶员", "seconded driver", OpsEvidence.DriverEmploymentEvidence.class),
    /** 驾驶证过期出车: an order driven on an expired licence. */
    LICENCE_EXPIRED_TRIP("驾驶证过期出车", "trip on an expired licence", OpsEvidence.LicenceExpired.class),
    /** 派车单驾驶员不在册: an order names a driver not in the roster. */
    DRIVER_NOT_IN_ROSTER("派车单驾驶员不在册", "order's driver not in the roster", OpsEvidence.UnknownDriver.class),
    /** 租赁未审批: a rental without approval. */
    RENTAL_UNAPPROVED("租赁车辆未经审批", "rental without approval", OpsEvidence.Rental.class),
    /** 租赁超标准: a rental above its ceiling. */
    RENTAL_OVER_CEILING("租赁费用超标准", "rental above its ceiling", OpsEvidence.Rental.class),
    /** 租赁车辆未纳入平台: a rented vehicle missing from the register, so its trips escape reconciliation. */
    RENTAL_NOT_IN_REGISTER("租赁车辆未纳入平台管理", "rented vehicle not in the register", OpsEvidence.Rental.class),
    /** 新旧标识并存: old and new markings on the same car. */
    MARKING_BOTH("新旧标识并存", "old and new markings at once", OpsEvidence.BothMarkings.class),
    /** 未按期标识: not marked within the deadline after registration. */
    MARKING_LATE("未按期喷涂标识", "marking overdue", OpsEvidence.MarkingLate.class),
    /** 驶出执法区域: an enforcement vehicle outside its area. */
    AREA_EXIT("驶出规定区域", "left its area", OpsEvidence.OutsideArea.class),
    /** 无单离开停放点: left its parking place without an order. */
    LEFT_PARKING_WITHOUT_ORDER("无派车单离开停放点", "left its parking place without an order",
            OpsEvidence.OutsideArea.class),
    /** 建议处置: idle, too old or too costly to repair. */
    DISPOSAL_CANDIDATE("建议处置", "disposal candidate", OpsEvidence.DisposalCandidate.class),
    /** 终端待维修: the terminal offline for more days than allowed. */
    TERMINAL_MAINTENANCE("终端待维修", "terminal needs maintenance", OpsEvidence.TerminalOffline.class),
    /** 终端巡检逾期: the terminal not checked within the interval. */
    TERMINAL_CHECK_OVERDUE("终端巡检逾期", "terminal check overdue", OpsEvidence.TerminalCheck.class),
    /** 费用增幅超限: the year's cost rose above the threshold. */
    COST_RISE("运行费用增幅超限", "operating cost rise above threshold", OpsEvidence.CostRise.class),
    /** 费用未关联行程: a per-trip cost that belongs to no trip. */
    COST_UNATTACHED("费用未关联行程", "cost attached to no trip", OpsEvidence.CostUnattached.class);

    private final Finding.Names names;

    OpsFindingType(String chineseName, String englishName, Class<? extends Evidence> evidenceType) {
        this.names = new Finding.Names(chineseName, englishName, evidenceType);
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
        return OpsProse.sentence(this, finding, language);
    }
}
