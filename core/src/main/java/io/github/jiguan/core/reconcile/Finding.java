package io.github.jiguan.core.reconcile;

import io.github.jiguan.core.InvalidValueException;
import io.github.jiguan.core.internal.Check;
import java.time.Instant;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * One result of the reconciliation: what is wrong, with which vehicle and order, over which
 * interval, and the evidence an inspector needs to check it: the rule and threshold applied, the
 * trip, the order window, the distances.
 *
 * <p>{@link #detail()} renders the evidence as {@code key=value} pairs joined by {@code "; "},
 * starting with the rule; that is the detail column of findings.csv (DESIGN.md §6).
 *
 * @param type      the kind of finding
 * @param vehicleId the vehicle
 * @param orderId   the order concerned, or empty when none
 * @param start     the start of the interval the finding covers (the trip, the window, the stop,
 *                  the run of days)
 * @param end       the end of that interval, not before the start
 * @param evidence  ordered key-value evidence; keys and values are non-null
 */
public record Finding(FindingType type, String vehicleId, String orderId, Instant start, Instant end,
                      Map<String, String> evidence) {

    /** The order findings are reported in: vehicle, start, type, order, end. */
    public static final Comparator<Finding> REPORT_ORDER = Comparator.comparing(Finding::vehicleId)
            .thenComparing(Finding::start)
            .thenComparing(Finding::type)
            .thenComparing(Finding::orderId)
            .thenComparing(Finding::end)
            .thenComparing(Finding::detail);

    /** Validates the fields and copies the evidence, keeping its order; a null order id becomes empty. */
    public Finding {
        Check.notNull("type", type);
        vehicleId = Check.id("vehicle id", vehicleId);
        orderId = orderId == null ? "" : orderId.strip();
        Check.notNull("start", start);
        Check.notNull("end", end);
        if (end.isBefore(start)) {
            throw new InvalidValueException("finding end", "must not be before start " + start, end);
        }
        Check.notNull("evidence", evidence);
        LinkedHashMap<String, String> copy = new LinkedHashMap<>();
        evidence.forEach((k, v) -> copy.put(Check.notNull("evidence key", k), Check.notNull("evidence " + k, v)));
        evidence = Collections.unmodifiableMap(copy);
    }

    /** The order, if the finding concerns one. */
    public Optional<String> order() {
        return orderId.isEmpty() ? Optional.empty() : Optional.of(orderId);
    }

    /** The evidence as one line: {@code rule=…; trip=…; …}. */
    public String detail() {
        StringJoiner j = new StringJoiner("; ");
        evidence.forEach((k, v) -> j.add(k + "=" + v));
        return j.toString();
    }

    /**
     * Parses a detail line back into evidence: pairs split at {@code "; "}, each at its first
     * {@code '='}; a part without one is kept under the key {@code note}.
     */
    public static Map<String, String> parseDetail(String detail) {
        LinkedHashMap<String, String> out = new LinkedHashMap<>();
        if (detail == null || detail.isEmpty()) {
            return out;
        }
        for (String part : detail.split("; ")) {
            int eq = part.indexOf('=');
            if (eq > 0) {
                out.put(part.substring(0, eq), part.substring(eq + 1));
            } else {
                out.merge("note", part, (a, b) -> a + "; " + b);
            }
        }
        return out;
    }
}
