package io.github.jiguan.testkit;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jiguan.core.calendar.WorkCalendar;
import io.github.jiguan.core.fleet.DispatchOrder;
import io.github.jiguan.core.fleet.Plate;
import io.github.jiguan.core.fleet.Vehicle;
import io.github.jiguan.core.fleet.VehicleCategory;
import io.github.jiguan.core.reconcile.FindingType;
import io.github.jiguan.core.reconcile.ReconcilePolicy;
import io.github.jiguan.core.reconcile.Reconciler;
import io.github.jiguan.core.reconcile.VehicleResult;
import io.github.jiguan.testkit.fleet.Fleets;
import io.github.jiguan.testkit.fleet.Orders;
import io.github.jiguan.testkit.fleet.Plates;
import io.github.jiguan.testkit.quicktheories.QtCheck;
import io.github.jiguan.testkit.track.Track;
import io.github.jiguan.testkit.track.Tracks;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The README's section on the testkit, as it is written there: a user's property suite. */
class ReadmeExampleTest {

    // --- README: "A property of your own" ---
    record Day(Track track, List<DispatchOrder> orders) {
    }

    private final Reconciler reconciler = Reconciler.of(WorkCalendar.chinaOfficial(), ReconcilePolicy.defaults());
    private final Vehicle car = Vehicle.builder("V1", Plate.of("冀A12345"), "A01", VehicleCategory.GENERAL)
            .base(Tracks.SEAT).build();

    @Test
    void aVehicleWhoseDrivesAreAllDispatchedHasNoTripWithoutOrder() {
        Generator<Day> days = Tracks.tracks("V1", Tracks.SEAT, Fleets.START, 40)
                .flatMap(track -> Orders.covering(track).map(orders -> new Day(track, orders)));
        QtCheck.forAll(100, days, 40, Day::toString, day -> {
            VehicleResult r = reconciler.reconcileVehicle(car, day.orders(), day.track().columns(), Fleets.PERIOD);
            assertTrue(r.findings().stream().noneMatch(f -> f.type() == FindingType.TRIP_WITHOUT_ORDER), day::toString);
        });
    }
    // --- end ---

    // --- README: "Without a property engine" ---
    @Test
    void everyInvalidPlateIsRefused() {
        SplittableRandom random = new SplittableRandom(42);
        for (int i = 0; i < 1000; i++) {
            String text = Plates.invalid().next(random, 20);
            assertFalse(Plate.isValid(text), text);
        }
    }
    // --- end ---
}
