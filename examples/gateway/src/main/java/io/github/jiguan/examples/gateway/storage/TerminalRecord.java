package io.github.jiguan.examples.gateway.storage;

import java.time.Instant;
import java.util.Objects;

/**
 * A terminal as the gateway knows it: what it said when it registered (0x0100), the hash of the
 * auth code it was issued, and what it said when it last authenticated (0x0102).
 *
 * @param phone the phone number without padding zeros
 * @param vehicleId the vehicle it is fitted to, or null (open registration of an unknown vehicle)
 * @param plate the plate (or VIN) it registered with
 * @param plateColor the plate colour code it registered with
 * @param protocol the edition it speaks: "2011", "2013" or "2019"
 * @param provinceId the province id it registered with
 * @param cityId the city or county id it registered with
 * @param manufacturerId the manufacturer id it registered with
 * @param terminalModel the terminal model it registered with
 * @param terminalId the terminal id it registered with
 * @param authCodeSha256 the SHA-256 of its current auth code in lowercase hex, or null when it has none
 *     (deregistered with 0x0003)
 * @param imei the IMEI of its last 2019 authentication, or null
 * @param softwareVersion the software version of its last 2019 authentication, or null
 * @param registeredAt when it last registered
 * @param authenticatedAt when it last authenticated with something new (the first time, a new IMEI or software
 *     version), or null
 */
public record TerminalRecord(String phone, String vehicleId, String plate, int plateColor, String protocol,
        int provinceId, int cityId, String manufacturerId, String terminalModel, String terminalId,
        String authCodeSha256, String imei, String softwareVersion, Instant registeredAt, Instant authenticatedAt) {

    /** Checks the required values. */
    public TerminalRecord {
        Objects.requireNonNull(phone, "phone");
        Objects.requireNonNull(plate, "plate");
        Objects.requireNonNull(protocol, "protocol");
        Objects.requireNonNull(manufacturerId, "manufacturerId");
        Objects.requireNonNull(terminalModel, "terminalModel");
        Objects.requireNonNull(terminalId, "terminalId");
        Objects.requireNonNull(registeredAt, "registeredAt");
    }

    /** A copy with another auth code hash (null: none). */
    public TerminalRecord withAuthCodeSha256(String hash) {
        return new TerminalRecord(phone, vehicleId, plate, plateColor, protocol, provinceId, cityId, manufacturerId,
                terminalModel, terminalId, hash, imei, softwareVersion, registeredAt, authenticatedAt);
    }

    /** A copy recording an authentication at {@code at} with {@code imei} and {@code softwareVersion} (null before 2019). */
    public TerminalRecord withAuthentication(Instant at, String imei, String softwareVersion) {
        return new TerminalRecord(phone, vehicleId, plate, plateColor, protocol, provinceId, cityId, manufacturerId,
                terminalModel, terminalId, authCodeSha256, imei, softwareVersion, registeredAt, at);
    }
}
