package io.github.jiguan.examples.benchmarks;

import io.github.jiguan.core.ChinaTime;
import io.github.jiguan.core.calendar.WorkCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The calendar test every trip goes through (非工作时间用车: any part on a rest day or at night), on
 * 1,024 trips of 5 to 90 minutes starting between 06:00 and 21:00 on the days of 2025, most of them
 * on working days in daytime as in a real fleet. Each operation tests all of them. Run with
 * {@code java -jar examples/benchmarks/target/benchmarks.jar WorkCalendarBenchmark -f 1 -wi 3 -i 5}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class WorkCalendarBenchmark {

    private static final int TRIPS = 1024;

    private final WorkCalendar calendar = WorkCalendar.chinaOfficial();
    private Instant[] starts;
    private Instant[] ends;

    /** Makes the trips, the same ones every run. */
    @Setup
    public void setUp() {
        SplittableRandom r = new SplittableRandom(808);
        starts = new Instant[TRIPS];
        ends = new Instant[TRIPS];
        for (int i = 0; i < TRIPS; i++) {
            LocalDate day = LocalDate.of(2025, 1, 1).plusDays(r.nextInt(365));
            starts[i] = day.atStartOfDay(ChinaTime.ZONE).toInstant().plusSeconds(6 * 3600 + r.nextInt(15 * 3600));
            ends[i] = starts[i].plusSeconds(300 + r.nextInt(85 * 60));
        }
    }

    /** How many of the trips touch a rest day or the night. */
    @Benchmark
    public int overlapsRestOrNight() {
        int n = 0;
        for (int i = 0; i < TRIPS; i++) {
            n += calendar.overlapsRestOrNight(starts[i], ends[i]) ? 1 : 0;
        }
        return n;
    }
}
