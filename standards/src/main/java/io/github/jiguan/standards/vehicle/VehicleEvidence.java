package io.github.jiguan.standards.vehicle;

import io.github.jiguan.core.finding.Evidence;
import io.github.jiguan.core.fleet.EnergyType;
import io.github.jiguan.core.fleet.Marking;
import io.github.jiguan.core.fleet.VehicleCategory;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * The typed evidence of each {@link VehicleFindingType}: one record per rule, holding the litres,
 * yuan, dates and counts the rule compared. Read it with
 * {@link io.github.jiguan.core.finding.Finding#evidence(Class)}.
 */
public final class VehicleEvidence {

    private VehicleEvidence() {
    }

    /**
     * 超标准配备: displacement or price above the category's ceiling.
     *
     * @param category                  the vehicle's category
     * @param tier                      the configuration tier on its record
     * @param tierApplied               the tier whose ceiling was applied (STANDARD when the category has no such tier)
     * @param displacementLitres        the displacement, when known
     * @param displacementCeilingLitres the ceiling, when the category has one
     * @param priceYuan                 the price, when known
     * @param priceCeilingYuan          the price ceiling applied
     * @param newEnergySaloonCeiling    whether the higher ceiling of new-energy saloons was applied
     * @param displacementOver          whether the displacement exceeds its ceiling
     * @param priceOver                 whether the price exceeds its ceiling
     */
    public record OverConfiguration(VehicleCategory category, ConfigurationTier tier, ConfigurationTier tierApplied,
                                    Optional<BigDecimal> displacementLitres, Optional<BigDecimal> displacementCeilingLitres,
                                    Optional<BigDecimal> priceYuan, BigDecimal priceCeilingYuan,
                                    boolean newEnergySaloonCeiling, boolean displacementOver, boolean priceOver)
            implements Evidence {
    }

    /**
     * 符合更新条件 and 提前更新: the vehicle's service against the replacement rule.
     *
     * @param purchased    the purchase date
     * @param on           the date of the comparison: the audit date, or the day it left service
     * @param yearsServed  whole years of service up to {@code on}
     * @param monthsServed months beyond those years
     * @param odometerKm   the odometer, when known
     * @param eligibleFrom the first day it may be replaced by age
     * @param leftService  whether it had left service by the audit date
     */
    public record Replacement(LocalDate purchased, LocalDate on, int yearsServed, int monthsServed,
                              Optional<BigDecimal> odometerKm, LocalDate eligibleFrom, boolean leftService)
            implements Evidence {
    }

    /**
     * 未喷涂统一标识: no uniform marking, and the category is not exempt.
     *
     * @param category the vehicle's category
     * @param marking  its marking on the record
     */
    public record MarkingMissing(VehicleCategory category, Marking marking) implements Evidence {
    }

    /**
     * 超编制配备: a unit holds more vehicles of a category than its quota.
     *
     * @param category      the category
     * @param inUse         vehicles in service on the audit date
     * @param quota         the quota (0 when none is recorded)
     * @param quotaRecorded whether a quota is recorded for the unit and category
     * @param vehicleIds    the vehicles in service, sorted
     */
    public record OverQuota(VehicleCategory category, int inUse, int quota, boolean quotaRecorded,
                            List<String> vehicleIds) implements Evidence {
        /** Copies the ids. */
        public OverQuota {
            vehicleIds = List.copyOf(vehicleIds);
        }
    }

    /**
     * 新能源汽车配备比例不足: too few new-energy vehicles among a year's purchases.
     *
     * @param year      the purchase year
     * @param purchases the vehicles bought that year (up to the audit date)
     * @param newEnergy how many of them are new-energy vehicles
     * @param minShare  the smallest share allowed, such as 0.30
     * @param toDate    the audit date when the year is not over yet
     */
    public record NewEnergyShare(int year, int purchases, int newEnergy, BigDecimal minShare,
                                 Optional<LocalDate> toDate) implements Evidence {
    }

    /**
     * One comparison of the fuel-anomaly rule.
     *
     * @param samples the figures compared with
     * @param median  their median L/100 km
     * @param limit   median × factor
     */
    public record Comparison(int samples, BigDecimal median, BigDecimal limit) {
    }

    /**
     * 油耗异常: a month's L/100 km far above the vehicle's own history or its category's median.
     *
     * @param month          the month
     * @param energy         the vehicle's energy type, when known
     * @param litres         litres taken that month
     * @param distanceKm     distance covered
     * @param litresPer100Km the month's figure
     * @param factor         the factor of the median that is an anomaly
     * @param ownHistory     the comparison with the vehicle's earlier months, when it flagged the month
     * @param categoryMedian the comparison with the same category that month, when it flagged the month
     */
    public record FuelAnomaly(YearMonth month, Optional<EnergyType> energy, BigDecimal litres, BigDecimal distanceKm,
                              BigDecimal litresPer100Km, BigDecimal factor, Optional<Comparison> ownHistory,
                              Optional<Comparison> categoryMedian) implements Evidence {
    }

    /** A field of the dossier a rule needs. */
    public enum Field {
        /** 购置日期: needed for replacement and the new-energy share. */
        PURCHASE_DATE("购置日期（无法核对更新年限和新能源比例）", "purchase date (replacement age, new-energy share)"),
        /** 价格: needed for the configuration standard. */
        PRICE("价格（无法核对配备标准）", "price (configuration standard)"),
        /** 排气量: needed for the configuration standard. */
        DISPLACEMENT("排气量（无法核对配备标准）", "displacement (configuration standard)"),
        /** 能源类型: needed for the new-energy share. */
        ENERGY("能源类型（无法核对新能源比例）", "energy type (new-energy share)"),
        /** 标识情况: needed for the marking rule. */
        MARKING("标识情况（无法核对标识化）", "marking (uniform marking)"),
        /** 里程: needed where the replacement rule has a distance. */
        ODOMETER("里程（无法核对更新里程条件）", "odometer (replacement distance)");

        private final String chinese;
        private final String english;

        Field(String chinese, String english) {
            this.chinese = chinese;
            this.english = english;
        }

        /** What is missing and what it blocks, in Chinese. */
        public String chinese() {
            return chinese;
        }

        /** What is missing and what it blocks, in English. */
        public String english() {
            return english;
        }
    }

    /**
     * 车辆档案不全: fields a rule needs are missing from the dossier.
     *
     * @param missing the fields missing, in the order of {@link Field}
     */
    public record RecordIncomplete(List<Field> missing) implements Evidence {
        /** Copies the fields. */
        public RecordIncomplete {
            missing = List.copyOf(missing);
        }
    }
}
