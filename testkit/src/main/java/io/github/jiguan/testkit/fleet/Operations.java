package io.github.jiguan.testkit.fleet;

import io.github.jiguan.core.fleet.AreaAssignment;
import io.github.jiguan.core.fleet.CostKind;
import io.github.jiguan.core.fleet.CostRecord;
import io.github.jiguan.core.fleet.Driver;
import io.github.jiguan.core.fleet.DriverEmployment;
import io.github.jiguan.core.fleet.MarkingChange;
import io.github.jiguan.core.fleet.MarkingState;
import io.github.jiguan.core.fleet.RentalContract;
import io.github.jiguan.core.fleet.VehicleFile;
import io.github.jiguan.core.geo.GeoFence;
import io.github.jiguan.core.geo.GeoPoint;
import io.github.jiguan.core.geo.LocalMetric;
import io.github.jiguan.testkit.Generator;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * The records of the vehicle-operations files (dossier.csv, drivers.csv, costs.csv, rentals.csv,
 * markings.csv, areas.csv), each item present or missing and each date and amount on either side of
 * the shipped thresholds, so that a property suite meets every rule's both sides. Every value is
 * valid; bad rows are the CSV generators' business.
 */
public final class Operations {

    private static final List<String> PLACES = List.of("中石化城关站", "城关修理厂", "某民营加油站", "路边快修", "石家庄北收费站");

    private Operations() {
    }

    /** {@code Optional.of(value)} three times in four, else empty. */
    private static <T> Optional<T> mostly(RandomGenerator r, T value) {
        return r.nextInt(0, 4) == 0 ? Optional.empty() : Optional.of(value);
    }

    private static LocalDate around(RandomGenerator r, LocalDate day, int days) {
        return day.plusDays(r.nextInt(-days, days + 1));
    }

    /** The file of {@code vehicleId}: items missing one time in four, expiries within 60 days either side of {@code asOf}. */
    public static Generator<VehicleFile> file(String vehicleId, LocalDate asOf) {
        return (r, size) -> new VehicleFile(vehicleId, mostly(r, "编〔2020〕" + r.nextInt(1, 100) + "号"),
                mostly(r, asOf.minusDays(r.nextInt(0, 4000))), mostly(r, around(r, asOf, 60)), mostly(r, around(r, asOf, 60)),
                mostly(r, PLACES.get(1)), mostly(r, PLACES.get(0)), mostly(r, "photos/" + vehicleId),
                mostly(r, asOf.minusDays(r.nextInt(100, 1000))), mostly(r, asOf.minusDays(r.nextInt(0, 400))),
                mostly(r, BigDecimal.valueOf(r.nextInt(50, 300) * 1000L)), Optional.empty());
    }

    /** Driver {@code id} of one of {@code agencies}, any employment, the licence expiring within 60 days of {@code asOf}, assigned to one of {@code vehicleIds} or none. */
    public static Generator<Driver> driver(String id, List<String> agencies, List<String> vehicleIds, LocalDate asOf) {
        Generator<String> agency = Generator.elements(agencies);
        Generator<DriverEmployment> employment = Generator.elements(DriverEmployment.values());
        return (r, size) -> new Driver(id, "驾驶员" + id, agency.next(r, size), "", employment.next(r, size), "C1",
                mostly(r, around(r, asOf, 60)),
                vehicleIds.isEmpty() ? Optional.empty() : mostly(r, vehicleIds.get(r.nextInt(0, vehicleIds.size()))));
    }

    /** Cost {@code id} of one of {@code vehicleIds}, any kind, 0 to 5,000 yuan, between {@code from} and {@code to}, at one of a few places. */
    public static Generator<CostRecord> cost(String id, List<String> vehicleIds, Instant from, Instant to) {
        Generator<CostKind> kind = Generator.elements(CostKind.values());
        Generator<String> vehicle = Generator.elements(vehicleIds);
        Generator<String> place = Generator.elements(PLACES);
        return (r, size) -> new CostRecord(id, vehicle.next(r, size), kind.next(r, size),
                Instant.ofEpochSecond(r.nextLong(from.getEpochSecond(), to.getEpochSecond() + 1)),
                BigDecimal.valueOf(r.nextInt(0, 500_001), 2), place.next(r, size), Optional.empty(), Optional.empty());
    }

    /** Rental {@code id} of one of {@code agencies} for one of {@code vehicleIds}: with or without approval, the amount a little under or over its ceiling. */
    public static Generator<RentalContract> rental(String id, List<String> agencies, List<String> vehicleIds, LocalDate asOf) {
        Generator<String> agency = Generator.elements(agencies);
        Generator<String> vehicle = Generator.elements(vehicleIds);
        return (r, size) -> {
            LocalDate first = asOf.minusDays(r.nextInt(0, 200));
            BigDecimal ceiling = BigDecimal.valueOf(r.nextInt(10, 100) * 100L);
            return new RentalContract(id, agency.next(r, size), vehicle.next(r, size), "某租赁公司", first,
                    first.plusDays(r.nextInt(0, 60)), ceiling.add(BigDecimal.valueOf(r.nextInt(-100, 101))),
                    mostly(r, ceiling), mostly(r, "审〔2025〕" + r.nextInt(1, 50) + "号"));
        };
    }

    /** The marking history of {@code vehicleId}: one to three changes, any states, before {@code asOf}. */
    public static Generator<List<MarkingChange>> markings(String vehicleId, LocalDate asOf) {
        Generator<MarkingState> state = Generator.elements(MarkingState.values());
        return (r, size) -> {
            List<MarkingChange> out = new ArrayList<>();
            LocalDate day = asOf.minusDays(r.nextInt(30, 800));
            for (int i = r.nextInt(1, 4); i > 0; i--) {
                out.add(new MarkingChange(vehicleId, day, state.next(r, size)));
                day = day.plusDays(r.nextInt(1, 30));
            }
            return out;
        };
    }

    /** A circle of 30 m to 5 km or a polygon of 3 to 8 vertices, within 2 km of {@code near}. */
    public static Generator<GeoFence> fence(GeoPoint near) {
        return (r, size) -> {
            GeoPoint c = offset(near, r.nextDouble() * 4000 - 2000, r.nextDouble() * 4000 - 2000);
            if (r.nextInt(0, 2) == 0) {
                return GeoFence.circle(c, 30 + r.nextDouble() * 4970);
            }
            int n = r.nextInt(3, 9);
            List<GeoPoint> v = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                double a = 2 * Math.PI * i / n;
                double radius = 100 + r.nextDouble() * 2000;
                v.add(offset(c, radius * Math.cos(a), radius * Math.sin(a)));
            }
            return GeoFence.polygon(v);
        };
    }

    /** Area {@code id} for {@code purpose}, of the unit {@code agencyId} or one time in three of {@code vehicleId}. */
    public static Generator<AreaAssignment> area(String id, AreaAssignment.Purpose purpose, String agencyId, String vehicleId,
                                                 GeoPoint near) {
        Generator<GeoFence> fence = fence(near);
        return (r, size) -> r.nextInt(0, 3) == 0
                ? new AreaAssignment(id, purpose, Optional.empty(), Optional.of(vehicleId), fence.next(r, size))
                : new AreaAssignment(id, purpose, Optional.of(agencyId), Optional.empty(), fence.next(r, size));
    }

    private static GeoPoint offset(GeoPoint p, double north, double east) {
        return GeoPoint.of(p.latitude() + north / LocalMetric.METRES_PER_DEGREE,
                p.longitude() + east / LocalMetric.METRES_PER_DEGREE / Math.cos(Math.toRadians(p.latitude())));
    }
}
