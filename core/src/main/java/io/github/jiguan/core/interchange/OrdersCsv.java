package io.github.jiguan.core.interchange;

import io.github.jiguan.core.Checks;
import io.github.jiguan.core.csv.CsvReader;
import io.github.jiguan.core.csv.CsvRow;
import io.github.jiguan.core.csv.CsvWriter;
import io.github.jiguan.core.csv.ImportLog;
import io.github.jiguan.core.fleet.DispatchOrder;
import io.github.jiguan.core.validation.DispatchOrderInput;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * orders.csv (docs/formats.md): {@code order_id, vehicle_id, created_at, planned_start, planned_end,
 * checkout_at, checkin_at, channel, status, off_hours_approved, destination, purpose}, and optionally
 * {@code driver_id}. Reading
 * reports each bad row (and each repeated order id after its first line) to the {@link ImportLog}
 * and goes on, unless the log is strict. Stateless;
 * thread-safe.
 */
public final class OrdersCsv {

    /** The columns, in order. */
    public static final List<String> HEADER = List.of("order_id", "vehicle_id", "created_at", "planned_start",
            "planned_end", "checkout_at", "checkin_at", "channel", "status", "off_hours_approved", "destination",
            "purpose");

    /** The optional column naming the order's driver; absent from older files. */
    public static final String DRIVER = "driver_id";

    private OrdersCsv() {
    }

    /**
     * Reads every row; a bad row, and a row repeating an order id of an earlier line, is reported
     * to {@code log} and skipped.
     *
     * @throws io.github.jiguan.core.csv.CsvFormatException when a column is missing, or in strict mode at the first bad row
     */
    public static List<DispatchOrder> read(CsvReader in, ImportLog log) {
        Map<String, Long> seen = new HashMap<>();
        return log.read(in, HEADER, row -> {
            DispatchOrder o = order(row);
            Long first = seen.putIfAbsent(o.orderId(), row.line());
            if (first != null) {
                throw row.repeat("order_id", first);
            }
            return o;
        });
    }

    /** Writes one row per order, times with the offset of {@code zone}. */
    public static void write(CsvWriter out, Collection<DispatchOrder> orders, ZoneId zone) {
        for (DispatchOrder o : orders) {
            out.row(o.orderId(), o.vehicleId(), time(o.createdAt(), zone), time(o.plannedStart(), zone),
                    time(o.plannedEnd(), zone), time(o.checkoutAt().orElse(null), zone), time(o.checkinAt().orElse(null), zone),
                    o.channel().name(), o.status().name(), Boolean.toString(o.offHoursApproved()), o.destination(),
                    o.purpose());
        }
    }

    /**
     * Parses one row of a file with the {@link #HEADER} columns, for reading it as a stream row by
     * row; repeated order ids are not detected here.
     *
     * @throws io.github.jiguan.core.InvalidValueException naming the column, value and reason when
     *         the row is bad
     */
    public static DispatchOrder order(CsvRow row) {
        return new DispatchOrderInput(row.get("order_id"), row.get("vehicle_id"),
                row.get("created_at"), row.get("planned_start"), row.get("planned_end"),
                row.get("checkout_at"), row.get("checkin_at"), row.get("channel"), row.get("status"),
                row.get("off_hours_approved"), row.get("destination"), row.get("purpose")).toOrder()
                .withDriver(row.optional(DRIVER, t -> Checks.id(DRIVER, t)).orElse(null));
    }

    /** An instant as ISO-8601 with the zone's offset, or empty for null. */
    private static String time(Instant t, ZoneId zone) {
        return t == null ? "" : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(t.atZone(zone).toOffsetDateTime());
    }
}
