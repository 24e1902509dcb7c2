package io.github.jiguan.core.fleet;

import io.github.jiguan.core.Checks;
import java.time.LocalDate;

/**
 * One entry of a vehicle's marking history: from {@code since} on it carried {@code state}.
 *
 * @param vehicleId the vehicle
 * @param since     the first day in that state
 * @param state     the marking state
 */
public record MarkingChange(String vehicleId, LocalDate since, MarkingState state) {

    /** Validates the fields. */
    public MarkingChange {
        vehicleId = Checks.id("vehicle id", vehicleId);
        Checks.notNull("since", since);
        Checks.notNull("marking state", state);
    }
}
