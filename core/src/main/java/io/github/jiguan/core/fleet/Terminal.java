package io.github.jiguan.core.fleet;

import io.github.jiguan.core.InvalidValueException;
import io.github.jiguan.core.Checks;
import java.util.Optional;

/**
 * 车载终端: a Beidou/GPS vehicle terminal, known to the platform by its SIM phone number.
 *
 * @param terminalId the terminal id (终端ID): 1 to 30 letters and digits
 * @param phone      the SIM phone number (终端手机号): digits only, at most 12 for 2011/2013 and
 *                   20 for 2019, leading zeros kept as sent
 * @param protocol   the JT/T 808 edition it speaks
 * @param vehicleId  the vehicle it is fitted to, or {@code null} when unassigned
 */
public record Terminal(String terminalId, String phone, TerminalProtocol protocol, String vehicleId) {

    /** Validates the fields. */
    public Terminal {
        terminalId = Checks.notBlank("terminal id", terminalId);
        if (terminalId.length() > 30 || !terminalId.chars().allMatch(c -> c < 128 && Character.isLetterOrDigit(c))) {
            throw new InvalidValueException("terminal id", "must be 1 to 30 ASCII letters and digits", terminalId);
        }
        Checks.notNull("terminal protocol", protocol);
        phone = Checks.notBlank("terminal phone", phone);
        if (phone.length() > protocol.maxPhoneDigits() || !phone.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new InvalidValueException("terminal phone",
                    "must be 1 to " + protocol.maxPhoneDigits() + " digits for " + protocol, phone);
        }
        if (vehicleId != null) {
            vehicleId = Checks.id("vehicle id", vehicleId);
        }
    }

    /** The vehicle the terminal is fitted to, if assigned. */
    public Optional<String> assignedVehicle() {
        return Optional.ofNullable(vehicleId);
    }
}
