package io.github.jiguan.standards.office.ledger;

import io.github.jiguan.core.finding.Evidence;
import io.github.jiguan.core.office.Area;
import io.github.jiguan.core.office.AuctionResult;
import io.github.jiguan.core.office.BuildingUse;
import io.github.jiguan.core.office.DocumentKind;
import io.github.jiguan.core.office.OwnershipStatus;
import io.github.jiguan.core.office.RepairKind;
import io.github.jiguan.core.office.RoomUse;
import io.github.jiguan.core.office.SafetyGrade;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The typed evidence of each {@link LedgerFindingType}: one record per rule with the areas (exact
 * m²), yuan, dates, grades and counts the rule compared. Read it with
 * {@link io.github.jiguan.core.finding.Finding#evidence(Class)}.
 */
public final class LedgerEvidence {

    private LedgerEvidence() {
    }

    /** Which ledger holds a room the other lacks. */
    public enum Side {
        /** Only the bureau's master ledger. */
        MASTER_ONLY,
        /** Only the unit's own ledger. */
        UNIT_ONLY
    }

    /**
     * 账账不符（房间缺失）: a room in one ledger only.
     *
     * @param side       which ledger has it
     * @param use        its use there
     * @param usableArea its area there
     */
    public record RoomMissing(Side side, RoomUse use, Area usableArea) implements Evidence {
    }

    /**
     * One field on which the two ledgers differ.
     *
     * @param field  the column, such as usable_area_m2
     * @param master the bureau's value as text
     * @param unit   the unit's value as text
     */
    public record Difference(String field, String master, String unit) {
    }

    /**
     * 账账不符（登记不一致）: a room in both ledgers, recorded differently.
     *
     * @param differences           each field that differs
     * @param toleranceSquareMetres the area difference tolerated, m²
     */
    public record RoomDiffers(List<Difference> differences, BigDecimal toleranceSquareMetres) implements Evidence {
        /** Copies the list. */
        public RoomDiffers {
            differences = List.copyOf(differences);
        }
    }

    /** The file a record with an unknown reference comes from. */
    public enum Record {
        /** rooms.csv. */
        ROOM,
        /** leases.csv (leases out; a lease in names a building outside the ledger). */
        LEASE,
        /** repairs.csv. */
        REPAIR,
        /** documents.csv. */
        DOCUMENT,
        /** energy.csv. */
        ENERGY
    }

    /**
     * 台账引用缺失: a record whose building, room or unit is not in buildings.csv, rooms.csv or
     * units.csv, so the rules that need it could not be applied to the record.
     *
     * @param record   the file
     * @param recordId the record's id (for energy: unit/building/year of its first row)
     * @param field    the column: building_id, agency_id or room_ids
     * @param value    the id it names
     */
    public record UnknownReference(Record record, String recordId, String field, String value) implements Evidence {
    }

    /**
     * 账证不符: the ledger's gross area against the certificate's.
     *
     * @param certificateNumber the certificate
     * @param ledgerArea        the gross area in the ledger
     * @param certificateArea   the area on the certificate
     * @param difference        the absolute difference
     * @param tolerancePercent  the tolerance in percent of the certificate's area
     * @param tolerance         the tolerance as an area
     */
    public record CertificateMismatch(String certificateNumber, Area ledgerArea, Area certificateArea, Area difference,
                                      BigDecimal tolerancePercent, Area tolerance) implements Evidence {
    }

    /** Whose file is incomplete. */
    public enum FileScope {
        /** A unit's (一单位一档). */
        UNIT,
        /** A property's (一房一档). */
        PROPERTY
    }

    /**
     * 档案缺失: required documents missing from a file.
     *
     * @param scope    a unit's or a property's file
     * @param missing  the kinds missing, in the order required
     * @param required every kind required
     */
    public record DocumentsMissing(FileScope scope, List<DocumentKind> missing, List<DocumentKind> required)
            implements Evidence {
        /** Copies the lists. */
        public DocumentsMissing {
            missing = List.copyOf(missing);
            required = List.copyOf(required);
        }
    }

    /**
     * 逾期未登记备案: a property neither registered nor filed after the deadline.
     *
     * @param status      its status
     * @param reason      the reason recorded; may be empty
     * @param surveyed    whether it has been surveyed
     * @param deadline    the deadline
     * @param asOf        the audit date
     * @param daysOverdue days from the deadline to the audit date
     */
    public record OwnershipOverdue(OwnershipStatus status, String reason, boolean surveyed, LocalDate deadline,
                                   LocalDate asOf, long daysOverdue) implements Evidence {
    }

    /**
     * 权利人非机关事务管理部门: a property registered to another holder.
     *
     * @param holder            the registered holder
     * @param certificateNumber the certificate
     * @param use               the building's use
     * @param requiredText      what the holder's name must contain
     */
    public record HolderMismatch(String holder, String certificateNumber, BuildingUse use, String requiredText)
            implements Evidence {
    }

    /**
     * The terms of a lease.
     *
     * @param direction      out or in
     * @param counterparty   the other party
     * @param area           the area
     * @param start          the first day
     * @param end            the last day
     * @param annualRentYuan the rent a year
     * @param approvalNumber the approval; empty when none
     */
    public record Terms(io.github.jiguan.core.office.LeaseDirection direction, String counterparty, Area area,
                        LocalDate start, LocalDate end, BigDecimal annualRentYuan, String approvalNumber) {
    }

    /**
     * 出租出借未经审批, 业务技术用房无标准文件: a lease lacking a document the rule requires.
     *
     * @param terms    the lease
     * @param required the kind of document required
     */
    public record LeaseUnsupported(Terms terms, DocumentKind required) implements Evidence {
    }

    /**
     * 租期届满仍占用: a lease past its term whose tenant has not left.
     *
     * @param terms      the lease
     * @param asOf       the audit date
     * @param daysPastEnd days from the end of the term to the audit date
     */
    public record Overstay(Terms terms, LocalDate asOf, long daysPastEnd) implements Evidence {
    }

    /**
     * 机关办公用房出租出借, 备案房产由使用单位出租: a lease out of space the rules do not let out.
     *
     * @param terms  the lease
     * @param use    the building's use
     * @param status its ownership status
     */
    public record ForbiddenLease(Terms terms, BuildingUse use, OwnershipStatus status) implements Evidence {
    }

    /**
     * 拍卖未成交: a lot unsold or withdrawn.
     *
     * @param lot    the lot
     * @param result unsold or withdrawn
     * @param area   its area
     */
    public record AuctionLot(String lot, AuctionResult result, Area area) implements Evidence {
    }

    /**
     * 有闲置仍租用: a lease in applied for while idle space of sufficient area exists in its area.
     *
     * @param requested         the area applied for
     * @param idle              the idle area in the district
     * @param district          the district compared
     * @param idleRoomIds       the idle rooms, by id
     * @param sufficientPercent idle space of this percent of the request counts as sufficient
     */
    public record IdleAvailable(Area requested, Area idle, String district, List<String> idleRoomIds,
                                BigDecimal sufficientPercent) implements Evidence {
        /** Copies the list. */
        public IdleAvailable {
            idleRoomIds = List.copyOf(idleRoomIds);
        }
    }

    /**
     * 租金超标准: a lease in above the rent ceiling.
     *
     * @param area                  the area
     * @param annualRentYuan        the rent a year
     * @param rentPerSquareMetreYuan the rent per m² a year, to the fen
     * @param ceilingYuan           the ceiling per m² a year
     */
    public record RentAboveCeiling(Area area, BigDecimal annualRentYuan, BigDecimal rentPerSquareMetreYuan,
                                   BigDecimal ceilingYuan) implements Evidence {
    }

    /**
     * 闲置超期无说明: space idle longer than the rule allows, with no reason, and what to do with it.
     *
     * @param idleSince     the first idle day; empty when the ledger does not say
     * @param limitMonths   the months allowed
     * @param area          the idle area
     * @param wholeBuilding whether every room of the building is idle
     * @param recommended   the first applicable disposal in the rules' order
     * @param reallocateTo  for a reallocation, the unit short of space; empty otherwise
     */
    public record IdleSpace(Optional<LocalDate> idleSince, int limitMonths, Area area, boolean wholeBuilding,
                            Disposal recommended, String reallocateTo) implements Evidence {
    }

    /**
     * 维修项目未经审批: a major or medium project without an approval.
     *
     * @param kind      major or medium
     * @param startedOn when work began
     * @param costYuan  its cost
     */
    public record RepairFacts(RepairKind kind, LocalDate startedOn, BigDecimal costYuan) implements Evidence {
    }

    /**
     * 大修间隔不足: a major repair sooner after the last than the rule allows.
     *
     * @param previousRepairId  the previous major repair
     * @param previousStartedOn when it began
     * @param startedOn         when this one began
     * @param minimumYears      the interval required
     */
    public record RepairTooSoon(String previousRepairId, LocalDate previousStartedOn, LocalDate startedOn,
                                int minimumYears) implements Evidence {
    }

    /**
     * 拆分项目规避审批: projects on one building within the window, each under the threshold, together over it.
     *
     * @param repairIds     the projects, in date order
     * @param costsYuan     their costs, in the same order
     * @param totalYuan     their sum
     * @param thresholdYuan the approval threshold
     * @param windowMonths  the window
     */
    public record RepairSplit(List<String> repairIds, List<BigDecimal> costsYuan, BigDecimal totalYuan,
                              BigDecimal thresholdYuan, int windowMonths) implements Evidence {
        /** Copies the lists. */
        public RepairSplit {
            repairIds = List.copyOf(repairIds);
            costsYuan = List.copyOf(costsYuan);
        }
    }

    /**
     * 危房需搬迁: a building appraised C or D.
     *
     * @param grade      the grade
     * @param appraisedOn the date of the appraisal
     * @param builtYear  the year built
     */
    public record Unsafe(SafetyGrade grade, LocalDate appraisedOn, int builtYear) implements Evidence {
    }

    /**
     * 安全鉴定逾期: a building that needs an appraisal and has none recent enough.
     *
     * @param builtYear      the year built
     * @param ageYears       its age in the audit year
     * @param use            its use
     * @param lastAppraisal  the last appraisal's date; empty when none
     * @param dueOn          the day an appraisal was due
     * @param ageThreshold   the age from which appraisals are required
     * @param intervalYears  the longest interval between appraisals
     */
    public record AppraisalOverdue(int builtYear, int ageYears, BuildingUse use, Optional<LocalDate> lastAppraisal,
                                   LocalDate dueOn, int ageThreshold, int intervalYears) implements Evidence {
    }

    /** What a year-on-year comparison measures. */
    public enum Metric {
        /** Water per head, tonnes. */
        WATER_PER_HEAD,
        /** Energy per m² of floor area, kgce. */
        ENERGY_PER_SQUARE_METRE
    }

    /**
     * 能耗同比上升: water per head or energy per m² rose more than the target allows.
     *
     * @param metric          what was measured
     * @param year            the later year
     * @param previous        the figure of the year before, 2 decimals
     * @param current         the figure of {@code year}, 2 decimals
     * @param risePercent     the rise in percent, 2 decimals
     * @param maxRisePercent  the largest rise allowed
     */
    public record EnergyRise(Metric metric, int year, BigDecimal previous, BigDecimal current, BigDecimal risePercent,
                             BigDecimal maxRisePercent) implements Evidence {
    }

    /**
     * 节能改造回收期过长: a retrofit that pays back later than the target.
     *
     * @param costYuan         its cost
     * @param annualSavingYuan its saving a year
     * @param paybackYears     cost over saving, 1 decimal; empty when it saves nothing
     * @param maxYears         the longest payback allowed
     */
    public record Payback(BigDecimal costYuan, BigDecimal annualSavingYuan, Optional<BigDecimal> paybackYears,
                          BigDecimal maxYears) implements Evidence {
    }
}
