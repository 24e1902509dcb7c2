package io.github.jiguan.core.fleet;

import io.github.jiguan.core.Checks;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;

/**
 * One operating cost of a vehicle: a toll, a refuelling, an allowance, a repair bill, a premium.
 *
 * @param costId     the cost's identifier (the voucher number)
 * @param vehicleId  the vehicle
 * @param kind       the kind of cost
 * @param time       when it was incurred (for a premium or a repair, the day it was paid)
 * @param amountYuan the amount in yuan, not negative
 * @param place      the station, garage, toll gate or insurer as written; may be empty
 * @param orderId    the dispatch order it was incurred on, if the voucher names one
 * @param driverId   the driver it was paid to or by, if named
 */
public record CostRecord(String costId, String vehicleId, CostKind kind, Instant time, BigDecimal amountYuan,
                         String place, Optional<String> orderId, Optional<String> driverId) {

    /** Validates the fields. */
    public CostRecord {
        costId = Checks.id("cost id", costId);
        vehicleId = Checks.id("vehicle id", vehicleId);
        Checks.notNull("cost kind", kind);
        Checks.notNull("time", time);
        Checks.nonNegative("amount (yuan)", amountYuan);
        place = place == null ? "" : place.strip();
        Checks.notNull("order id", orderId);
        Checks.notNull("driver id", driverId);
        orderId = orderId.map(o -> Checks.id("order id", o));
        driverId = driverId.map(d -> Checks.id("driver id", d));
    }
}
