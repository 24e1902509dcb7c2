package io.github.jiguan.core.office;

import io.github.jiguan.core.Checks;
import java.time.LocalDate;
import java.util.Optional;

/**
 * 权属: the property right of a building as the ledger records it: registered, filed (备案) or
 * neither, with the reason, the holder and the certificate, and the survey (测绘) it rests on.
 *
 * @param status            registered, filed or unregistered
 * @param reason            why it is filed or unregistered (历史遗留、手续不全…); may be empty
 * @param holder            the registered holder (权利人), such as 某县机关事务服务中心; may be empty
 * @param certificateNumber the title certificate's number; may be empty
 * @param certificateArea   the gross area on the certificate; null when there is none
 * @param registeredOn      the date of registration or filing; null when not known
 * @param surveyedOn        the date of the survey; null when not surveyed
 */
public record Title(OwnershipStatus status, String reason, String holder, String certificateNumber,
                    Area certificateArea, LocalDate registeredOn, LocalDate surveyedOn) {

    /** Validates the status; null texts become empty. */
    public Title {
        Checks.notNull("ownership status", status);
        reason = strip(reason);
        holder = strip(holder);
        certificateNumber = strip(certificateNumber);
    }

    /** A property neither registered, filed nor surveyed. */
    public static Title unregistered(String reason) {
        return new Title(OwnershipStatus.UNREGISTERED, reason, "", "", null, null, null);
    }

    /** The certificate's area, when there is a certificate. */
    public Optional<Area> certificateAreaIfAny() {
        return Optional.ofNullable(certificateArea);
    }

    /** Whether the property has been surveyed. */
    public boolean isSurveyed() {
        return surveyedOn != null;
    }

    /** Whether it is registered or filed, as the rules ask. */
    public boolean isSettled() {
        return status != OwnershipStatus.UNREGISTERED;
    }

    private static String strip(String s) {
        return s == null ? "" : s.strip();
    }
}
