package io.github.jiguan.standards.vehicle.ops;

import io.github.jiguan.core.finding.Finding;
import io.github.jiguan.core.finding.Language;
import io.github.jiguan.core.fleet.AreaAssignment;
import io.github.jiguan.core.fleet.CostRecord;
import io.github.jiguan.core.fleet.Driver;
import io.github.jiguan.core.fleet.MarkingChange;
import io.github.jiguan.core.fleet.RentalContract;
import io.github.jiguan.core.fleet.Vehicle;
import io.github.jiguan.core.fleet.VehicleFile;
import io.github.jiguan.core.geo.GeoPoint;
import io.github.jiguan.testkit.Generator;
import io.github.jiguan.testkit.fleet.Operations;
import io.github.jiguan.testkit.fleet.Vehicles;
import io.github.jiguan.testkit.quicktheories.QtCheck;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The vehicle-operations audit on generated records (the testkit's {@link Operations}): the same
 * findings whatever the order of the input rows, and every finding writes a sentence in both
 * languages. Re-run a failure with {@code -DQT_SEED=N}.
 */
class VehicleOperationsProperties {

    private static final LocalDate AS_OF = LocalDate.of(2025, 3, 1);
    private static final GeoPoint SEAT = GeoPoint.of(38.0428, 114.5149);
    private static final List<String> UNITS = List.of("A01", "A02");

    /** Generated data and the seed its shuffle uses. */
    record Sample(OperationsData data, long shuffle) {
    }

    private static final Generator<Sample> SAMPLES = (r, size) -> {
        List<Vehicle> vehicles = Vehicles.register(6, UNITS, SEAT, AS_OF).next(r, size);
        List<String> ids = vehicles.stream().map(Vehicle::id).toList();
        List<String> withRented = new ArrayList<>(ids);
        withRented.add("V99");
        List<VehicleFile> files = new ArrayList<>();
        List<MarkingChange> markings = new ArrayList<>();
        List<AreaAssignment> areas = new ArrayList<>();
        for (String id : ids) {
            if (r.nextInt(0, 5) > 0) {
                files.add(Operations.file(id, AS_OF).next(r, size));
            }
            markings.addAll(Operations.markings(id, AS_OF).next(r, size));
            areas.add(Operations.area("Z" + id, AreaAssignment.Purpose.PARKING, "A01", id, SEAT).next(r, size));
        }
        List<Driver> drivers = new ArrayList<>();
        List<CostRecord> costs = new ArrayList<>();
        List<RentalContract> rentals = new ArrayList<>();
        for (int i = r.nextInt(0, 5); i > 0; i--) {
            drivers.add(Operations.driver("D" + i, UNITS, ids, AS_OF).next(r, size));
            rentals.add(Operations.rental("R" + i, UNITS, withRented, AS_OF).next(r, size));
        }
        if (!ids.isEmpty()) {
            for (int i = r.nextInt(0, 20); i > 0; i--) {
                costs.add(Operations.cost("C" + i, ids, io.github.jiguan.core.ChinaTime.startOf(AS_OF.minusYears(2)),
                        io.github.jiguan.core.ChinaTime.startOf(AS_OF)).next(r, size));
            }
        }
        OperationsData data = OperationsData.of(vehicles).withFiles(files).withDrivers(drivers).withCosts(costs)
                .withRentals(rentals).withMarkings(markings).withAreas(areas);
        return new Sample(data, r.nextLong(0, Long.MAX_VALUE));
    };

    private static <T> List<T> shuffled(List<T> list, Random random) {
        List<T> copy = new ArrayList<>(list);
        Collections.shuffle(copy, random);
        return copy;
    }

    private static List<String> keys(OperationsReport r) {
        return r.findings().stream().map(f -> f.type().code() + " " + f.subjects() + " " + f.coverage() + " " + f.evidence())
                .sorted().toList();
    }

    @Test
    void theFindingsDoNotDependOnTheOrderOfTheRows() {
        QtCheck.forAll(200, SAMPLES, 10, s -> s.data().toString(), s -> {
            OperationsData d = s.data();
            Random random = new Random(s.shuffle());
            OperationsData reordered = OperationsData.of(shuffled(d.vehicles(), random))
                    .withFiles(shuffled(d.files(), random)).withDrivers(shuffled(d.drivers(), random))
                    .withCosts(shuffled(d.costs(), random)).withRentals(shuffled(d.rentals(), random))
                    .withMarkings(shuffled(d.markings(), random)).withAreas(shuffled(d.areas(), random));
            assertEquals(keys(Ops.run(d)), keys(Ops.run(reordered)));
        });
    }

    @Test
    void everyFindingReadsInBothLanguages() {
        QtCheck.forAll(200, SAMPLES, 10, s -> s.data().toString(), s -> {
            for (Finding f : Ops.run(s.data()).findings()) {
                assertEquals(false, f.sentence(Language.ZH).isBlank());
                assertEquals(false, f.sentence(Language.EN).isBlank());
            }
        });
    }
}
