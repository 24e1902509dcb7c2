package io.github.jiguan.core.reconcile;

import io.github.jiguan.core.finding.Evidence;
import io.github.jiguan.core.geo.GeoPoint;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * Evidence of 未按规定停放 ({@link FindingType#NOT_PARKED_AT_BASE}): at the night check the vehicle's
 * last known position was further from its base than the radius, and no order window covered the
 * check. One finding per stay, listing its nights.
 *
 * @param nights            the dates whose night check found the vehicle away, in order
 * @param checkTime         the check time, in Beijing time
 * @param stay              how the stay was found
 * @param stillThereAtEnd   whether the vehicle was still there at the end of the data
 * @param position          the last known position at the first check
 * @param base              the vehicle's base
 * @param distanceMetres    the largest distance from the base at the checks
 * @param radiusMetres      the radius allowed
 */
public record NotParkedAtBase(List<LocalDate> nights, LocalTime checkTime, Stay stay, boolean stillThereAtEnd,
                              GeoPoint position, GeoPoint base, double distanceMetres, double radiusMetres)
        implements Evidence {

    /** Copies the nights. */
    public NotParkedAtBase {
        nights = List.copyOf(nights);
    }

    /** How a stay was found. */
    public enum Stay {
        /** A detected stop contains the check time. */
        STOP,
        /** No stop was detected: from the last position before the check to the next report. */
        LAST_POSITION
    }
}
