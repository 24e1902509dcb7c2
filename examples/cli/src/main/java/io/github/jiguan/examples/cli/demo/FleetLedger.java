package io.github.jiguan.examples.cli.demo;

import io.github.jiguan.core.ChinaTime;
import io.github.jiguan.core.csv.CsvWriter;
import io.github.jiguan.core.fleet.Vehicle;
import io.github.jiguan.core.fleet.VehicleCategory;
import io.github.jiguan.core.reconcile.AuditPeriod;
import io.github.jiguan.core.track.Trip;
import io.github.jiguan.standards.fuel.FuelCsv;
import io.github.jiguan.standards.vehicle.FleetCsv;
import io.github.jiguan.standards.vehicle.VehicleFindingType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The simulated fleet's dossier (一车一档), quotas and fuel cards, written as the vehicle audit's
 * vehicles.csv, quotas.csv and fuel.csv, with one violation of each kind the audit can see put in on
 * purpose, and the findings they must produce. A vehicle with a green new-energy plate is
 * battery-electric and has no fuel card. The litres follow the distances of the trips found
 * in the stored positions, at an ordinary rate per vehicle, so that the one vehicle made to burn
 * more than twice as much stands out against its category.
 */
final class FleetLedger {

    /** The vehicle bought in 2020 and disposed of in 2024: in the dossier, not on the road. */
    static final String DISPOSED = "V9001";

    private static final BigDecimal YUAN_PER_LITRE = new BigDecimal("7.85");
    private static final BigDecimal TANK = new BigDecimal("45");

    private final List<Vehicle> vehicles;
    /** The vehicles with ordinary plates: petrol cars; a green new-energy plate is a battery-electric car. */
    private final List<String> petrol;
    private final Map<String, List<Trip>> trips;
    private final AuditPeriod period;
    private final Random random;
    private final List<Expected> expected = new ArrayList<>();

    private FleetLedger(List<Vehicle> vehicles, Map<String, List<Trip>> trips, AuditPeriod period, long seed) {
        this.petrol = vehicles.stream().filter(v -> !v.plate().isNewEnergy()).map(Vehicle::id).toList();
        if (vehicles.size() < 6 || petrol.size() < 5) {
            throw new IllegalArgumentException("the demo's fleet ledger needs at least 6 vehicles, 5 of them petrol: "
                    + vehicles.size() + " vehicles, " + petrol.size() + " petrol");
        }
        this.vehicles = vehicles;
        this.trips = trips;
        this.period = period;
        this.random = new Random(seed);
    }

    /**
     * Writes vehicles.csv, quotas.csv and fuel.csv of {@code vehicles} into {@code dir} and returns the
     * findings injected.
     */
    static List<Expected> write(Path dir, List<Vehicle> vehicles, Map<String, List<Trip>> trips, AuditPeriod period,
                                long seed) {
        FleetLedger ledger = new FleetLedger(vehicles, trips, period, seed);
        ledger.writeVehicles(dir.resolve("fleet.csv"));
        ledger.writeQuotas(dir.resolve("quotas.csv"));
        ledger.writeFuel(dir.resolve("fuel.csv"));
        return List.copyOf(ledger.expected);
    }

    private void writeVehicles(Path file) {
        List<String> header = Stream.concat(FleetCsv.VEHICLE_COLUMNS.stream(),
                Stream.of("configuration", "agency_level", "disposal_date")).toList();
        try (CsvWriter w = CsvWriter.create(file, header)) {
            vehicles.forEach(v -> w.row(dossier(v)));
            Vehicle first = vehicles.get(5);
            w.row(DISPOSED, "冀A19001", first.agencyId(), VehicleCategory.GENERAL.name(), "", "", "1.5", "112000",
                    "PETROL", "2020-04-01", "98000", "MARKED", "", "COUNTY", "2024-12-20");
            expect(VehicleFindingType.EARLY_REPLACEMENT.code(), DISPOSED, "bought 2020-04-01, disposed of 2024-12-20");
        }
    }

    private List<String> dossier(Vehicle v) {
        boolean electric = v.plate().isNewEnergy();
        String displacement = electric ? "" : "1.5";
        String price = Integer.toString((electric ? 148_000 : 98_000) + 1_000 * random.nextInt(20));
        String bought = LocalDate.of(2019 + random.nextInt(5), 1 + random.nextInt(12), 1).toString();
        String odometer = Integer.toString(20_000 + 1_000 * random.nextInt(100));
        String marking = "MARKED";
        switch (petrol.indexOf(v.id())) {
            case 0 -> {
                displacement = "2.0";
                price = "235000";
                expect(VehicleFindingType.OVER_CONFIGURATION_STANDARD.code(), v.id(), "2.0 L and 235,000 yuan");
            }
            case 1 -> {
                marking = "UNMARKED";
                expect(VehicleFindingType.MARKING_MISSING.code(), v.id(), "no uniform marking");
            }
            case 2 -> {
                bought = "2015-06-01";
                odometer = "286000";
                expect(VehicleFindingType.REPLACEMENT_ELIGIBLE.code(), v.id(), "bought 2015, 286,000 km");
            }
            case 3 -> {
                price = "";
                bought = "";
                expect(VehicleFindingType.RECORD_INCOMPLETE.code(), v.id(), "no price and no purchase date");
            }
            default -> {
            }
        }
        return List.of(v.id(), v.plate().display(), v.agencyId(), v.category().name(), coordinate(v, true),
                coordinate(v, false), displacement, price, electric ? "BATTERY_ELECTRIC" : "PETROL", bought, odometer,
                marking, "", "COUNTY", "");
    }

