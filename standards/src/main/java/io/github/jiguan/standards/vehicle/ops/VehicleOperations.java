package io.github.jiguan.standards.vehicle.ops;

import io.github.jiguan.core.Checks;
import io.github.jiguan.core.finding.Finding;
import io.github.jiguan.core.track.TrackPolicy;
import io.github.jiguan.standards.vehicle.ReplacementRule;
import io.github.jiguan.standards.vehicle.VehicleConfigurationStandard;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The vehicle-operations audit: the per-vehicle file (一车一档) and its expiries, designated garage
 * and station, drivers and their licences, rentals, marking, areas and parking, disposal
 * candidates, terminal maintenance and the cost sheets (单车核算). Each finding cites the rule and
 * figure it applied from the {@link OperationsStandard}.
 *
 * <p>Trips are detected with the {@link TrackPolicy}; a trip belongs to the order whose window,
 * widened by the tolerance on both sides, it overlaps most (as in the reconciliation). Immutable and
 * thread-safe.
 */
public final class VehicleOperations {

    private final OperationsStandard standard;
    private final ReplacementRule replacement;
    private final VehicleConfigurationStandard configuration;
    private final TrackPolicy track;
    private final Duration tolerance;

    /** An audit against the given standards, detecting trips with {@code track} and widening order windows by {@code tolerance}. */
    public VehicleOperations(OperationsStandard standard, ReplacementRule replacement,
                             VehicleConfigurationStandard configuration, TrackPolicy track, Duration tolerance) {
        this.standard = Checks.notNull("operations standard", standard);
        this.replacement = Checks.notNull("replacement rule", replacement);
        this.configuration = Checks.notNull("configuration standard", configuration);
        this.track = Checks.notNull("track policy", track);
        this.tolerance = Checks.notNull("tolerance", tolerance);
    }

    /** An audit against the standards as shipped, with the default trip detection and a 30-minute tolerance. */
    public static VehicleOperations national() {
        return new VehicleOperations(OperationsStandard.national(), ReplacementRule.national(),
                VehicleConfigurationStandard.national(), TrackPolicy.defaults(), Duration.ofMinutes(30));
    }

    /** The figures applied. */
    public OperationsStandard standard() {
        return standard;
    }

    /**
     * Runs every rule on {@code data} as of {@code asOf}.
     *
     * @throws io.github.jiguan.core.InvalidValueException when a vehicle, file or driver id appears twice
     */
    public OperationsReport run(OperationsData data, LocalDate asOf) {
        Checks.notNull("data", data);
        Checks.notNull("as of", asOf);
        OpsContext c = new OpsContext(data, asOf, standard, track, tolerance);
        List<Finding> findings = new ArrayList<>();
        List<OperationsReport.UnitCompleteness> dossiers = new ArrayList<>();
        findings.addAll(DossierRules.run(c, dossiers));
        findings.addAll(PeopleRules.drivers(c));
        findings.addAll(PeopleRules.rentals(c));
        findings.addAll(MarkingRules.run(c, configuration));
        findings.addAll(AreaRules.run(c));
        findings.addAll(FleetHealthRules.disposal(c, replacement));
        List<OperationsReport.TerminalRank> terminals = new ArrayList<>();
        findings.addAll(FleetHealthRules.terminals(c, terminals));
        List<OperationsReport.TripCost> trips = new ArrayList<>();
        findings.addAll(CostSheets.tripCosts(c, trips));
        List<OperationsReport.AnnualCost> annual = new ArrayList<>();
        List<OperationsReport.UnitAnnualCost> units = new ArrayList<>();
        List<OperationsReport.EnergyComparison> energy = new ArrayList<>();
        findings.addAll(CostSheets.annual(c, annual, units, energy));
        findings.sort(Finding.REPORT_ORDER);
        return new OperationsReport(findings, trips, annual, units, energy, terminals, dossiers);
    }
}
