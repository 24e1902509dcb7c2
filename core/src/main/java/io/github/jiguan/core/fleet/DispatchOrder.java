package io.github.jiguan.core.fleet;

import io.github.jiguan.core.InvalidValueException;
import io.github.jiguan.core.Checks;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * 派车单: a dispatch order, with every field of the orders.csv interchange format.
 *
 * <p>The order's window runs from the check-out time if recorded, else the planned start, to the
 * check-in time if recorded, else the planned end.
 *
 * @param orderId          the order's identifier in the platform
 * @param vehicleId        the vehicle dispatched
 * @param createdAt        when the order was entered in the platform
 * @param plannedStart     the planned departure
 * @param plannedEnd       the planned return, not before the planned departure
 * @param checkoutAt       the recorded check-out (出车), empty when not recorded
 * @param checkinAt        the recorded check-in (收车), empty when not recorded; not before the check-out
 * @param channel          online or paper
 * @param status           completed or cancelled
 * @param offHoursApproved whether use outside working hours was approved
 * @param destination      the destination as entered; may be empty
 * @param purpose          the purpose as entered; may be empty
 * @param driverId         the driver named on the order, if any
 */
public record DispatchOrder(String orderId, String vehicleId, Instant createdAt, Instant plannedStart,
                            Instant plannedEnd, Optional<Instant> checkoutAt, Optional<Instant> checkinAt,
                            DispatchChannel channel,
                            OrderStatus status, boolean offHoursApproved, String destination, String purpose,
                            Optional<String> driverId) {

    /**
     * Validates the fields. What may be absent is an {@link Optional}, never null; null destination
     * and purpose become empty.
     */
    public DispatchOrder {
        orderId = Checks.id("order id", orderId);
        vehicleId = Checks.id("vehicle id", vehicleId);
        Checks.notNull("created at", createdAt);
        Checks.notNull("planned start", plannedStart);
        Checks.notNull("planned end", plannedEnd);
        Checks.notNull("checkout at", checkoutAt);
        Checks.notNull("checkin at", checkinAt);
        Checks.notNull("channel", channel);
        Checks.notNull("status", status);
        if (plannedEnd.isBefore(plannedStart)) {
            throw new InvalidValueException("planned end", "must not be before planned start " + plannedStart, plannedEnd);
        }
        if (checkoutAt.isPresent() && checkinAt.isPresent() && checkinAt.get().isBefore(checkoutAt.get())) {
            throw new InvalidValueException("checkin at", "must not be before checkout at " + checkoutAt.get(),
                    checkinAt.get());
        }
        destination = destination == null ? "" : destination.strip();
        purpose = purpose == null ? "" : purpose.strip();
        Checks.notNull("driver id", driverId);
        driverId = driverId.map(d -> Checks.id("driver id", d));
    }

    /** An order that names no driver. */
    public DispatchOrder(String orderId, String vehicleId, Instant createdAt, Instant plannedStart, Instant plannedEnd,
                         Optional<Instant> checkoutAt, Optional<Instant> checkinAt, DispatchChannel channel,
                         OrderStatus status, boolean offHoursApproved, String destination, String purpose) {
        this(orderId, vehicleId, createdAt, plannedStart, plannedEnd, checkoutAt, checkinAt, channel, status,
                offHoursApproved, destination, purpose, Optional.empty());
    }

    /** This order naming {@code driver} as its driver (null for none). */
    public DispatchOrder withDriver(String driver) {
        return new DispatchOrder(orderId, vehicleId, createdAt, plannedStart, plannedEnd, checkoutAt, checkinAt,
                channel, status, offHoursApproved, destination, purpose, Optional.ofNullable(driver));
    }

    /** Starts an online, completed order with its planned window; set the rest on the builder. */
    public static Builder builder(String orderId, String vehicleId, Instant createdAt, Instant plannedStart,
                                  Instant plannedEnd) {
        return new Builder(orderId, vehicleId, createdAt, plannedStart, plannedEnd);
    }

    /** Whether the order was cancelled, and so takes no part in reconciliation. */
    public boolean isCancelled() {
        return status == OrderStatus.CANCELLED;
    }

    /** The window's start: the check-out if recorded, else the planned start. */
    public Instant windowStart() {
        return checkoutAt.orElse(plannedStart);
    }

    /**
     * The window's end: the check-in if recorded, else the planned end. When a recorded check-out
     * falls after the planned end and no check-in was recorded, the window is empty at the
     * check-out rather than reversed.
     */
    public Instant windowEnd() {
        Instant end = checkinAt.orElse(plannedEnd);
        Instant start = windowStart();
        return end.isBefore(start) ? start : end;
    }

    /** The window's length. */
    public Duration windowLength() {
        return Duration.between(windowStart(), windowEnd());
    }

    /** Builds a {@link DispatchOrder}. */
    public static final class Builder {
        private final String orderId;
        private final String vehicleId;
        private final Instant createdAt;
        private final Instant plannedStart;
        private final Instant plannedEnd;
        private Instant checkoutAt;
        private Instant checkinAt;
        private DispatchChannel channel = DispatchChannel.ONLINE;
        private OrderStatus status = OrderStatus.COMPLETED;
        private boolean offHoursApproved;
        private String destination = "";
        private String purpose = "";
        private String driverId;

        private Builder(String orderId, String vehicleId, Instant createdAt, Instant plannedStart, Instant plannedEnd) {
            this.orderId = orderId;
            this.vehicleId = vehicleId;
            this.createdAt = createdAt;
            this.plannedStart = plannedStart;
            this.plannedEnd = plannedEnd;
        }

        /** Sets the recorded check-out and check-in; either may be null. */
        public Builder checked(Instant out, Instant in) {
            this.checkoutAt = out;
            this.checkinAt = in;
            return this;
        }

        /** Sets the channel (default ONLINE). */
        public Builder channel(DispatchChannel value) {
            this.channel = value;
            return this;
        }

        /** Sets the status (default COMPLETED). */
        public Builder status(OrderStatus value) {
            this.status = value;
            return this;
        }

        /** Sets whether off-hours use was approved (default false). */
        public Builder offHoursApproved(boolean value) {
            this.offHoursApproved = value;
            return this;
        }

        /** Sets the destination. */
        public Builder destination(String value) {
            this.destination = value;
            return this;
        }

        /** Sets the purpose. */
        public Builder purpose(String value) {
            this.purpose = value;
            return this;
        }

        /** Sets the driver named on the order. */
        public Builder driver(String value) {
            this.driverId = value;
            return this;
        }

        /** Builds the order, validating every field. */
        public DispatchOrder build() {
            return new DispatchOrder(orderId, vehicleId, createdAt, plannedStart, plannedEnd,
                    Optional.ofNullable(checkoutAt), Optional.ofNullable(checkinAt), channel, status, offHoursApproved,
                    destination, purpose, Optional.ofNullable(driverId));
        }
    }
}
