package io.github.jiguan.examples.flink;

import io.github.jiguan.core.calendar.CalendarCsv;
import io.github.jiguan.core.calendar.WorkCalendar;
import io.github.jiguan.core.csv.CsvReader;
import io.github.jiguan.core.csv.ImportLog;
import io.github.jiguan.core.fleet.Vehicle;
import io.github.jiguan.core.interchange.VehiclesCsv;
import io.github.jiguan.core.reconcile.AuditPeriod;
import java.io.Serializable;
import java.io.StringReader;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

/**
 * What every task of the job needs to rebuild the core settings: the period, the vehicle register
 * and calendar overrides as the text of their files (small, shipped with the job so the workers
 * need no shared file system), the lateness and how often a vehicle is evaluated.
 *
 * @param from          the first day of the period
 * @param to            the day after the last
 * @param vehiclesCsv   the text of vehicles.csv
 * @param calendarCsv   the text of calendar.csv, or null
 * @param weekendsOnly  whether years without a published arrangement count as Monday to Friday
 * @param lateness      the allowed lateness of event time
 * @param evaluateEvery how much event time passes between a vehicle's evaluations
 * @param language      the language of the findings' sentences, "zh" or "en"
 */
public record JobSettings(LocalDate from, LocalDate to, String vehiclesCsv, String calendarCsv, boolean weekendsOnly,
                          Duration lateness, Duration evaluateEvery, String language) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The audit period. */
    public AuditPeriod period() {
        return AuditPeriod.of(from, to);
    }

    /** The vehicle register, its bad rows reported to {@code log}. */
    public List<Vehicle> vehicles(ImportLog log) {
        try (CsvReader in = CsvReader.of(new StringReader(vehiclesCsv), "vehicles.csv")) {
            return VehiclesCsv.read(in, log);
        }
    }

    /** The official calendar with the overrides, their bad rows reported to {@code log}. */
    public WorkCalendar calendar(ImportLog log) {
        WorkCalendar calendar = WorkCalendar.chinaOfficial();
        if (weekendsOnly) {
            calendar = calendar.withWeekendsOnlyForUncoveredYears();
        }
        if (calendarCsv != null) {
            try (CsvReader in = CsvReader.of(new StringReader(calendarCsv), "calendar.csv")) {
                calendar = calendar.withOverrides(CalendarCsv.read(in, log));
            }
        }
        return calendar;
    }
}
