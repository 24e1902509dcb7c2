package io.github.jiguan.core.reconcile;

import io.github.jiguan.core.calendar.DayKind;
import io.github.jiguan.core.calendar.WorkCalendar;
import io.github.jiguan.core.finding.Coverage;
import io.github.jiguan.core.finding.Evidence;
import io.github.jiguan.core.finding.Finding;
import io.github.jiguan.core.finding.Subjects;
import io.github.jiguan.core.finding.TimeSpan;
import io.github.jiguan.core.geo.GeoPoint;
import io.github.jiguan.core.track.Trip;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;

/** One realistic finding of each type, built from its evidence, for the sentence and JSON tests. */
final class SentenceSamples {

    static final ReconcilePolicy POLICY = ReconcilePolicy.defaults();
    static final WorkCalendar CALENDAR = WorkCalendar.chinaOfficial();
    static final Duration T = Duration.ofMinutes(30);

    private SentenceSamples() {
    }

    static Instant t(String local) {
        return OffsetDateTime.parse(local + "+08:00").toInstant();
    }

    static Trip trip(String start, String end, double metres) {
        return new Trip(t(start), t(end), metres, GeoPoint.of(38.0428, 114.5149), GeoPoint.of(38.1612, 114.6203), 84,
                Trip.Ending.STOP);
    }

    static Finding finding(FindingType type, String order, Instant start, Instant end, Evidence e) {
        Subjects s = Subjects.none().withVehicle("V001", "冀H12345").withOrder(order).withAgency("A01");
        return new Finding(type, s, Coverage.between(start, end), type.citation(POLICY, CALENDAR), e);
    }

    static Finding of(FindingType type) {
        Trip trip = trip("2025-01-13T12:58:00", "2025-01-13T13:40:00", 26_210.4);
        TimeSpan window = new TimeSpan(t("2025-01-13T14:00:00"), t("2025-01-13T17:00:00"));
        TimeSpan expanded = new TimeSpan(t("2025-01-13T13:30:00"), t("2025-01-13T17:30:00"));
        return switch (type) {
            case TRIP_WITHOUT_ORDER -> finding(type, null, trip.start(), trip.end(), new TripWithoutOrder(trip, T));
            case ORDER_WINDOW_EXCEEDED -> finding(type, "O17", trip.start(), trip.end(), new OrderWindowExceeded(trip,
                    window, expanded, T, Duration.ofMinutes(32), Duration.ZERO));
            case ORDER_WITHOUT_TRIP -> finding(type, "O18", window.start(), window.end(),
                    new OrderWithoutTrip(window, expanded, T, true));
            case ORDER_UNVERIFIED_OFFLINE -> finding(type, "O19", window.start(), window.end(),
                    new OrderWithoutTrip(window, expanded, T, false));
            case DISPATCH_AFTER_DEPARTURE -> finding(type, "O20", trip.start(), t("2025-01-13T15:05:00"),
                    new DispatchAfterDeparture(t("2025-01-13T15:05:00"), trip, Duration.ofMinutes(127),
                            Duration.ofMinutes(10)));
            case CHECKOUT_MISMATCH -> finding(type, "O21", t("2025-01-13T12:00:00"), trip.start(),
                    new RecordedTimeMismatch(t("2025-01-13T12:00:00"), trip.start(), trip, Duration.ofMinutes(58), T));
            case CHECKIN_MISMATCH -> finding(type, "O22", trip.end(), t("2025-01-13T16:45:30"),
                    new RecordedTimeMismatch(t("2025-01-13T16:45:30"), trip.end(), trip, Duration.ofSeconds(11_130), T));
            case PAPER_DISPATCH -> finding(type, "O23", window.start(), window.end(),
                    new PaperDispatch(window, t("2025-01-14T09:12:00")));
            case OFF_HOURS_USE -> {
                Trip night = trip("2025-01-13T21:40:00", "2025-01-13T22:35:00", 41_800);
                yield finding(type, null, night.start(), night.end(), new OffHoursUse(night,
                        List.of(new OffHoursUse.Part(new TimeSpan(t("2025-01-13T22:00:00"), night.end()),
                                LocalDate.of(2025, 1, 13), OffHoursUse.Reason.NIGHT, DayKind.WORKDAY)),
                        LocalTime.of(22, 0), LocalTime.of(6, 0), false));
            }
            case NOT_PARKED_AT_BASE -> finding(type, null, t("2025-01-13T19:20:00"), t("2025-01-15T07:45:00"),
                    new NotParkedAtBase(List.of(LocalDate.of(2025, 1, 14), LocalDate.of(2025, 1, 15)),
                            LocalTime.of(3, 0), NotParkedAtBase.Stay.STOP, false, GeoPoint.of(38.1612, 114.6203),
                            GeoPoint.of(38.0428, 114.5149), 16_043.7, 1000));
            case IDLE_VEHICLE -> finding(type, null, t("2025-02-10T00:00:00"), t("2025-03-14T00:00:00"),
                    new IdleVehicle(LocalDate.of(2025, 2, 10), LocalDate.of(2025, 3, 13), 32, 30, 30, 0.5));
            case TERMINAL_OFFLINE -> finding(type, null, t("2025-01-20T00:00:00"), t("2025-01-23T00:00:00"),
                    new TerminalOffline(LocalDate.of(2025, 1, 20), LocalDate.of(2025, 1, 22), 3));
        };
    }
}
