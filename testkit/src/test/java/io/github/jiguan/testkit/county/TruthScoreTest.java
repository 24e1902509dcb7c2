package io.github.jiguan.testkit.county;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jiguan.core.InvalidValueException;
import io.github.jiguan.core.calendar.WorkCalendar;
import io.github.jiguan.core.csv.CsvReader;
import io.github.jiguan.core.csv.CsvWriter;
import io.github.jiguan.core.csv.ImportLog;
import io.github.jiguan.core.csv.Rejection;
import io.github.jiguan.core.finding.Finding;
import io.github.jiguan.core.reconcile.Reconciler;
import io.github.jiguan.core.reconcile.ReconcilePolicy;
import io.github.jiguan.core.track.FleetFixes;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Scoring a run's findings against what was injected: the rule of {@link TruthScore}, on the real sample. */
class TruthScoreTest {

    private static SampleFleet sample;
    private static List<Finding> findings;

    @BeforeAll
    static void reconcileTheSample() {
        FleetFixes fixes = new FleetFixes();
        sample = CountyFleetGenerator.builder().build().generate((id, t, lat, lon, speed, heading, acc, valid, received) ->
                fixes.vehicle(id).add(t, lat, lon, speed, heading, acc, valid, received));
        findings = Reconciler.of(WorkCalendar.chinaOfficial(), ReconcilePolicy.defaults())
                .reconcile(sample.vehicles(), sample.orders(), fixes, sample.period()).findings();
    }

    @Test
    void theSamplesFindingsMatchEveryInjectedViolationAndNothingElse() {
        TruthScore score = TruthScore.of(sample.injected(), findings);
        assertTrue(score.isExact(), () -> score.missed() + " / " + score.extra());
        TruthScore.Row total = score.total();
        assertEquals(sample.injected().size(), total.injected());
        assertEquals(total.injected(), total.matched());
        assertTrue(total.maxOffset().compareTo(TruthScore.DEFAULT_SLACK) <= 0, total::toString);
        assertEquals(12, score.rows().size(), "every finding type is injected");
    }

    @Test
    void aFindingLeftOutIsMissedAndAnInjectedRowLeftOutMakesItsFindingExtra() {
        Injected first = sample.injected().get(0);
        List<Finding> fewer = new ArrayList<>(findings);
        fewer.removeIf(f -> f.type() == first.type() && f.vehicleId().orElseThrow().equals(first.vehicleId())
                && TruthScore.of(List.of(first), List.of(f)).isExact());
        TruthScore missing = TruthScore.of(sample.injected(), fewer);
        assertEquals(List.of(first), missing.missed());
        assertEquals(List.of(), missing.extra());

        TruthScore extra = TruthScore.of(sample.injected().subList(1, sample.injected().size()), findings);
        assertEquals(List.of(), extra.missed());
        assertEquals(1, extra.extra().size());
        assertEquals(first.type(), extra.extra().get(0).type());
        TruthScore.Row row = extra.rows().stream().filter(r -> r.type().equals(first.type().code())).findFirst().orElseThrow();
        assertEquals(1, row.extra());
    }

    @Test
    void intervalsMatchWithinTheSlackAndEachSideIsMatchedOnce() {
        Injected i = sample.injected().get(0);
        Finding f = findings.stream().filter(x -> TruthScore.of(List.of(i), List.of(x)).isExact()).findFirst().orElseThrow();
        Duration gap = Duration.between(i.start(), i.end()).plus(Duration.ofMinutes(9));
        Injected shifted = new Injected(i.type(), i.vehicleId(), i.orderId(), i.start().plus(gap), i.end().plus(gap), "later");
        // widened by 5 min each, the intervals are 10 min wide apart: a 9 min gap still meets, 11 does not
        assertTrue(TruthScore.of(List.of(shifted), List.of(f)).isExact());
        Duration far = gap.plus(Duration.ofMinutes(2));
        Injected farther = new Injected(i.type(), i.vehicleId(), i.orderId(), i.start().plus(far), i.end().plus(far), "");
        assertFalse(TruthScore.of(List.of(farther), List.of(f)).isExact());
        assertTrue(TruthScore.of(List.of(farther), List.of(f), Duration.ofMinutes(6)).isExact(), "a wider slack");

        TruthScore twice = TruthScore.of(List.of(i, i), List.of(f));
        assertEquals(1, twice.total().matched());
        assertEquals(1, twice.missed().size());
        assertThrows(InvalidValueException.class, () -> TruthScore.of(List.of(), List.of(), Duration.ofSeconds(-1)));
    }

    @Test
    void injectedCsvReadsBackWhatItWroteAndRejectsBadRows() {
        StringWriter text = new StringWriter();
        CsvWriter w = CsvWriter.of(text, InjectedCsv.HEADER);
        InjectedCsv.write(w, sample.injected());
        w.flush();
        List<Rejection> rejected = new ArrayList<>();
        String bad = "NO_SUCH_TYPE,V1,,2025-01-06T09:00:00+08:00,2025-01-06T10:00:00+08:00,x\n"
                + "TRIP_WITHOUT_ORDER,V1,,2025-01-06T09:00:00+08:00,2025-01-06T08:00:00+08:00,x\n";
        List<Injected> back = InjectedCsv.read(CsvReader.of(new StringReader(text + bad), "injected.csv"),
                ImportLog.lenient(rejected::add));
        assertEquals(sample.injected().size(), back.size());
        assertTrue(TruthScore.of(back, findings).isExact());
        assertEquals(2, rejected.size(), rejected::toString);
        assertEquals("type", rejected.get(0).column());
        assertEquals("end", rejected.get(1).column());
    }
}
