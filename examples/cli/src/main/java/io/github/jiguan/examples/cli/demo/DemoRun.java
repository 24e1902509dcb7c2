package io.github.jiguan.examples.cli.demo;

import io.github.jiguan.core.reconcile.ReconcileResult;
import io.github.jiguan.core.track.FleetFixes;
import io.github.jiguan.core.track.Trip;
import io.github.jiguan.examples.gateway.simulator.FleetPlan;
import io.github.jiguan.examples.gateway.simulator.SimulationReport;
import io.github.jiguan.standards.fuel.FuelDisclosureReport;
import io.github.jiguan.standards.office.OfficeAuditReport;
import io.github.jiguan.standards.office.OfficeRegister;
import io.github.jiguan.standards.vehicle.VehicleDossier;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Everything one demo run produced, for the report and the summary.
 *
 * @param config       what was run
 * @param plan         the simulated fleet, its orders and injected violations
 * @param simulation   what the terminals did
 * @param verification acknowledged against stored positions
 * @param stored       the positions read back from the gateway's database
 * @param trips        the trips found in the stored positions, by vehicle
 * @param reconcile    the reconciliation of the orders with the stored positions
 * @param register     the example office ledger
 * @param office       its audit
 * @param dossiers     the fleet's dossiers
 * @param fuel         the fuel disclosure
 * @param findings     every finding of the three audits
 * @param truth        the findings against the injected truth
 * @param elapsed      the wall time up to the report
 */
public record DemoRun(DemoConfig config, FleetPlan plan, SimulationReport simulation,
                      SimulationReport.Verification verification, FleetFixes stored, Map<String, List<Trip>> trips,
                      ReconcileResult reconcile, OfficeRegister register, OfficeAuditReport office,
                      List<VehicleDossier> dossiers, FuelDisclosureReport fuel, List<AuditedFinding> findings,
                      TruthCheck truth, Duration elapsed) {

    /** Copies the lists. */
    public DemoRun {
        findings = List.copyOf(findings);
        dossiers = List.copyOf(dossiers);
        trips = Map.copyOf(trips);
    }

    /** The findings of {@code audit}, in report order. */
    public List<io.github.jiguan.core.finding.Finding> findings(Audit audit) {
        return findings.stream().filter(f -> f.audit() == audit).map(AuditedFinding::finding).toList();
    }
}
