package io.github.jiguan.testkit.fleet;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.jiguan.core.calendar.WorkCalendar;
import io.github.jiguan.core.fleet.Vehicle;
import io.github.jiguan.core.fleet.VehicleCategory;
import io.github.jiguan.core.reconcile.FindingType;
import io.github.jiguan.core.reconcile.ReconcilePolicy;
import io.github.jiguan.core.reconcile.Reconciler;
import io.github.jiguan.testkit.Generator;
import io.github.jiguan.testkit.quicktheories.QtCheck;
import io.github.jiguan.testkit.track.Track;
import io.github.jiguan.testkit.track.Tracks;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Orders made to cover a track are consistent with it: no trip without order, no paper slip. */
class OrdersTest {

    private static final Set<FindingType> KEEPING = EnumSet.of(FindingType.TRIP_WITHOUT_ORDER, FindingType.PAPER_DISPATCH);

    /** A track and the orders covering it. */
    record Covered(Track track, List<io.github.jiguan.core.fleet.DispatchOrder> orders) {
        @Override
        public String toString() {
            return track.plan().steps() + " " + orders;
        }
    }

    @Test
    void coveringOrdersLeaveNoTripWithoutOrder() {
        Generator<Covered> covered = Tracks.tracks("V1", Tracks.SEAT, Fleets.START, 40)
                .flatMap(t -> Orders.covering(t).map(o -> new Covered(t, o)));
        Vehicle v = Vehicle.builder("V1", io.github.jiguan.core.fleet.Plate.of("冀A12345"), "A01", VehicleCategory.GENERAL)
                .base(Tracks.SEAT).build();
        Reconciler reconciler = Reconciler.of(WorkCalendar.chinaOfficial(), ReconcilePolicy.defaults());
        QtCheck.forAll(100, covered, 40, Covered::toString, c -> {
            var result = reconciler.reconcileVehicle(v, c.orders(), c.track().columns(), Fleets.PERIOD);
            assertEquals(List.of(), result.findings().stream().filter(f -> KEEPING.contains(f.type())).toList());
        });
    }
}
