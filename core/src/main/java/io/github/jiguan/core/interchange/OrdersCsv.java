package io.github.jiguan.core.interchange;

import io.github.jiguan.core.InvalidValueException;
import io.github.jiguan.core.fleet.DispatchOrder;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * orders.csv (DESIGN.md §6): {@code order_id, vehicle_id, created_at, planned_start, planned_end,
 * checkout_at, checkin_at, channel, status, off_hours_approved, destination, purpose}. Reading
 * reports each bad row (and each repeated order id after its first line) and goes on. Stateless;
 * thread-safe.
 */
public final class OrdersCsv {

    /** The columns, in order. */
    public static final List<String> HEADER = List.of("order_id", "vehicle_id", "created_at", "planned_start",
            "planned_end", "checkout_at", "checkin_at", "channel", "status", "off_hours_approved", "destination",
            "purpose");

    private OrdersCsv() {
    }

    /**
     * Reads every row.
     *
     * @throws CsvFormatException when a column is missing, or from the listener
     */
    public static List<DispatchOrder> read(CsvReader in, Consumer<Rejection> rejected) {
        in.requireColumns(HEADER);
        List<DispatchOrder> out = new ArrayList<>();
        Map<String, Long> seen = new HashMap<>();
        for (CsvRow row = in.next(); row != null; row = in.next()) {
            try {
                DispatchOrder o = new DispatchOrderInput(row.get("order_id"), row.get("vehicle_id"),
                        row.get("created_at"), row.get("planned_start"), row.get("planned_end"),
                        row.get("checkout_at"), row.get("checkin_at"), row.get("channel"), row.get("status"),
                        row.get("off_hours_approved"), row.get("destination"), row.get("purpose")).toOrder();
                Long first = seen.putIfAbsent(o.orderId(), row.line());
                if (first != null) {
                    rejected.accept(row.reject("order_id", "repeats the order of line " + first));
                    continue;
                }
                out.add(o);
            } catch (InvalidValueException e) {
                rejected.accept(row.reject(e));
            }
        }
        return out;
    }

    /** Writes one row per order, times with the offset of {@code zone}. */
    public static void write(CsvWriter out, Collection<DispatchOrder> orders, ZoneId zone) {
        for (DispatchOrder o : orders) {
            out.row(o.orderId(), o.vehicleId(), time(o.createdAt(), zone), time(o.plannedStart(), zone),
                    time(o.plannedEnd(), zone), time(o.checkoutAt(), zone), time(o.checkinAt(), zone),
                    o.channel().name(), o.status().name(), Boolean.toString(o.offHoursApproved()), o.destination(),
                    o.purpose());
        }
    }

    /** An instant as ISO-8601 with the zone's offset, or empty for null. */
    static String time(Instant t, ZoneId zone) {
        return t == null ? "" : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(t.atZone(zone).toOffsetDateTime());
    }
}
