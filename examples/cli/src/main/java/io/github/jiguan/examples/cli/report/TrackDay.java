package io.github.jiguan.examples.cli.report;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.jiguan.core.ChinaTime;
import io.github.jiguan.core.finding.Finding;
import io.github.jiguan.core.fleet.Vehicle;
import io.github.jiguan.core.geo.GeoPoint;
import io.github.jiguan.core.reconcile.FindingType;
import io.github.jiguan.core.track.FixColumns;
import io.github.jiguan.core.track.Trip;
import io.github.jiguan.examples.cli.demo.Audit;
import io.github.jiguan.examples.cli.demo.AuditedFinding;
import io.github.jiguan.examples.cli.demo.DemoRun;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One vehicle's day on the trajectory chart: its stored positions, its trips (those a finding is
 * about marked), its base and the findings of that day.
 */
final class TrackDay {

    /** The findings about a trip: the days worth drawing. */
    private static final Set<FindingType> ABOUT_TRIPS = EnumSet.of(FindingType.TRIP_WITHOUT_ORDER,
            FindingType.ORDER_WINDOW_EXCEEDED, FindingType.OFF_HOURS_USE, FindingType.DISPATCH_AFTER_DEPARTURE,
            FindingType.CHECKOUT_MISMATCH, FindingType.CHECKIN_MISMATCH, FindingType.NOT_PARKED_AT_BASE);

    private final DemoRun run;
    private final String vehicleId;
    private final LocalDate date;
    private final List<Integer> findings = new ArrayList<>();

    private TrackDay(DemoRun run, String vehicleId, LocalDate date) {
        this.run = run;
        this.vehicleId = vehicleId;
        this.date = date;
    }

    /**
     * Up to {@code max} vehicle-days with a finding about a trip, the days with the most trips first
     * (a day that shows the vehicle's ordinary trips beside the one at fault says more), then in
     * report order.
     */
    static List<TrackDay> withFindings(DemoRun run, int max) {
        Map<String, TrackDay> days = new LinkedHashMap<>();
        List<AuditedFinding> all = run.findings();
        for (int i = 0; i < all.size(); i++) {
            Finding f = all.get(i).finding();
            if (all.get(i).audit() != Audit.RECONCILE || !(f.type() instanceof FindingType t)
                    || !ABOUT_TRIPS.contains(t) || f.vehicleId().isEmpty()) {
                continue;
            }
            LocalDate d = ChinaTime.dateOf(f.start());
            String key = f.vehicleId().get() + "|" + d;
            if (days.size() < max || days.containsKey(key)) {
                days.computeIfAbsent(key, k -> new TrackDay(run, f.vehicleId().get(), d)).findings.add(i);
            }
        }
        List<TrackDay> list = new ArrayList<>(days.values());
        list.sort(java.util.Comparator.comparingLong(TrackDay::trips).reversed());
        return List.copyOf(list);
    }

    private long trips() {
        Instant from = ChinaTime.startOf(date);
        Instant to = ChinaTime.startOf(date.plusDays(1));
        return run.trips().getOrDefault(vehicleId, List.of()).stream().filter(t -> t.overlaps(from, to)).count();
    }

    String vehicleId() {
        return vehicleId;
    }

    /** Writes the day as one JSON object: points are [lon, lat, ms], trips [start, end, flagged]. */
    void write(JsonGenerator g, Vehicle vehicle) throws IOException {
        Instant from = ChinaTime.startOf(date);
        Instant to = ChinaTime.startOf(date.plusDays(1));
        g.writeStartObject();
        g.writeStringField("vehicle", vehicleId);
        g.writeStringField("plate", vehicle.plate().display());
        g.writeStringField("date", date.toString());
        if (vehicle.base().isPresent()) {
            GeoPoint b = vehicle.base().get();
            g.writeArrayFieldStart("base");
            g.writeNumber(b.longitude());
            g.writeNumber(b.latitude());
            g.writeEndArray();
        }
        g.writeArrayFieldStart("points");
        if (run.stored().vehicleIds().contains(vehicleId)) {
            FixColumns c = run.stored().columns(vehicleId);
            for (int i = 0; i < c.size(); i++) {
                if (c.valid(i) && c.time(i) >= from.toEpochMilli() && c.time(i) < to.toEpochMilli()) {
                    g.writeStartArray();
                    g.writeNumber(Math.round(c.longitude(i) * 1e6) / 1e6);
                    g.writeNumber(Math.round(c.latitude(i) * 1e6) / 1e6);
                    g.writeNumber(c.time(i));
                    g.writeEndArray();
                }
            }
        }
        g.writeEndArray();
        g.writeArrayFieldStart("trips");
        for (Trip t : run.trips().getOrDefault(vehicleId, List.of())) {
            if (t.overlaps(from, to)) {
                g.writeStartArray();
                g.writeNumber(t.start().toEpochMilli());
                g.writeNumber(t.end().toEpochMilli());
                g.writeBoolean(flagged(t));
                g.writeEndArray();
            }
        }
        g.writeEndArray();
        g.writeArrayFieldStart("findings");
        for (int i : findings) {
            g.writeNumber(i);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private boolean flagged(Trip t) {
        return findings.stream().map(i -> run.findings().get(i).finding())
                .anyMatch(f -> t.overlaps(f.start(), f.end().plusSeconds(1)));
    }
}
