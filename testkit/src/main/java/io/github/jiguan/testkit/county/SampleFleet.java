package io.github.jiguan.testkit.county;

import io.github.jiguan.core.fleet.DispatchOrder;
import io.github.jiguan.core.fleet.Vehicle;
import io.github.jiguan.core.reconcile.AuditPeriod;
import java.util.List;

/**
 * A generated data set: the register, the orders, the audit period it covers and the violations
 * injected; the fixes went to the {@link FixSink} given to the generator.
 *
 * @param vehicles the register
 * @param orders   the orders, cancelled ones included
 * @param period   the days generated
 * @param injected the violations injected, with the findings expected for them
 * @param fixes    the number of fix rows sent to the sink
 */
public record SampleFleet(List<Vehicle> vehicles, List<DispatchOrder> orders, AuditPeriod period,
                          List<Injected> injected, long fixes) {

    /** Copies the lists. */
    public SampleFleet {
        vehicles = List.copyOf(vehicles);
        orders = List.copyOf(orders);
        injected = List.copyOf(injected);
    }
}
