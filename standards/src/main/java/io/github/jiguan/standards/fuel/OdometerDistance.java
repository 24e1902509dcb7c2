package io.github.jiguan.standards.fuel;

import io.github.jiguan.core.fleet.FuelRecord;
import io.github.jiguan.core.Checks;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Monthly distance from the odometer readings of refuelling records: the last reading of the month
 * minus the last reading before the month; without an earlier reading, minus the first reading of
 * the month (the distance then starts at that refuelling, which the disclosure takes into account).
 * A month whose readings go backwards, or that has a single reading and none before, has an unknown
 * distance with the reason. Immutable and thread-safe.
 */
public final class OdometerDistance implements DistanceSource {

    /** The name of this source in the disclosure. */
    public static final String SOURCE = "odometer";

    private final ZoneId zone;
    private final Map<String, List<Reading>> readings;

    private record Reading(Instant time, BigDecimal km) {
    }

    private OdometerDistance(ZoneId zone, Map<String, List<Reading>> readings) {
        this.zone = zone;
        this.readings = readings;
    }

    /** The source built from the odometer readings of the records (records without one are skipped). */
    public static OdometerDistance from(List<FuelRecord> records, ZoneId zone) {
        Checks.listOf("fuel records", records);
        Checks.notNull("zone", zone);
        Map<String, List<Reading>> byVehicle = new HashMap<>();
        for (FuelRecord r : records) {
            r.odometer().ifPresent(km -> byVehicle.computeIfAbsent(r.vehicleId(), k -> new ArrayList<>())
                    .add(new Reading(r.time(), km)));
        }
        Comparator<Reading> order = Comparator.comparing(Reading::time).thenComparing(Reading::km);
        byVehicle.replaceAll((k, list) -> list.stream().sorted(order).toList());
        return new OdometerDistance(zone, Map.copyOf(byVehicle));
    }

    @Override
    public Optional<MonthlyDistance> distance(String vehicleId, YearMonth month) {
        List<Reading> all = readings.getOrDefault(vehicleId, List.of());
        Reading before = null;
        List<Reading> inMonth = new ArrayList<>();
        for (Reading r : all) {
            YearMonth m = YearMonth.from(r.time().atZone(zone));
            if (m.isBefore(month)) {
                before = r;
            } else if (m.equals(month)) {
                inMonth.add(r);
            }
        }
        if (inMonth.isEmpty()) {
            return Optional.empty();
        }
        if (before == null && inMonth.size() == 1) {
            return Optional.of(MonthlyDistance.unknown(SOURCE, "本月仅一次里程读数且无此前读数"));
        }
        List<Reading> span = new ArrayList<>();
        if (before != null) {
            span.add(before);
        }
        span.addAll(inMonth);
        for (int i = 1; i < span.size(); i++) {
            if (span.get(i).km().compareTo(span.get(i - 1).km()) < 0) {
                return Optional.of(MonthlyDistance.unknown(SOURCE, "里程表读数回退（" + span.get(i - 1).km().toPlainString()
                        + " → " + span.get(i).km().toPlainString() + " 公里）"));
            }
        }
        Reading start = span.get(0);
        BigDecimal km = inMonth.get(inMonth.size() - 1).km().subtract(start.km());
        return Optional.of(before == null
                ? new MonthlyDistance(km, SOURCE, start.time(), "无上月读数：自本月首次加油起算，首次加油量不计入百公里油耗")
                : MonthlyDistance.of(km, SOURCE));
    }
}
