/* README: the streaming reconciler */
import io.github.jiguan.core.calendar.WorkCalendar;
import io.github.jiguan.core.finding.Finding;
import io.github.jiguan.core.fleet.Vehicle;
import io.github.jiguan.core.reconcile.AuditPeriod;
import io.github.jiguan.core.reconcile.ReconcilePolicy;
import io.github.jiguan.core.reconcile.ReconcileResult;
import io.github.jiguan.core.reconcile.StreamingReconciler;
import io.github.jiguan.core.track.Fix;
import java.time.Duration;
import java.util.List;
import java.util.Queue;
import org.slf4j.Logger;
//IMPORTS
class Snippet {
    Logger log;
    AuditPeriod period;
    List<Vehicle> vehicles;
    Queue<Finding> inspectorQueue;
    Fix fix;

    void run() {
        //SNIPPET
    }
}
