/* README: "Reconciling dispatch orders with trajectories" */
import io.github.jiguan.core.fleet.DispatchOrder;
import io.github.jiguan.core.fleet.Vehicle;
import io.github.jiguan.core.track.Fix;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
//IMPORTS
class Snippet {
    List<Fix> fixList;
    List<Vehicle> vehicles;
    List<DispatchOrder> orders;

    void run() {
        //SNIPPET
    }
}
