package io.github.jiguan.examples.gateway.register;

import io.github.jiguan.core.fleet.Vehicle;
import java.util.Objects;
import java.util.Optional;

/**
 * One vehicle of the register and the phone number of the terminal fitted to it.
 *
 * @param vehicle the vehicle (docs/formats.md vehicles.csv)
 * @param terminalPhone the terminal's phone number without padding zeros, or null when none is named
 */
public record RegisterEntry(Vehicle vehicle, String terminalPhone) {

    /** Checks the vehicle and normalises the phone. */
    public RegisterEntry {
        Objects.requireNonNull(vehicle, "vehicle");
        if (terminalPhone != null) {
            terminalPhone = Phones.normalize(terminalPhone);
        }
    }

    /** The terminal's phone number, if the register names one. */
    public Optional<String> phone() {
        return Optional.ofNullable(terminalPhone);
    }
}
