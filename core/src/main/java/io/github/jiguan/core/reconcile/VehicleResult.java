package io.github.jiguan.core.reconcile;

import io.github.jiguan.core.finding.Finding;
import io.github.jiguan.core.track.TrackAnalysis;
import java.util.List;

/**
 * The reconciliation of one vehicle: its findings, its summary and the trajectory analysis they
 * came from (trips, stops, gaps, online days), for a per-vehicle dossier ("一车一档").
 *
 * @param findings the findings, in report order
 * @param summary  the vehicle's figures
 * @param analysis its trips, stops, gaps and online days
 */
public record VehicleResult(List<Finding> findings, VehicleSummary summary, TrackAnalysis analysis) {

    /** Copies the list. */
    public VehicleResult {
        findings = List.copyOf(findings);
    }
}
