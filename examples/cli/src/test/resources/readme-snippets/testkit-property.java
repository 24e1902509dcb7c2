/* README: "Property tests and jiguan-testkit", a property of your own (class members) */
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
import io.github.jiguan.testkit.Generator;
import io.github.jiguan.testkit.fleet.Fleets;
import io.github.jiguan.testkit.fleet.Orders;
import io.github.jiguan.testkit.quicktheories.QtCheck;
import io.github.jiguan.testkit.track.Track;
import io.github.jiguan.testkit.track.Tracks;
import java.util.List;
import org.junit.jupiter.api.Test;
//IMPORTS
class Snippet {
    //SNIPPET
}
