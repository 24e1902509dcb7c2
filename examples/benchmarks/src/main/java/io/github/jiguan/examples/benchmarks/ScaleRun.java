package io.github.jiguan.examples.benchmarks;

import io.github.jiguan.core.calendar.WorkCalendar;
import io.github.jiguan.core.reconcile.ReconcilePolicy;
import io.github.jiguan.core.reconcile.ReconcileResult;
import io.github.jiguan.core.reconcile.Reconciler;
import java.util.Locale;

/**
 * The scale run of the reconciliation, outside JMH: generates fleets of growing size in memory
 * and reconciles each on one thread, printing fixes, time and fixes per second, so that the
 * growth with vehicles can be read off. Run with
 * {@code java -Xmx8g -cp examples/benchmarks/target/benchmarks.jar io.github.jiguan.examples.benchmarks.ScaleRun [vehicles...]}
 * (default 250 500 1000; 30 days, 2 s reporting while moving).
 */
public final class ScaleRun {

    private ScaleRun() {
    }

    /** Runs the scale series. */
    public static void main(String[] args) {
        int[] sizes = args.length == 0 ? new int[] {250, 500, 1000}
                : java.util.Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
        Reconciler reconciler = Reconciler.of(WorkCalendar.chinaOfficial(), ReconcilePolicy.defaults());
        for (int vehicles : sizes) {
            Samples.InMemory data = Samples.generate(vehicles, 30, 2);
            long fixes = data.fixes().size();
            double best = Double.MAX_VALUE;
            double bestCpu = Double.MAX_VALUE;
            ReconcileResult result = null;
            var threads = java.lang.management.ManagementFactory.getThreadMXBean();
            for (int round = 0; round < 5; round++) {
                long cpu0 = threads.getCurrentThreadCpuTime();
                long t0 = System.nanoTime();
                result = reconciler.reconcile(data.fleet().vehicles(), data.fleet().orders(), data.fixes(),
                        data.fleet().period());
                best = Math.min(best, (System.nanoTime() - t0) / 1e9);
                bestCpu = Math.min(bestCpu, (threads.getCurrentThreadCpuTime() - cpu0) / 1e9);
            }
            // CPU time of the one thread that does the work is less distorted by a busy machine than wall time.
            System.out.printf(Locale.ROOT, "vehicles %5d  fixes %,12d  orders %,7d  best of 5: wall %.3f s (%.1f M fixes/s),"
                            + " cpu %.3f s (%.1f M fixes/s)  %d findings%n", vehicles, fixes, data.fleet().orders().size(),
                    best, fixes / best / 1e6, bestCpu, fixes / bestCpu / 1e6, result.findings().size());
        }
    }
}
