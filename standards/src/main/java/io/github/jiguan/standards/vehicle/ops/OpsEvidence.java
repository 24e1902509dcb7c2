package io.github.jiguan.standards.vehicle.ops;

import io.github.jiguan.core.finding.Evidence;
import io.github.jiguan.core.fleet.CostKind;
import io.github.jiguan.core.fleet.DriverEmployment;
import io.github.jiguan.core.fleet.MarkingState;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The typed evidence of each {@link OpsFindingType}: one record per rule with the dates, yuan,
 * metres and ids it compared. Read it with {@link io.github.jiguan.core.finding.Finding#evidence(Class)}.
 */
public final class OpsEvidence {

    private OpsEvidence() {
    }

    /**
     * 一车一档不全: items missing from a vehicle's file.
     *
     * @param missing the items missing, in the order of {@link DossierItem}
     * @param noFile  whether the vehicle has no file at all
     */
    public record DossierIncomplete(List<DossierItem> missing, boolean noFile) implements Evidence {
        /** Copies the list. */
        public DossierIncomplete {
            missing = List.copyOf(missing);
        }
    }

    /**
     * 单位车辆档案不全: a unit's vehicles whose files are incomplete.
     *
     * @param vehicles   the unit's vehicles in service
     * @param incomplete the ids of those with an incomplete file, sorted
     */
    public record UnitDossiers(int vehicles, List<String> incomplete) implements Evidence {
        /** Copies the list. */
        public UnitDossiers {
            incomplete = List.copyOf(incomplete);
        }
    }

    /** Which document of the file expires. */
    public enum Document {
        /** 保险. */
        INSURANCE("保险", "insurance"),
        /** 年检. */
        INSPECTION("年检", "annual inspection");

        private final String chinese;
        private final String english;

        Document(String chinese, String english) {
            this.chinese = chinese;
            this.english = english;
        }

        /** The Chinese name. */
        public String chinese() {
            return chinese;
        }

        /** The English name. */
        public String english() {
            return english;
        }
    }

    /**
     * 证照过期 and 证照即将到期: an insurance or inspection expired or expiring.
     *
     * @param document    which
     * @param expiry      the last day it is valid
     * @param asOf        the audit date
     * @param days        days from the audit date to the expiry (negative once expired)
     * @param warningDays how many days ahead an expiry is announced
     */
    public record Expiry(Document document, LocalDate expiry, LocalDate asOf, long days, int warningDays)
            implements Evidence {
    }

    /**
     * 非定点加油 and 非定点维修: a refuelling or repair elsewhere than at the designated place.
     *
     * @param costId      the voucher
     * @param kind        fuel, electricity or repair
     * @param time        when
     * @param place       where it was done
     * @param designated  the designated place
     * @param amountYuan  the amount
     */
    public record OffDesignated(String costId, CostKind kind, Instant time, String place, String designated,
                                BigDecimal amountYuan) implements Evidence {
    }

    /**
     * 借调驾驶员: a driver employed otherwise than by labour dispatch.
     *
     * @param driverId   the driver
     * @param employment how the driver is employed
     */
    public record DriverEmploymentEvidence(String driverId, DriverEmployment employment) implements Evidence {
    }

    /**
     * 驾驶证过期出车: a dispatch order driven on an expired licence.
     *
     * @param driverId      the driver named on the order
     * @param licenceClass  the licence class, may be empty
     * @param licenceExpiry the last day the licence was valid
     * @param departure     the order's window start
     * @param daysExpired   whole days between the expiry and the departure's date
     */
    public record LicenceExpired(String driverId, String licenceClass, LocalDate licenceExpiry, Instant departure,
                                 long daysExpired) implements Evidence {
    }

    /**
     * 派车单驾驶员不在册: an order names a driver not in the roster.
     *
     * @param driverId the id as written on the order
     */
    public record UnknownDriver(String driverId) implements Evidence {
    }

    /**
     * 租赁未审批, 租赁超标准 and 租赁车辆未纳入平台: a rental contract against the rules.
     *
     * @param contractId  the contract
     * @param lessor      the rental company
     * @param first       the first day
     * @param last        the last day
     * @param amountYuan  the contract amount
     * @param ceilingYuan the ceiling approved, if any
     * @param approval    the approval, if any
     */
    public record Rental(String contractId, String lessor, LocalDate first, LocalDate last, BigDecimal amountYuan,
                         Optional<BigDecimal> ceilingYuan, Optional<String> approval) implements Evidence {
    }

    /**
     * 新旧标识并存: old and new markings on the car.
     *
     * @param since the first day in that state
     * @param until the last day of the span reported (the day before the next change, or the audit date)
     * @param days  the days of the span
     */
    public record BothMarkings(LocalDate since, LocalDate until, long days) implements Evidence {
    }

    /**
     * 未按期标识: not marked within the deadline after registration.
     *
     * @param registered the registration date
     * @param deadline   the last day the marking was due
     * @param markedOn   the day it was first marked, if it was
     * @param state      the state on the audit date, if recorded
     * @param maxDays    the days allowed
     */
    public record MarkingLate(LocalDate registered, LocalDate deadline, Optional<LocalDate> markedOn,
                              Optional<MarkingState> state, int maxDays) implements Evidence {
    }

    /**
     * 驶出执法区域 and 无单离开停放点: a spell outside the vehicle's areas.
     *
     * @param areaIds           the areas the vehicle must stay in
     * @param first             the first fix outside
     * @param last              the last fix outside
     * @param fixes             how many fixes were outside
     * @param maxMetresOutside  the farthest it went, in metres beyond the boundary
     * @param alarmMetres       the distance beyond the boundary that counts
     */
    public record OutsideArea(List<String> areaIds, Instant first, Instant last, int fixes, double maxMetresOutside,
                              double alarmMetres) implements Evidence {
        /** Copies the list. */
        public OutsideArea {
            areaIds = List.copyOf(areaIds);
        }
    }

    /** Why a vehicle is a disposal candidate. */
    public enum DisposalReason {
        /** 长期闲置. */
        IDLE("长期闲置", "idle"),
        /** 超过更新年限. */
        AGE("已达更新年限", "past replacement age"),
        /** 维修费用过高. */
        REPAIRS("维修费用过高", "repairs too costly");

        private final String chinese;
        private final String english;

        DisposalReason(String chinese, String english) {
            this.chinese = chinese;
            this.english = english;
        }

        /** The Chinese name. */
        public String chinese() {
            return chinese;
        }

        /** The English name. */
        public String english() {
            return english;
        }
    }

    /**
     * 建议处置: a vehicle the bureau should consider disposing of.
     *
     * @param reasons          why, in the order of {@link DisposalReason}
     * @param longestIdleDays  the longest run of days without a trip in the data
     * @param idleFrom         the first day of that run, if any
     * @param idleDays         the run that counts
     * @param registered       the registration date, if known
     * @param eligibleFrom     the first day past the replacement age, if known
     * @param repairsYuan      repairs in the twelve months to the audit date
     * @param valueYuan        the vehicle's value, if known
     * @param repairShare      the share of the value repairs may reach
     */
    public record DisposalCandidate(List<DisposalReason> reasons, int longestIdleDays, Optional<LocalDate> idleFrom,
                                    int idleDays, Optional<LocalDate> registered, Optional<LocalDate> eligibleFrom,
                                    BigDecimal repairsYuan, Optional<BigDecimal> valueYuan, BigDecimal repairShare)
            implements Evidence {
        /** Copies the list. */
        public DisposalCandidate {
            reasons = List.copyOf(reasons);
        }
    }

    /**
     * 终端待维修: a terminal offline for more days than allowed.
     *
     * @param offlineDays the days in the period without a fix
     * @param periodDays  the days of the period
     * @param threshold   the days allowed
     * @param lastFix     the last fix, if any
     */
    public record TerminalOffline(int offlineDays, int periodDays, int threshold, Optional<Instant> lastFix)
            implements Evidence {
    }

    /**
     * 终端巡检逾期: a terminal not checked within the interval.
     *
     * @param lastChecked    the last check, if recorded (else the installation, if recorded)
     * @param due            the day the next check was due, if known
     * @param intervalMonths the interval
     */
    public record TerminalCheck(Optional<LocalDate> lastChecked, Optional<LocalDate> due, int intervalMonths)
            implements Evidence {
    }

    /**
     * 费用增幅超限: the cost of a vehicle (or of a unit per vehicle) rose above the threshold.
     *
     * @param year           the year
     * @param previousYuan   the previous year's cost (per vehicle for a unit)
     * @param currentYuan    this year's cost (per vehicle for a unit)
     * @param vehiclesBefore the vehicles counted the previous year (1 for a vehicle)
     * @param vehiclesNow    the vehicles counted this year (1 for a vehicle)
     * @param change         the change as a share, such as 0.40
     * @param threshold      the share that is flagged
     */
    public record CostRise(int year, BigDecimal previousYuan, BigDecimal currentYuan, int vehiclesBefore,
                           int vehiclesNow, BigDecimal change, BigDecimal threshold) implements Evidence {
    }

    /** Why a cost could not be attached to a trip. */
    public enum Unattached {
        /** No trip of the vehicle at that time. */
        NO_TRIP("该时段无行程", "no trip at that time"),
        /** The order it names had no trip. */
        ORDER_WITHOUT_TRIP("所列派车单无行程", "its order had no trip"),
        /** The order it names is not known. */
        UNKNOWN_ORDER("所列派车单不存在", "its order is unknown"),
        /** No trajectory was given for the vehicle. */
        NO_TRAJECTORY("无轨迹数据", "no trajectory given");

        private final String chinese;
        private final String english;

        Unattached(String chinese, String english) {
            this.chinese = chinese;
            this.english = english;
        }

        /** The Chinese reason. */
        public String chinese() {
            return chinese;
        }

        /** The English reason. */
        public String english() {
            return english;
        }
    }

    /**
     * 费用未关联行程: a per-trip cost that belongs to no trip.
     *
     * @param costId     the voucher
     * @param kind       the kind
     * @param time       when
     * @param amountYuan the amount
     * @param orderId    the order it names, if any
     * @param reason     why it could not be attached
     */
    public record CostUnattached(String costId, CostKind kind, Instant time, BigDecimal amountYuan,
                                 Optional<String> orderId, Unattached reason) implements Evidence {
    }
}
