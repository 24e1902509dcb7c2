package io.github.jiguan.core.fleet;

import io.github.jiguan.core.InvalidValueException;
import io.github.jiguan.core.internal.Check;
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
 * @param checkoutAt       the recorded check-out (出车), or {@code null} when not recorded
 * @param checkinAt        the recorded check-in (收车), or {@code null}; not before the check-out
 * @param channel          online or paper
 * @param status           completed or cancelled
 * @param offHoursApproved whether use outside working hours was approved
 * @param destination      the destination as entered; may be empty
 * @param purpose          the purpose as entered; may be empty
 */
public record DispatchOrder(String orderId, String vehicleId, Instant createdAt, Instant plannedStart,
                            Instant plannedEnd, Instant checkoutAt, Instant checkinAt, DispatchChannel channel,
                            OrderStatus status, boolean offHoursApproved, String destination, String purpose) {

    /** Validates the fields; null destination and purpose become empty. */
    public DispatchOrder {
        orderId = Check.id("order id", orderId);
        vehicleId = Check.id("vehicle id", vehicleId);
        Check.notNull("created at", createdAt);
        Check.notNull("planned start", plannedStart);
        Check.notNull("planned end", plannedEnd);
        Check.notNull("channel", channel);
        Check.notNull("status", status);
        if (plannedEnd.isBefore(plannedStart)) {
            throw new InvalidValueException("planned end", "must not be before planned start " + plannedStart, plannedEnd);
        }
        if (checkoutAt != null && checkinAt != null && checkinAt.isBefore(checkoutAt)) {
            throw new InvalidValueException("checkin at", "must not be before checkout at " + checkoutAt, checkinAt);
        }
        destination = destination == null ? "" : destination.strip();
        purpose = purpose == null ? "" : purpose.strip();
    }

    /** Starts an online, completed order with its planned window; set the rest on the builder. */
    public static Builder builder(String orderId, String vehicleId, Instant createdAt, Instant plannedStart,
                                  Instant plannedEnd) {
        return new Builder(orderId, vehicleId, createdAt, plannedStart, plannedEnd);
    }

    /** The recorded check-out, if any. */
    public Optional<Instant> checkout() {
        return Optional.ofNullable(checkoutAt);
    }

    /** The recorded check-in, if any. */
    public Optional<Instant> checkin() {
        return Optional.ofNullable(checkinAt);
    }

    /** Whether the order was cancelled, and so takes no part in reconciliation. */
    public boolean isCancelled() {
        return status == OrderStatus.CANCELLED;
    }

    /** The window's start: the check-out if recorded, else the planned start. */
    public Instant windowStart() {
        return checkoutAt != null ? checkoutAt : plannedStart;
    }

    /**
     * The window's end: the check-in if recorded, else the planned end. When a recorded check-out
     * falls after the planned end and no check-in was recorded, the window is empty at the
     * check-out rather than reversed.
     */
    public Instant windowEnd() {
        Instant end = checkinAt != null ? checkinAt : plannedEnd;
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

        /** Builds the order, validating every field. */
        public DispatchOrder build() {
            return new DispatchOrder(orderId, vehicleId, createdAt, plannedStart, plannedEnd, checkoutAt, checkinAt,
                    channel, status, offHoursApproved, destination, purpose);
        }
    }
}
