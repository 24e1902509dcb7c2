package io.github.jiguan.examples.flink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jiguan.core.calendar.WorkCalendar;
import io.github.jiguan.core.finding.Language;
import io.github.jiguan.core.fleet.DispatchOrder;
import io.github.jiguan.core.fleet.Vehicle;
import io.github.jiguan.core.reconcile.ReconcilePolicy;
import io.github.jiguan.core.reconcile.Reconciler;
import io.github.jiguan.core.track.Fix;
import io.github.jiguan.core.track.FixColumns;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.runtime.checkpoint.OperatorSubtaskState;
import org.apache.flink.streaming.api.operators.KeyedProcessOperator;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link ReconcileFunction} under Flink's keyed operator test harness, on event time: findings
 * come out only as the watermark passes them, a fix behind the watermark goes to the late side
 * output, and a snapshot taken halfway and restored into a new operator goes on to the batch
 * reconciler's findings for the vehicle, each once.
 */
class ReconcileFunctionTest {

    private static final Duration LATENESS = Duration.ofHours(6);

    private static KeyedOneInputStreamOperatorTestHarness<String, InputRow, OutputRow> harness(JobSettings s)
            throws Exception {
        return new KeyedOneInputStreamOperatorTestHarness<>(new KeyedProcessOperator<>(new ReconcileFunction(s)),
                r -> r.vehicleId, Types.STRING);
    }

    @Test
    void onEventTimeTheOperatorEmitsTheBatchFindingsAcrossASnapshot(@TempDir Path dir) throws Exception {
        CountyFiles county = CountyFiles.generate();
        county.write(dir, county.fixes);
        JobSettings settings = county.settings(dir, LATENESS);
        Reconciler reconciler = Reconciler.of(WorkCalendar.chinaOfficial(), ReconcilePolicy.defaults());
        Vehicle vehicle = county.fleet.vehicles().stream().max(java.util.Comparator.comparingInt(v -> reconciler
                .reconcileVehicle(v, orders(county, v), FixColumns.of(v.id(), fixes(county, v)), county.fleet.period())
                .findings().size())).orElseThrow();
        List<Fix> fixes = fixes(county, vehicle);
        List<DispatchOrder> orders = orders(county, vehicle);

        var first = harness(settings);
        first.open();
        first.processElement(new StreamRecord<>(InputRow.vehicle(vehicle.id()), Long.MIN_VALUE));
        for (DispatchOrder o : orders) {
            first.processElement(new StreamRecord<>(InputRow.order(o), o.createdAt().toEpochMilli()));
        }
        assertTrue(first.extractOutputValues().isEmpty(), "nothing is final before a watermark");
        int half = fixes.size() / 2;
        feed(first, fixes.subList(0, half));
        List<OutputRow> before = findings(first.extractOutputValues());
        assertTrue(!before.isEmpty(), "findings come out as the watermark passes them");
        OperatorSubtaskState saved = first.snapshot(1, 0);
        first.close();

        var second = harness(settings);
        second.initializeState(saved);
        second.open();
        feed(second, fixes.subList(half, fixes.size()));
        Fix late = fixes.get(half / 2);
        second.processElement(new StreamRecord<>(InputRow.fix(late), late.time().toEpochMilli()));
        assertEquals(1, second.getSideOutput(ReconcileFunction.LATE).size(), "the late fix is on the side output");
        second.processWatermark(Long.MAX_VALUE);
        List<OutputRow> after = findings(second.extractOutputValues());
        second.close();

        List<OutputRow> streamed = new ArrayList<>(before);
        streamed.addAll(after);
        streamed.sort(OutputRow.REPORT_ORDER);
        var batch = reconciler.reconcileVehicle(vehicle, orders, FixColumns.of(vehicle.id(), fixes), county.fleet.period());
        List<OutputRow> expected = new ArrayList<>(batch.findings().stream().map(f -> OutputRow.finding(f, Language.ZH)).toList());
        expected.sort(OutputRow.REPORT_ORDER);
        assertTrue(expected.size() > 1, "the vehicle has findings: " + expected.size());
        assertEquals(CountyFiles.lines(expected), CountyFiles.lines(streamed));
    }

    /** Feeds fixes in time order, the watermark the lateness behind, as the job's watermark strategy does. */
    private static void feed(KeyedOneInputStreamOperatorTestHarness<String, InputRow, OutputRow> h, List<Fix> fixes)
            throws Exception {
        long max = Long.MIN_VALUE;
        for (int i = 0; i < fixes.size(); i++) {
            Fix f = fixes.get(i);
            h.processElement(new StreamRecord<>(InputRow.fix(f), f.time().toEpochMilli()));
            max = Math.max(max, f.time().toEpochMilli());
            if (i % 200 == 199) {
                h.processWatermark(max - LATENESS.toMillis() - 1);
            }
        }
        h.processWatermark(max - LATENESS.toMillis() - 1);
    }

    private static List<Fix> fixes(CountyFiles county, Vehicle v) {
        return county.fixes.stream().filter(f -> f.vehicleId().equals(v.id())).toList();
    }

    private static List<DispatchOrder> orders(CountyFiles county, Vehicle v) {
        return county.fleet.orders().stream().filter(o -> o.vehicleId().equals(v.id())).toList();
    }

    private static List<OutputRow> findings(List<OutputRow> out) {
        return out.stream().filter(r -> r.kind == OutputRow.Kind.FINDING).toList();
    }
}
