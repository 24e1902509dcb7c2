package io.github.jiguan.examples.flink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jiguan.core.fleet.DispatchOrder;
import io.github.jiguan.core.track.Fix;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job against {@code jiguan reconcile} on the same generated county fleet: the same
 * findings.csv, row for row, at parallelism 1 and 2; blind-area re-uploads within the lateness
 * change nothing, and data later than that is on the late side output, not lost.
 */
class FlinkReconcileTest {

    @TempDir
    static Path dir;

    private static CountyFiles county;
    private static List<String> batch;

    @BeforeAll
    static void generate() throws IOException {
        county = CountyFiles.generate();
        county.write(dir, county.fixes);
        batch = county.cliFindings(dir);
        assertTrue(batch.size() > 20, "the county fleet has findings to compare: " + batch.size());
    }

    private static List<String> flink(Path files, String name, String... options) throws IOException {
        Path out = files.resolve(name);
        StringWriter err = new StringWriter();
        int status = FlinkReconcile.run(county.flinkArgs(files, out, options), new PrintWriter(new StringWriter()),
                new PrintWriter(err));
        assertEquals(0, status, err::toString);
        return Files.readAllLines(out, StandardCharsets.UTF_8);
    }

    @Test
    void atParallelismOneTheFindingsAreTheCliBatchFindingsRowForRow() throws IOException {
        assertEquals(batch, flink(dir, "p1.csv", "--parallelism", "1"));
        assertEquals(List.of(String.join(",", ReconcileFunction.LATE_HEADER)),
                Files.readAllLines(dir.resolve("late.csv"), StandardCharsets.UTF_8), "nothing is late");
    }

    @Test
    void atParallelismTwoTheFindingsAreTheCliBatchFindingsRowForRow() throws IOException {
        assertEquals(batch, flink(dir, "p2.csv", "--parallelism", "2"));
    }

    /**
     * Two vehicles lose the network: one for six hours, re-uploading them eight hours later, within
     * a lateness of one day; the other for two hours, re-uploading them three days later. The first
     * changes nothing; the second's rows are all on late.csv, and the findings are the batch's
     * without them.
     */
    @Test
    void reUploadsWithinTheLatenessChangeNothingAndLaterOnesAreReported(@TempDir Path late) throws IOException {
        for (DispatchOrder o : county.fleet.orders()) {
            assertTrue(Duration.between(o.windowStart().minus(Duration.ofMinutes(30)), o.createdAt())
                    .compareTo(Duration.ofHours(20)) < 0, "every order comes within the lateness: " + o);
        }
        String first = county.fleet.vehicles().get(3).id();
        String second = county.fleet.vehicles().get(7).id();
        java.time.Instant day = county.fleet.period().start(io.github.jiguan.core.ChinaTime.ZONE).plus(Duration.ofDays(10));
        List<Fix> within = block(first, day, Duration.ofHours(6));
        List<Fix> beyond = block(second, day, Duration.ofHours(2));
        assertTrue(within.size() > 10 && beyond.size() > 10, "the blind areas hold fixes");
        List<Fix> rows = new ArrayList<>(county.fixes);
        rows.removeAll(within);
        rows.removeAll(beyond);
        insertAt(rows, within, within.get(within.size() - 1).time().plus(Duration.ofHours(8)));
        insertAt(rows, beyond, beyond.get(beyond.size() - 1).time().plus(Duration.ofDays(3)));
        county.write(late, rows);
        List<String> streamed = flink(late, "findings.csv", "--lateness", "P1D");

        List<Fix> onTime = new ArrayList<>(county.fixes);
        onTime.removeAll(beyond);
        county.write(late, onTime);
        assertEquals(county.cliFindings(late), streamed);
        List<String> lateRows = Files.readAllLines(late.resolve("late.csv"), StandardCharsets.UTF_8);
        assertEquals(beyond.size(), lateRows.size() - 1, "every row of the late re-upload is reported");
        Set<String> times = beyond.stream().map(f -> io.github.jiguan.core.ChinaTime.format(f.time()))
                .collect(Collectors.toSet());
        assertTrue(lateRows.stream().skip(1).allMatch(r -> r.startsWith("fix," + second + ",,")
                && times.contains(r.split(",")[3])), () -> "late rows: " + lateRows);
    }

    /** The vehicle's fixes over {@code length} from shortly before it first moves after {@code after}. */
    private static List<Fix> block(String vehicle, java.time.Instant after, Duration length) {
        java.time.Instant from = county.fixes.stream().filter(f -> f.vehicleId().equals(vehicle)
                && f.time().isAfter(after) && f.speedKmh() > 5).findFirst().orElseThrow().time().minus(Duration.ofMinutes(10));
        return county.fixes.stream().filter(f -> f.vehicleId().equals(vehicle) && !f.time().isBefore(from)
                && f.time().isBefore(from.plus(length))).toList();
    }

    /** Puts {@code block} (in its order) before the first row whose time is after {@code at}. */
    private static void insertAt(List<Fix> rows, List<Fix> block, java.time.Instant at) {
        int i = 0;
        while (i < rows.size() && !rows.get(i).time().isAfter(at)) {
            i++;
        }
        rows.addAll(i, block);
    }
}
