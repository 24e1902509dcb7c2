package io.github.jiguan.telematics.jt808.message;

import io.github.jiguan.telematics.internal.Bits;
import java.util.Objects;

/**
 * 0x0702 驾驶员身份信息采集上报 (driver identity). In the 2013 and 2019 layouts the card
 * fields follow the state, the time and the read result, and are present only when the state is 1
 * (card inserted) and the read result 0 (success); 2019 adds the driver's ID card number. The 2011
 * layout has the name, the ID card number (20 bytes), the certificate code (40 bytes) and the
 * agency only; its state is 0, its time null and its read result -1.
 *
 * @param layout the body layout: 2011, 2013 or 2019
 * @param state 1 card inserted (on duty), 2 card removed (off duty)
 * @param time when the card was inserted or removed
 * @param readResult IC card read result: 0 success, 1 wrong key, 2 card locked, 3 card removed, 4 checksum error; -1 when the body stops after the time (as it does for state 2)
 * @param driverName the driver name (empty unless read)
 * @param certificateCode qualification certificate code, 20 bytes (40 in 2011; empty unless read)
 * @param issuingAgency the issuing agency (empty unless read)
 * @param expiryDate certificate expiry BCD[4] YYYYMMDD digits (empty unless read)
 * @param idCardNumber the driver ID card number, 20 bytes (2019 and 2011; empty in 2013)
 */
public record DriverIdentityReport(ProtocolVersion layout, int state, BcdTime time, int readResult, String driverName, String certificateCode, String issuingAgency, String expiryDate, String idCardNumber) implements TerminalMessage {

    /** Checks the values. */
    public DriverIdentityReport {
        Objects.requireNonNull(layout, "layout");
        Bits.checkByte("state", state);
        if (layout != ProtocolVersion.V2011) {
            Objects.requireNonNull(time, "time");
        }
        Bits.checkRange("readResult", readResult, -1, 255);
        Objects.requireNonNull(driverName, "driverName");
        Objects.requireNonNull(certificateCode, "certificateCode");
        Objects.requireNonNull(issuingAgency, "issuingAgency");
        Objects.requireNonNull(expiryDate, "expiryDate");
        Objects.requireNonNull(idCardNumber, "idCardNumber");
    }

    @Override
    public int messageId() {
        return MessageId.DRIVER_IDENTITY_REPORT.code();
    }

    /** True when the card fields are present (state 1, read result 0). */
    public boolean hasCard() {
        return state == 1 && readResult == 0;
    }

    /** The certificate expiry date, if present and a date. */
    public java.util.Optional<java.time.LocalDate> expiry() {
        try {
            return expiryDate.isEmpty() ? java.util.Optional.empty()
                    : java.util.Optional.of(java.time.LocalDate.parse(expiryDate, java.time.format.DateTimeFormatter.BASIC_ISO_DATE));
        } catch (java.time.format.DateTimeParseException e) {
            return java.util.Optional.empty();
        }
    }
}
