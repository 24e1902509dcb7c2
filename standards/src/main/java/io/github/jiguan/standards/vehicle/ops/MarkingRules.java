package io.github.jiguan.standards.vehicle.ops;

import io.github.jiguan.core.finding.Coverage;
import io.github.jiguan.core.finding.Finding;
import io.github.jiguan.core.fleet.MarkingChange;
import io.github.jiguan.core.fleet.MarkingState;
import io.github.jiguan.core.fleet.Vehicle;
import io.github.jiguan.core.fleet.VehicleFile;
import io.github.jiguan.standards.vehicle.VehicleConfigurationStandard;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** 标识化: old and new markings at once, and marking within the days allowed after registration. */
final class MarkingRules {

    private MarkingRules() {
    }

    static List<Finding> run(OpsContext c, VehicleConfigurationStandard configuration) {
        Map<String, List<MarkingChange>> history = new HashMap<>();
        c.data.markings().stream().filter(m -> !m.since().isAfter(c.asOf))
                .sorted(Comparator.comparing(MarkingChange::since))
                .forEach(m -> history.computeIfAbsent(m.vehicleId(), k -> new ArrayList<>()).add(m));
        List<Finding> findings = new ArrayList<>();
        for (Vehicle v : c.inService()) {
            List<MarkingChange> changes = history.getOrDefault(v.id(), List.of());
            if (c.standard.bothMarkingsForbidden()) {
                findings.addAll(both(c, v, changes));
            }
            if (configuration.markingRequired(v.category())) {
                c.file(v.id()).flatMap(VehicleFile::registered).flatMap(r -> late(c, v, r, changes)).ifPresent(findings::add);
            }
        }
        return findings;
    }

    private static List<Finding> both(OpsContext c, Vehicle v, List<MarkingChange> changes) {
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < changes.size(); i++) {
            MarkingChange m = changes.get(i);
            if (m.state() != MarkingState.BOTH) {
                continue;
            }
            LocalDate until = i + 1 < changes.size() ? changes.get(i + 1).since().minusDays(1) : c.asOf;
            if (until.isBefore(m.since())) {
                continue;
            }
            findings.add(OpsContext.about(OpsFindingType.MARKING_BOTH, v, Coverage.days(m.since(), until),
                    c.standard.cite("marking.both_forbidden", "新旧标识不得并存"),
                    new OpsEvidence.BothMarkings(m.since(), until, ChronoUnit.DAYS.between(m.since(), until) + 1)));
        }
        return findings;
    }

    private static Optional<Finding> late(OpsContext c, Vehicle v, LocalDate registered, List<MarkingChange> changes) {
        Optional<MarkingState> now = changes.isEmpty() ? Optional.empty()
                : Optional.of(changes.get(changes.size() - 1).state());
        if (now.orElse(null) == MarkingState.EXEMPT) {
            return Optional.empty();
        }
        int days = c.standard.markingDays();
        LocalDate deadline = registered.plusDays(days);
        Optional<LocalDate> marked = changes.stream().filter(m -> m.state().isMarked()).map(MarkingChange::since)
                .findFirst();
        boolean late = marked.map(d -> d.isAfter(deadline)).orElse(c.asOf.isAfter(deadline));
        if (!late) {
            return Optional.empty();
        }
        return Optional.of(OpsContext.about(OpsFindingType.MARKING_LATE, v,
                Coverage.days(deadline.plusDays(1), marked.orElse(c.asOf).isAfter(deadline) ? marked.orElse(c.asOf)
                        : deadline.plusDays(1)),
                c.standard.cite("marking.max_days", "注册登记后 " + days + " 日内完成标识"),
                new OpsEvidence.MarkingLate(registered, deadline, marked, now, days)));
    }
}
