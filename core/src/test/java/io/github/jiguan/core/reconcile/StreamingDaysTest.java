package io.github.jiguan.core.reconcile;

import static io.github.jiguan.core.reconcile.Scenarios.CAR;
import static io.github.jiguan.core.reconcile.Scenarios.HALF_HOUR;
import static io.github.jiguan.core.reconcile.Scenarios.RECONCILER;
import static io.github.jiguan.core.reconcile.Scenarios.S30;
import static io.github.jiguan.core.track.Script.BASE;
import static io.github.jiguan.core.track.Script.offset;
import static io.github.jiguan.core.track.Script.t;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jiguan.core.fleet.Vehicle;
import io.github.jiguan.core.track.Fix;
import io.github.jiguan.core.track.Script;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The runs of idle and offline days, which the streaming reconciler judges only as their days
 * become final, equal the batch's over long periods, with service starting or ending inside them.
 */
class StreamingDaysTest {

    private static final LocalDate FROM = LocalDate.of(2025, 2, 3);
    private static final int DAYS = 120;

    /** Blocks of days parked at the base and online, silent, or with the standard outing, by seed. */
    private static List<Fix> pattern(long seed) {
        Random r = new Random(seed);
        Script s = Script.vehicle("V1", BASE, FROM + "T00:00");
        int d = 0;
        while (d < DAYS) {
            int kind = r.nextInt(3);
            int len = 1 + r.nextInt(kind == 0 ? 45 : 6);
            for (int k = 0; k < len && d < DAYS; k++, d++) {
                LocalDate date = FROM.plusDays(d);
                switch (kind) {
                    case 0 -> s.park(Duration.ofDays(1), HALF_HOUR);
                    case 1 -> s.silence(Duration.ofDays(1));
                    default -> s.park(Duration.between(s.now(), t(date + "T09:00")), HALF_HOUR)
                            .drive(offset(BASE, 0, 3000), 36, S30).park(Duration.ofHours(2), HALF_HOUR)
                            .drive(BASE, 36, S30)
                            .park(Duration.between(s.now(), t(date.plusDays(1) + "T00:00")), HALF_HOUR);
                }
            }
        }
        return s.fixes();
    }

    private static ReconcileResult streamed(Vehicle v, List<Fix> fixes, AuditPeriod period, Duration every) {
        StreamingReconciler s = StreamingReconciler.builder(RECONCILER.calendar(), RECONCILER.policy(), period,
                List.of(v)).allowedLateness(Duration.ofHours(2)).evaluateEvery(every).build();
        for (Fix f : fixes) {
            assertTrue(s.accept(f));
        }
        return s.flush();
    }

    @Test
    void idleAndOfflineRunsAndDayCountsEqualTheBatchWhateverTheServicePeriod() {
        AuditPeriod period = AuditPeriod.of(FROM, FROM.plusDays(DAYS));
        List<Vehicle> vehicles = new ArrayList<>();
        vehicles.add(CAR);
        for (int[] service : new int[][] {{10, DAYS + 5}, {-5, 70}, {33, 34}, {0, DAYS}, {47, 101}}) {
            vehicles.add(CAR.toBuilder().inService(FROM.plusDays(service[0]), FROM.plusDays(service[1])).build());
        }
        vehicles.add(CAR.toBuilder().inService(null, FROM.plusDays(59)).build());
        vehicles.add(CAR.toBuilder().inService(FROM.plusDays(88), null).build());
        int idle = 0;
        int offline = 0;
        for (long seed = 1; seed <= 6; seed++) {
            List<Fix> fixes = pattern(seed);
            for (Vehicle v : vehicles) {
                ReconcileResult batch = RECONCILER.reconcile(List.of(v), List.of(), fixes, period);
                for (Duration every : List.of(Duration.ofHours(5), Duration.ofDays(1), Duration.ofDays(9))) {
                    ReconcileResult stream = streamed(v, fixes, period, every);
                    String what = "seed " + seed + ", service " + v.inServiceFrom() + " to " + v.inServiceUntil()
                            + ", evaluated every " + every;
                    assertEquals(batch.findings(), stream.findings(), what);
                    assertEquals(batch.vehicles(), stream.vehicles(), what);
                }
                idle += batch.findings(FindingType.IDLE_VEHICLE).size();
                offline += batch.findings(FindingType.TERMINAL_OFFLINE).size();
            }
        }
        assertTrue(idle > 5 && offline > 20, "the patterns make both kinds of runs: " + idle + " idle, " + offline
                + " offline");
    }
}
