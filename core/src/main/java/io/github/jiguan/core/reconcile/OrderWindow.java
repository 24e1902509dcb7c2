package io.github.jiguan.core.reconcile;

import io.github.jiguan.core.fleet.DispatchOrder;
import io.github.jiguan.core.Checks;
import java.time.Duration;
import java.time.Instant;

/**
 * An order's window and its expanded window (docs/reconciliation.md): start = checkout_at if present, else
 * planned_start; end = checkin_at if present, else planned_end; expanded = [start − T, end + T].
 *
 * @param order         the order
 * @param start         the window's start
 * @param end           the window's end
 * @param expandedStart start − T
 * @param expandedEnd   end + T
 */
public record OrderWindow(DispatchOrder order, Instant start, Instant end, Instant expandedStart,
                          Instant expandedEnd) {

    /** Validates the fields. */
    public OrderWindow {
        Checks.notNull("order", order);
        Checks.notNull("start", start);
        Checks.notNull("end", end);
        Checks.notNull("expanded start", expandedStart);
        Checks.notNull("expanded end", expandedEnd);
    }

    /** The window of {@code order} with tolerance {@code t}. */
    public static OrderWindow of(DispatchOrder order, Duration t) {
        Instant s = order.windowStart();
        Instant e = order.windowEnd();
        return new OrderWindow(order, s, e, s.minus(t), e.plus(t));
    }

    /** The order's id. */
    public String orderId() {
        return order.orderId();
    }

    /** Whether the window (not expanded) contains {@code moment}, ends included. */
    public boolean covers(Instant moment) {
        return !moment.isBefore(start) && !moment.isAfter(end);
    }
}
