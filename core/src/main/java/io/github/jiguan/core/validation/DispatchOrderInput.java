package io.github.jiguan.core.validation;

import io.github.jiguan.core.fleet.DispatchChannel;
import io.github.jiguan.core.fleet.DispatchOrder;
import io.github.jiguan.core.fleet.OrderStatus;
import io.github.jiguan.core.csv.Cells;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * One row of orders.csv as text, with the constraints a bulk import checks before building the
 * {@link DispatchOrder}. Times are ISO-8601 with an offset; empty means absent.
 *
 * @param orderId          required
 * @param vehicleId        required
 * @param createdAt        required
 * @param plannedStart     required
 * @param plannedEnd       required
 * @param checkoutAt       optional
 * @param checkinAt        optional
 * @param channel          ONLINE or PAPER, required
 * @param status           COMPLETED or CANCELLED, required
 * @param offHoursApproved true, false or empty (false)
 * @param destination      optional, at most 500 characters
 * @param purpose          optional, at most 500 characters
 */
public record DispatchOrderInput(
        @NotBlank(message = "{io.github.jiguan.core.validation.required}")
        @Size(max = 64, message = "{io.github.jiguan.core.validation.id}") String orderId,
        @NotBlank(message = "{io.github.jiguan.core.validation.required}")
        @Size(max = 64, message = "{io.github.jiguan.core.validation.id}") String vehicleId,
        @NotBlank(message = "{io.github.jiguan.core.validation.required}") @OffsetTimestamp String createdAt,
        @NotBlank(message = "{io.github.jiguan.core.validation.required}") @OffsetTimestamp String plannedStart,
        @NotBlank(message = "{io.github.jiguan.core.validation.required}") @OffsetTimestamp String plannedEnd,
        @OffsetTimestamp String checkoutAt,
        @OffsetTimestamp String checkinAt,
        @NotBlank(message = "{io.github.jiguan.core.validation.required}") @EnumCode(DispatchChannel.class) String channel,
        @NotBlank(message = "{io.github.jiguan.core.validation.required}") @EnumCode(OrderStatus.class) String status,
        @Pattern(regexp = "(?i)true|false|", message = "{io.github.jiguan.core.validation.boolean}") String offHoursApproved,
        @Size(max = 500, message = "{io.github.jiguan.core.validation.text}") String destination,
        @Size(max = 500, message = "{io.github.jiguan.core.validation.text}") String purpose) {

    /**
     * Builds the order.
     *
     * @throws io.github.jiguan.core.InvalidValueException naming the field when a value is bad,
     *         including a planned end before the planned start
     */
    public DispatchOrder toOrder() {
        try {
            return order();
        } catch (io.github.jiguan.core.InvalidValueException e) {
            // The order's own checks compare instants; say it in the times as the file writes them.
            if (e.field().equals("planned end")) {
                throw new io.github.jiguan.core.InvalidValueException("planned_end",
                        "must not be before planned_start " + plannedStart.strip(), plannedEnd);
            }
            if (e.field().equals("checkin at")) {
                throw new io.github.jiguan.core.InvalidValueException("checkin_at",
                        "must not be before checkout_at " + checkoutAt.strip(), checkinAt);
            }
            throw e;
        }
    }

    private DispatchOrder order() {
        return new DispatchOrder(orderId, vehicleId,
                Cells.instant("created_at", createdAt),
                Cells.instant("planned_start", plannedStart),
                Cells.instant("planned_end", plannedEnd),
                Cells.optionalInstant("checkout_at", checkoutAt),
                Cells.optionalInstant("checkin_at", checkinAt),
                DispatchChannel.parse(channel),
                OrderStatus.parse(status),
                Cells.flag("off_hours_approved", offHoursApproved),
                destination, purpose);
    }
}
