package io.github.jiguan.core.fleet;

import io.github.jiguan.core.Checks;
import io.github.jiguan.core.InvalidValueException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * 公车租赁: a contract under which a unit rents a vehicle (社会化租赁) instead of owning one.
 *
 * @param contractId  the contract's identifier
 * @param agencyId    the unit renting
 * @param vehicleId   the rented vehicle's id in the register, so its trips are reconciled like any other
 * @param lessor      the rental company
 * @param first       the first day of the rental
 * @param last        the last day, not before the first
 * @param amountYuan  the contract amount in yuan
 * @param ceilingYuan the ceiling approved for the contract, if one is recorded
 * @param approval    the approval (document number or approver) of the rental, if any
 */
public record RentalContract(String contractId, String agencyId, String vehicleId, String lessor, LocalDate first,
                             LocalDate last, BigDecimal amountYuan, Optional<BigDecimal> ceilingYuan,
                             Optional<String> approval) {

    /** Validates the fields; a blank approval counts as none. */
    public RentalContract {
        contractId = Checks.id("contract id", contractId);
        agencyId = Checks.id("agency id", agencyId);
        vehicleId = Checks.id("vehicle id", vehicleId);
        lessor = lessor == null ? "" : lessor.strip();
        Checks.notNull("first", first);
        Checks.notNull("last", last);
        if (last.isBefore(first)) {
            throw new InvalidValueException("last", "must not be before first " + first, last);
        }
        Checks.nonNegative("amount (yuan)", amountYuan);
        Checks.notNull("ceiling (yuan)", ceilingYuan);
        ceilingYuan.ifPresent(c -> Checks.nonNegative("ceiling (yuan)", c));
        Checks.notNull("approval", approval);
        approval = approval.map(String::strip).filter(a -> !a.isEmpty());
    }
}
