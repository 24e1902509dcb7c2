/* README: "Vehicle operations" (also run, line for line, by standards' OpsReadmeExampleTest) */
import io.github.jiguan.core.calendar.WorkCalendar;
import io.github.jiguan.core.finding.Language;
import io.github.jiguan.core.fleet.AreaAssignment;
import io.github.jiguan.core.fleet.CostRecord;
import io.github.jiguan.core.fleet.DispatchOrder;
import io.github.jiguan.core.fleet.Driver;
import io.github.jiguan.core.fleet.MarkingChange;
import io.github.jiguan.core.fleet.Plate;
import io.github.jiguan.core.fleet.RentalContract;
import io.github.jiguan.core.fleet.Vehicle;
import io.github.jiguan.core.fleet.VehicleFile;
import io.github.jiguan.core.reconcile.AuditPeriod;
import io.github.jiguan.core.track.FleetFixes;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
//IMPORTS
class Snippet {
    List<Vehicle> vehicles;
    List<VehicleFile> files;
    List<Driver> drivers;
    List<DispatchOrder> orders;
    List<CostRecord> costs;
    List<RentalContract> rentals;
    List<MarkingChange> markings;
    List<AreaAssignment> areas;
    FleetFixes fixes;

    void run() {
        //SNIPPET
    }
}
