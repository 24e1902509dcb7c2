package io.github.jiguan.examples.cli.demo;

import io.github.jiguan.core.finding.Finding;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The findings against the injected truth: each expected finding matched by at most one finding
 * and each finding by at most one expected, what was expected and not found (missed), and what was
 * found and not expected (extra).
 *
 * @param rows     per audit and finding type: expected, matched, missed and extra counts
 * @param injected every expected finding
 * @param missed  the expected findings no finding matched
 * @param extra   the findings no expected finding matched
 */
public record TruthCheck(List<Row> rows, List<Expected> injected, List<Expected> missed, List<AuditedFinding> extra) {

    /**
     * One audit's finding type.
     *
     * @param audit    the audit
     * @param type     the type's code
     * @param expected findings injected
     * @param found    findings reported
     * @param matched  injected and found
     */
    public record Row(Audit audit, String type, int expected, int found, int matched) {

        /** Injected and not found. */
        public int missed() {
            return expected - matched;
        }

        /** Found and not injected. */
        public int extra() {
            return found - matched;
        }
    }

    /** Copies the lists. */
    public TruthCheck {
        rows = List.copyOf(rows);
        injected = List.copyOf(injected);
        missed = List.copyOf(missed);
        extra = List.copyOf(extra);
    }

    /** Matches {@code findings} against {@code expected}. */
    public static TruthCheck of(List<Expected> expected, List<AuditedFinding> findings) {
        boolean[] used = new boolean[findings.size()];
        List<Expected> missed = new ArrayList<>();
        Map<String, int[]> counts = new LinkedHashMap<>();
        for (Expected e : expected) {
            int[] c = counts.computeIfAbsent(e.audit() + "|" + e.type(), k -> new int[3]);
            c[0]++;
            int hit = firstMatch(e, findings, used);
            if (hit < 0) {
                missed.add(e);
            } else {
                used[hit] = true;
                c[2]++;
            }
        }
        List<AuditedFinding> extra = new ArrayList<>();
        for (int i = 0; i < findings.size(); i++) {
            AuditedFinding a = findings.get(i);
            counts.computeIfAbsent(a.audit() + "|" + a.finding().type().code(), k -> new int[3])[1]++;
            if (!used[i]) {
                extra.add(a);
            }
        }
        List<Row> rows = new ArrayList<>();
        counts.forEach((key, c) -> {
            String[] parts = key.split("\\|", 2);
            rows.add(new Row(Audit.valueOf(parts[0]), parts[1], c[0], c[1], c[2]));
        });
        rows.sort(java.util.Comparator.comparing(Row::audit).thenComparing(Row::type));
        return new TruthCheck(rows, expected, missed, extra);
    }

    private static int firstMatch(Expected e, List<AuditedFinding> findings, boolean[] used) {
        for (int i = 0; i < findings.size(); i++) {
            Finding f = findings.get(i).finding();
            if (!used[i] && e.matches(findings.get(i).audit(), f)) {
                return i;
            }
        }
        return -1;
    }

    /** Injected findings in all. */
    public int expected() {
        return rows.stream().mapToInt(Row::expected).sum();
    }

    /** Injected findings found. */
    public int matched() {
        return rows.stream().mapToInt(Row::matched).sum();
    }

    /** Whether every injected finding was found and nothing else. */
    public boolean exact() {
        return missed.isEmpty() && extra.isEmpty();
    }
}
