package io.github.jiguan.testkit.county;

import io.github.jiguan.core.Checks;
import io.github.jiguan.core.finding.Finding;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How the findings of a run compare with the violations injected into its data (injected.csv):
 * per finding type, how many were injected, matched, missed, and how many findings are extra.
 *
 * <p>The matching rule: a finding matches an injected row when both have the same type code, the
 * same vehicle and the same order (both without an order, or the same id), and their intervals
 * overlap once each is widened by the slack ({@link #DEFAULT_SLACK}, 5 minutes) at both ends. An
 * injected row and a finding are each matched at most once: injected rows are taken in the order
 * (vehicle, start, type), and each takes the unmatched candidate whose start and end are nearest
 * (least sum of the two differences). The slack absorbs where a trip's first and last fix fall,
 * which is seconds; the largest difference seen is reported per type as {@link Row#maxOffset()}.
 *
 * <p>Immutable; thread-safe.
 */
public final class TruthScore {

    /** The widening of both intervals at both ends before they are compared: 5 minutes. */
    public static final Duration DEFAULT_SLACK = Duration.ofMinutes(5);

    /**
     * The score of one finding type.
     *
     * @param type      the type code, such as {@code TRIP_WITHOUT_ORDER}
     * @param injected  the injected rows of the type
     * @param matched   those a finding matched
     * @param missed    those no finding matched
     * @param extra     the findings of the type that matched no injected row
     * @param maxOffset the largest difference of start or end between a matched pair (zero when none)
     */
    public record Row(String type, int injected, int matched, int missed, int extra, Duration maxOffset) {
    }

    private final Duration slack;
    private final List<Row> rows;
    private final List<Injected> missed;
    private final List<Finding> extra;

    private TruthScore(Duration slack, List<Row> rows, List<Injected> missed, List<Finding> extra) {
        this.slack = slack;
        this.rows = rows;
        this.missed = missed;
        this.extra = extra;
    }

    /** Scores {@code findings} against {@code truth} with the {@link #DEFAULT_SLACK}. */
    public static TruthScore of(Collection<Injected> truth, Collection<Finding> findings) {
        return of(truth, findings, DEFAULT_SLACK);
    }

    /**
     * Scores {@code findings} against {@code truth}, widening intervals by {@code slack}.
     *
     * @throws io.github.jiguan.core.InvalidValueException when an argument is null or the slack negative
     */
    public static TruthScore of(Collection<Injected> truth, Collection<Finding> findings, Duration slack) {
        Checks.notNull("truth", truth);
        Checks.notNull("findings", findings);
        if (Checks.notNull("slack", slack).isNegative()) {
            throw new io.github.jiguan.core.InvalidValueException("slack", "must not be negative", slack);
        }
        Map<String, List<Finding>> open = new HashMap<>();
        for (Finding f : findings) {
            open.computeIfAbsent(key(f.type().code(), f.vehicleId().orElse(""), f.orderId().orElse("")),
                    k -> new ArrayList<>()).add(f);
        }
        Map<String, Tally> tallies = new TreeMap<>();
        List<Injected> missed = new ArrayList<>();
        List<Injected> ordered = truth.stream().sorted(Comparator.comparing(Injected::vehicleId)
                .thenComparing(Injected::start).thenComparing(i -> i.type().code())).toList();
        for (Injected i : ordered) {
            Tally t = tallies.computeIfAbsent(i.type().code(), c -> new Tally());
            t.injected++;
            List<Finding> candidates = open.getOrDefault(key(i.type().code(), i.vehicleId(), i.orderId()), List.of());
            Finding best = nearest(i, candidates, slack);
            if (best == null) {
                missed.add(i);
            } else {
                candidates.remove(best);
                t.matched++;
                t.offset(Duration.between(i.start(), best.start()).abs());
                t.offset(Duration.between(i.end(), best.end()).abs());
            }
        }
        List<Finding> extra = new ArrayList<>();
        open.values().forEach(extra::addAll);
        extra.sort(Finding.REPORT_ORDER);
        extra.forEach(f -> tallies.computeIfAbsent(f.type().code(), c -> new Tally()).extra++);
        List<Row> rows = new ArrayList<>();
        tallies.forEach((type, t) -> rows.add(new Row(type, t.injected, t.matched, t.injected - t.matched, t.extra,
                t.maxOffset)));
        return new TruthScore(slack, List.copyOf(rows), List.copyOf(missed), List.copyOf(extra));
    }

    private static Finding nearest(Injected i, List<Finding> candidates, Duration slack) {
        Finding best = null;
        long bestDistance = Long.MAX_VALUE;
        for (Finding f : candidates) {
            if (!overlap(i.start().minus(slack), i.end().plus(slack), f.start().minus(slack), f.end().plus(slack))) {
                continue;
            }
            long d = Math.abs(Duration.between(i.start(), f.start()).toMillis())
                    + Math.abs(Duration.between(i.end(), f.end()).toMillis());
            if (d < bestDistance) {
                best = f;
                bestDistance = d;
            }
        }
        return best;
    }

    /** Closed intervals, so that two instants widened by zero slack still meet when equal. */
    private static boolean overlap(Instant s1, Instant e1, Instant s2, Instant e2) {
        return !s1.isAfter(e2) && !s2.isAfter(e1);
    }

    private static String key(String type, String vehicle, String order) {
        return type + '\u0000' + vehicle + '\u0000' + order;
    }

    private static final class Tally {
        int injected;
        int matched;
        int extra;
        Duration maxOffset = Duration.ZERO;

        void offset(Duration d) {
            if (d.compareTo(maxOffset) > 0) {
                maxOffset = d;
            }
        }
    }

    /** The slack the intervals were widened by. */
    public Duration slack() {
        return slack;
    }

    /** One row per type that was injected or found, ordered by type code. */
    public List<Row> rows() {
        return rows;
    }

    /** The sums over every type; its {@code maxOffset} is the largest of all. */
    public Row total() {
        Duration max = rows.stream().map(Row::maxOffset).max(Comparator.naturalOrder()).orElse(Duration.ZERO);
        return new Row("total", rows.stream().mapToInt(Row::injected).sum(), rows.stream().mapToInt(Row::matched).sum(),
                rows.stream().mapToInt(Row::missed).sum(), rows.stream().mapToInt(Row::extra).sum(), max);
    }

    /** The injected rows no finding matched, in the order they were taken. */
    public List<Injected> missed() {
        return missed;
    }

    /** The findings that matched no injected row, in report order. */
    public List<Finding> extra() {
        return extra;
    }

    /** Whether every injected row was matched and no finding is extra. */
    public boolean isExact() {
        return missed.isEmpty() && extra.isEmpty();
    }
}
