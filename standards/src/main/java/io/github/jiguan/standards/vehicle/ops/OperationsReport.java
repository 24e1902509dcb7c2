package io.github.jiguan.standards.vehicle.ops;

import io.github.jiguan.core.finding.Finding;
import io.github.jiguan.core.fleet.CostKind;
import io.github.jiguan.core.fleet.DispatchOrder;
import io.github.jiguan.core.fleet.VehicleCategory;
import io.github.jiguan.core.track.Trip;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the vehicle-operations audit produced: the findings, and the sheets an inspector reads
 * beside them (per-trip costs, annual costs per vehicle and per unit, new-energy against fuel
 * vehicles, terminal offline ranking, file completeness per unit).
 *
 * @param findings  the findings in {@link Finding#REPORT_ORDER}
 * @param tripCosts one row per trip with its costs, then one row per per-trip cost attached to no trip
 * @param annual    the annual cost per vehicle and year
 * @param units     the annual cost per unit and year
 * @param energy    new-energy against fuel vehicles per category and year
 * @param terminals the vehicles by offline days, most first
 * @param dossiers  the file completeness per unit
 */
public record OperationsReport(List<Finding> findings, List<TripCost> tripCosts, List<AnnualCost> annual,
                               List<UnitAnnualCost> units, List<EnergyComparison> energy, List<TerminalRank> terminals,
                               List<UnitCompleteness> dossiers) {

    /** The units by their vehicles' offline days, most first: the sums of {@link #terminals()}. */
    public List<UnitTerminals> terminalUnits() {
        Map<String, int[]> sums = new java.util.TreeMap<>();
        for (TerminalRank t : terminals) {
            int[] s = sums.computeIfAbsent(t.agencyId(), k -> new int[3]);
            s[0]++;
            s[1] += t.offlineDays();
            s[2] += t.days();
        }
        List<UnitTerminals> out = new java.util.ArrayList<>();
        sums.forEach((unit, s) -> out.add(new UnitTerminals(unit, s[0], s[1], s[2])));
        out.sort(Comparator.comparingInt(UnitTerminals::offlineDays).reversed().thenComparing(UnitTerminals::agencyId));
        return List.copyOf(out);
    }

    /**
     * A unit's terminals over the trajectory period.
     *
     * @param agencyId    the unit
     * @param vehicles    its vehicles in service
     * @param offlineDays the sum of their offline days
     * @param vehicleDays the sum of their days in service
     */
    public record UnitTerminals(String agencyId, int vehicles, int offlineDays, int vehicleDays) {
        /** The offline rate (离线率): offline vehicle-days over vehicle-days, 0 without days. */
        public BigDecimal offlineRate() {
            return vehicleDays == 0 ? BigDecimal.ZERO : CostSheets.share(BigDecimal.valueOf(offlineDays),
                    BigDecimal.valueOf(vehicleDays));
        }
    }

    /** Copies the lists. */
    public OperationsReport {
        findings = List.copyOf(findings);
        tripCosts = List.copyOf(tripCosts);
        annual = List.copyOf(annual);
        units = List.copyOf(units);
        energy = List.copyOf(energy);
        terminals = List.copyOf(terminals);
        dossiers = List.copyOf(dossiers);
    }

    /**
     * One row of the per-trip cost sheet (单车核算): a trip with its order, driver and costs, or a
     * per-trip cost that could be attached to no trip (then {@code trip} is empty).
     *
     * @param vehicleId the vehicle
     * @param plate     its plate
     * @param agencyId  its unit
     * @param trip      the trip, empty for an unattached cost
     * @param order     the order the trip is associated with, if any
     * @param driverId  the driver named on the order, or on the cost when unattached
     * @param amounts   the per-trip costs by kind (kinds without cost absent)
     * @param costIds   the vouchers, in time order
     * @param unattached why the cost is unattached, for an unattached row
     */
    public record TripCost(String vehicleId, String plate, String agencyId, Optional<Trip> trip,
                           Optional<DispatchOrder> order, Optional<String> driverId, Map<CostKind, BigDecimal> amounts,
                           List<String> costIds, Optional<OpsEvidence.Unattached> unattached) {
        /** Copies the collections. */
        public TripCost {
            amounts = amounts.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(amounts));
            costIds = List.copyOf(costIds);
        }

        /** The sum of the amounts. */
        public BigDecimal total() {
            return amounts.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        }
    }

    /**
     * The cost of one vehicle in one year.
     *
     * @param vehicleId   the vehicle
     * @param plate       its plate
     * @param agencyId    its unit
     * @param year        the year
     * @param amounts     the cost by kind
     * @param km          the distance of its detected trips that year, if trajectories were given
     * @param previous    the previous year's total, if the vehicle had costs then
     */
    public record AnnualCost(String vehicleId, String plate, String agencyId, int year, Map<CostKind, BigDecimal> amounts,
                             Optional<BigDecimal> km, Optional<BigDecimal> previous) {
        /** Copies the map. */
        public AnnualCost {
            amounts = amounts.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(amounts));
        }

        /** The year's total. */
        public BigDecimal total() {
            return amounts.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        }

        /** The total per 100 km, when a distance is known. */
        public Optional<BigDecimal> per100Km() {
            return km.filter(k -> k.signum() > 0).map(k -> CostSheets.per100(total(), k));
        }

        /** The change against the previous year as a share, when the previous year had a cost. */
        public Optional<BigDecimal> change() {
            return previous.filter(p -> p.signum() > 0).map(p -> CostSheets.share(total().subtract(p), p));
        }
    }

    /**
     * The cost of one unit in one year.
     *
     * @param agencyId         the unit
     * @param year             the year
     * @param totalYuan        the cost of all its vehicles
     * @param vehicles         the vehicles with a cost that year
     * @param previousPerVehicle the previous year's cost per vehicle, if any
     */
    public record UnitAnnualCost(String agencyId, int year, BigDecimal totalYuan, int vehicles,
                                 Optional<BigDecimal> previousPerVehicle) {
        /** The cost per vehicle. */
        public BigDecimal perVehicle() {
            return CostSheets.divide(totalYuan, BigDecimal.valueOf(vehicles));
        }

        /** The change of the cost per vehicle against the previous year, as a share. */
        public Optional<BigDecimal> change() {
            return previousPerVehicle.filter(p -> p.signum() > 0).map(p -> CostSheets.share(perVehicle().subtract(p), p));
        }
    }

    /**
     * New-energy against fuel vehicles of one category in one year.
     *
     * @param year     the year
     * @param category the category
     * @param newEnergy the new-energy vehicles' figures
     * @param fuel     the fuel vehicles' figures
     */
    public record EnergyComparison(int year, VehicleCategory category, Group newEnergy, Group fuel) {

        /** How much lower the new-energy vehicles' energy cost per 100 km is, as a share of the fuel vehicles'. */
        public Optional<BigDecimal> energySaving() {
            return newEnergy.energyPer100Km().flatMap(n -> fuel.energyPer100Km().filter(f -> f.signum() > 0)
                    .map(f -> CostSheets.share(f.subtract(n), f)));
        }

        /** How much lower the new-energy vehicles' cost per vehicle is, as a share of the fuel vehicles'. */
        public Optional<BigDecimal> costSaving() {
            return newEnergy.perVehicle().flatMap(n -> fuel.perVehicle().filter(f -> f.signum() > 0)
                    .map(f -> CostSheets.share(f.subtract(n), f)));
        }

        /**
         * One group's figures.
         *
         * @param vehicles   vehicles with costs
         * @param km         their detected distance
         * @param energyYuan their fuel and electricity
         * @param totalYuan  all their costs
         */
        public record Group(int vehicles, BigDecimal km, BigDecimal energyYuan, BigDecimal totalYuan) {
            /** Energy cost per 100 km, when they drove. */
            public Optional<BigDecimal> energyPer100Km() {
                return km.signum() > 0 ? Optional.of(CostSheets.per100(energyYuan, km)) : Optional.empty();
            }

            /** All their costs per 100 km, when they drove. */
            public Optional<BigDecimal> costPer100Km() {
                return km.signum() > 0 ? Optional.of(CostSheets.per100(totalYuan, km)) : Optional.empty();
            }

            /** Cost per vehicle, when there are vehicles. */
            public Optional<BigDecimal> perVehicle() {
                return vehicles > 0 ? Optional.of(CostSheets.divide(totalYuan, BigDecimal.valueOf(vehicles)))
                        : Optional.empty();
            }
        }
    }

    /**
     * A vehicle's terminal by offline days.
     *
     * @param vehicleId   the vehicle
     * @param plate       its plate
     * @param agencyId    its unit
     * @param offlineDays days in service without a fix
     * @param days        days in service in the period
     * @param lastFix     the last fix, if any
     */
    public record TerminalRank(String vehicleId, String plate, String agencyId, int offlineDays, int days,
                               Optional<Instant> lastFix) {
        /** Most offline days first, then by vehicle. */
        public static final Comparator<TerminalRank> ORDER = Comparator.comparingInt(TerminalRank::offlineDays).reversed()
                .thenComparing(TerminalRank::vehicleId);
    }

    /**
     * One unit's file completeness.
     *
     * @param agencyId   the unit
     * @param vehicles   its vehicles in service
     * @param incomplete those whose file is incomplete, sorted
     */
    public record UnitCompleteness(String agencyId, int vehicles, List<String> incomplete) {
        /** Copies the list. */
        public UnitCompleteness {
            incomplete = List.copyOf(incomplete);
        }
    }
}
