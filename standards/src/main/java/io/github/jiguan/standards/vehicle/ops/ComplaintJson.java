package io.github.jiguan.standards.vehicle.ops;

import io.github.jiguan.core.ChinaTime;
import io.github.jiguan.core.finding.EvidenceJson;
import io.github.jiguan.core.finding.Finding;
import io.github.jiguan.core.finding.FindingsJsonLines;
import io.github.jiguan.core.finding.Language;
import io.github.jiguan.core.fleet.Vehicle;
import java.util.List;
import java.util.Optional;

/**
 * Writes a {@link ComplaintAnswer} as one JSON object, the machine-readable half of the evidence
 * package: times ISO-8601 with the Beijing offset, findings in the form of {@link FindingsJsonLines}
 * (with their sentence in the language asked for). Stateless; thread-safe.
 */
public final class ComplaintJson {

    private ComplaintJson() {
    }

    /** The answer as pretty-printed JSON, one member per line. */
    public static String of(ComplaintAnswer a, Language language) {
        StringBuilder b = new StringBuilder(4096).append("{\n");
        member(b, "plate", a.complaint().plate().display());
        member(b, "time", ChinaTime.format(a.complaint().time()));
        member(b, "near", a.complaint().near().map(p -> (Object) List.of(p.latitude(), p.longitude())));
        member(b, "received", ChinaTime.format(a.complaint().received()));
        member(b, "deadline", ChinaTime.format(a.deadline()));
        member(b, "deadline_rule", a.deadlineRule().toString());
        member(b, "verdict", a.verdict());
        member(b, "verdict_text", language.pick(a.verdict().chinese(), a.verdict().english()));
        b.append("  \"vehicle\": ");
        vehicle(b, a.vehicle());
        b.append(",\n");
        member(b, "trip", a.trip());
        member(b, "order", a.order());
        member(b, "driver_id", a.driverId());
        member(b, "driver_source", a.driverSource());
        member(b, "driver", a.driver());
        member(b, "near_metres", a.nearMetres());
        member(b, "excerpt", a.excerpt());
        b.append("  \"findings\": [");
        List<Finding> findings = a.findings();
        for (int i = 0; i < findings.size(); i++) {
            b.append(i == 0 ? "\n    " : ",\n    ").append(FindingsJsonLines.line(findings.get(i), language));
        }
        b.append(findings.isEmpty() ? "]\n" : "\n  ]\n");
        return b.append("}\n").toString();
    }

    private static void member(StringBuilder b, String key, Object value) {
        b.append("  ");
        EvidenceJson.string(b, key);
        b.append(": ");
        EvidenceJson.value(b, value);
        b.append(",\n");
    }

    private static void vehicle(StringBuilder b, Optional<Vehicle> vehicle) {
        if (vehicle.isEmpty()) {
            b.append("null");
            return;
        }
        Vehicle v = vehicle.get();
        b.append("{\"vehicle_id\":");
        EvidenceJson.string(b, v.id());
        b.append(",\"plate\":");
        EvidenceJson.string(b, v.plate().display());
        b.append(",\"agency_id\":");
        EvidenceJson.string(b, v.agencyId());
        b.append(",\"category\":");
        EvidenceJson.string(b, v.category().name());
        b.append('}');
    }
}