    private static String coordinate(Vehicle v, boolean latitude) {
        return v.base().map(b -> Double.toString(latitude ? b.latitude() : b.longitude())).orElse("");
    }

    private void writeQuotas(Path file) {
        Map<String, Integer> held = new TreeMap<>();
        vehicles.forEach(v -> held.merge(v.agencyId() + "," + v.category().name(), 1, Integer::sum));
        Vehicle over = vehicles.get(4);
        String overKey = over.agencyId() + "," + over.category().name();
        try (CsvWriter w = CsvWriter.create(file, FleetCsv.QUOTA_COLUMNS)) {
            held.forEach((key, n) -> {
                String[] k = key.split(",");
                w.row(k[0], k[1], Integer.toString(key.equals(overKey) ? n - 1 : n));
            });
        }
        expect(VehicleFindingType.OVER_QUOTA.code(), over.agencyId(), "the quota of " + overKey + " is one short");
    }

    private void writeFuel(Path file) {
        try (CsvWriter w = CsvWriter.create(file, FuelCsv.FUEL_COLUMNS)) {
            String thirstiest = thirsty();
            for (String id : petrol) {
                BigDecimal rate = BigDecimal.valueOf(75 + random.nextInt(20), 1);
                boolean thirsty = id.equals(thirstiest);
                monthlyKm(id).forEach((month, km) -> {
                    boolean anomaly = thirsty && month.equals(YearMonth.from(period.from()));
                    refuel(w, id, month, km.multiply(anomaly ? rate.multiply(new BigDecimal("2.4")) : rate)
                            .movePointLeft(2));
                });
                if (thirsty) {
                    expect(VehicleFindingType.FUEL_ANOMALY.code(), id, "2.4 times its usual litres in "
                            + YearMonth.from(period.from()));
                }
            }
        }
    }

    /**
     * The vehicle made to burn too much: the last petrol car of the commonest category, so that its
     * month is compared with enough others of its kind.
     */
    private String thirsty() {
        Map<VehicleCategory, Integer> counts = new TreeMap<>();
        vehicles.stream().filter(v -> petrol.contains(v.id())).forEach(v -> counts.merge(v.category(), 1, Integer::sum));
        VehicleCategory commonest = counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        return vehicles.stream().filter(v -> petrol.contains(v.id()) && v.category() == commonest)
                .reduce((a, b) -> b).orElseThrow().id();
    }

    private Map<YearMonth, BigDecimal> monthlyKm(String vehicleId) {
        Map<YearMonth, BigDecimal> km = new TreeMap<>();
        for (Trip t : trips.getOrDefault(vehicleId, List.of())) {
            YearMonth m = YearMonth.from(ChinaTime.dateOf(t.start()));
            km.merge(m, BigDecimal.valueOf(t.distanceMetres() / 1000), BigDecimal::add);
        }
        km.values().removeIf(k -> k.compareTo(BigDecimal.ONE) < 0);
        return km;
    }

    /** Fills up in tanks of at most 45 L on days of the month inside the period. */
    private void refuel(CsvWriter w, String vehicleId, YearMonth month, BigDecimal litres) {
        int tanks = litres.divide(TANK, 0, RoundingMode.CEILING).max(BigDecimal.ONE).intValue();
        BigDecimal each = litres.divide(BigDecimal.valueOf(tanks), 2, RoundingMode.HALF_UP);
        LocalDate first = period.from().isAfter(month.atDay(1)) ? period.from() : month.atDay(1);
        LocalDate last = period.to().minusDays(1).isBefore(month.atEndOfMonth()) ? period.to().minusDays(1)
                : month.atEndOfMonth();
        long days = first.until(last).getDays() + 1L;
        for (int k = 0; k < tanks; k++) {
            LocalDate day = first.plusDays(days * k / tanks);
            w.row(vehicleId, ChinaTime.format(ChinaTime.startOf(day).plusSeconds(12 * 3600 + 60 * random.nextInt(60))),
                    each.toPlainString(), each.multiply(YUAN_PER_LITRE).setScale(2, RoundingMode.HALF_UP).toPlainString(),
                    "");
        }
    }

    private void expect(String type, String subject, String what) {
        expected.add(new Expected(Audit.VEHICLES, type, subject, "", null, null, what));
    }
}
