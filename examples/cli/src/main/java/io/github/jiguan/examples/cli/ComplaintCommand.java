package io.github.jiguan.examples.cli;

import io.github.jiguan.core.ChinaTime;
import io.github.jiguan.core.InvalidValueException;
import io.github.jiguan.core.calendar.CalendarYearNotCoveredException;
import io.github.jiguan.core.calendar.WorkCalendar;
import io.github.jiguan.core.csv.Cells;
import io.github.jiguan.core.csv.CsvFormatException;
import io.github.jiguan.core.finding.Language;
import io.github.jiguan.core.fleet.Plate;
import io.github.jiguan.core.geo.GeoPoint;
import io.github.jiguan.core.reconcile.ReconcilePolicy;
import io.github.jiguan.core.reconcile.Reconciler;
import io.github.jiguan.standards.source.StandardFormatException;
import io.github.jiguan.standards.vehicle.ops.Complaint;
import io.github.jiguan.standards.vehicle.ops.ComplaintAnswer;
import io.github.jiguan.standards.vehicle.ops.ComplaintDesk;
import io.github.jiguan.standards.vehicle.ops.ComplaintHtml;
import io.github.jiguan.standards.vehicle.ops.ComplaintJson;
import io.github.jiguan.standards.vehicle.ops.OperationsData;
import io.github.jiguan.standards.vehicle.ops.OperationsStandard;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code jiguan complaint}: answers a 12345 complaint about a plate at a time with
 * {@link ComplaintDesk}, writing the evidence package (JSON) and one printable HTML page.
 */
@Command(name = "complaint", mixinStandardHelpOptions = true,
        header = "Answer a 12345 complaint about an official car: vehicle, unit, trip, order, driver, deadline.",
        description = {"Traces --plate seen at --time to the vehicle and its unit, the trip at that time with a trajectory"
                + " excerpt, the order that covers it (or the finding that there was none), the driver, and any off-hours"
                + " or area finding, from the files of --data (as vehicle-ops reads them). Writes complaint-<plate>-<time>.json"
                + " and .html into --out; the reply is due 3 days after --received (by default: now)."})
final class ComplaintCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--plate", required = true, paramLabel = "PLATE", description = "The plate seen, such as 冀H12345.")
    private String plate;

    @Option(names = "--time", required = true, paramLabel = "TIME",
            description = "When it was seen, ISO-8601 with offset, such as 2025-01-13T13:05+08:00.")
    private String time;

    @Option(names = "--near", paramLabel = "LAT,LON", description = "Where it was seen, in degrees.")
    private String near;

    @Option(names = "--received", paramLabel = "TIME",
            description = "When the complaint was received, ISO-8601 with offset (default: now).")
    private String received;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = ".",
            description = "The directory of vehicles.csv, orders.csv, fixes.csv, drivers.csv, areas.csv (default: .).")
    private Path data;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = ".", description = "Where to write (default: .).")
    private Path out;

    @CommandLine.Mixin
    private Options.Lang lang;

    @CommandLine.Mixin
    private Options.Calendar calendar;

    @CommandLine.Mixin
    private Options.Strict strict;

    @CommandLine.Mixin
    private Options.Threads threads;

    @CommandLine.Mixin
    private RejectionReport rejections;

    @Override
    public Integer call() {
        Language language = lang.language();
        Complaint complaint = complaint();
        PrintWriter err = spec.commandLine().getErr();
        try (RejectionReport report = rejections) {
            var log = report.open(err, strict.strict);
            OperationsData input = OperationsFiles.read(data, log, Optional.empty(), ChinaTime.dateOf(complaint.time()),
                    threads, err);
            WorkCalendar cal = calendar.load(log);
            LocalDate day = ChinaTime.dateOf(complaint.time());
            calendar.check(cal, day, day.plusDays(1), "complaint", err);
            ComplaintDesk desk = new ComplaintDesk(Reconciler.of(cal, ReconcilePolicy.defaults()),
                    OperationsStandard.national());
            ComplaintAnswer answer = desk.lookup(complaint, input);
            Files.createDirectories(out);
            String stem = "complaint-" + complaint.plate().display().replace("·", "") + "-"
                    + DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmm").format(ChinaTime.toOffset(complaint.time()));
            Files.writeString(out.resolve(stem + ".json"), ComplaintJson.of(answer, language), StandardCharsets.UTF_8);
            Files.writeString(out.resolve(stem + ".html"), ComplaintHtml.of(answer), StandardCharsets.UTF_8);
            print(answer, stem, language);
            return 0;
        } catch (CsvFormatException e) {
            err.println("jiguan complaint: " + e.rejection() + (strict.strict ? " (--strict: stopped)" : ""));
        } catch (CalendarYearNotCoveredException e) {
            err.println("jiguan complaint: " + calendar.notCovered(e));
        } catch (StandardFormatException | UncheckedIOException e) {
            err.println("jiguan complaint: " + e.getMessage());
        } catch (IOException e) {
            err.println("jiguan complaint: cannot write into " + out + ": " + e.getMessage());
        }
        return 1;
    }

    private Complaint complaint() {
        try {
            Optional<GeoPoint> where = Optional.ofNullable(near).map(ComplaintCommand::point);
            Instant at = Cells.instant("--time", time);
            Instant got = received == null ? Instant.now() : Cells.instant("--received", received);
            return new Complaint(Plate.of(plate), at, where, got);
        } catch (InvalidValueException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    private static GeoPoint point(String text) {
        String[] parts = text.split(",");
        if (parts.length != 2) {
            throw new InvalidValueException("--near", "must be LAT,LON", text);
        }
        return GeoPoint.of(Cells.number("--near", parts[0].strip()), Cells.number("--near", parts[1].strip()));
    }

    private void print(ComplaintAnswer a, String stem, Language language) {
        PrintWriter o = spec.commandLine().getOut();
        o.println("complaint " + a.complaint().plate().display() + " at " + ChinaTime.format(a.complaint().time()) + ": "
                + a.verdict() + " " + a.verdict().chinese());
        a.vehicle().ifPresent(v -> o.println("  vehicle " + v.id() + ", unit " + v.agencyId()));
        a.trip().ifPresent(t -> o.println("  trip " + ChinaTime.format(t.start()) + " to " + ChinaTime.format(t.end())));
        a.order().ifPresent(ord -> o.println("  order " + ord.orderId() + " " + ord.purpose() + " " + ord.destination()));
        o.println("  driver " + a.driverId().orElse("unknown") + " (" + a.driverSource() + ")");
        a.findings().forEach(f -> o.println("  " + f.type().code() + " " + f.sentence(language)));
        o.println("  reply due " + ChinaTime.format(a.deadline()));
        o.println("written " + List.of(out.resolve(stem + ".json"), out.resolve(stem + ".html")));
    }
}
