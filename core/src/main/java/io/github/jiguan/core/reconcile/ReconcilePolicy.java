package io.github.jiguan.core.reconcile;

import io.github.jiguan.core.InvalidValueException;
import io.github.jiguan.core.Checks;
import io.github.jiguan.core.track.TrackPolicy;
import java.time.Duration;
import java.time.LocalTime;

/**
 * Every threshold of the reconciliation (docs/reconciliation.md), defaults in brackets. Immutable; change a
 * threshold with its {@code with…} method:
 *
 * <pre>{@code
 * ReconcilePolicy p = ReconcilePolicy.defaults()
 *         .withOrderTolerance(Duration.ofMinutes(45))
 *         .withTrack(TrackPolicy.defaults().withMinTripMetres(1000));
 * }</pre>
 *
 * <p>Two thresholds of the rules (docs/reconciliation.md) live in the {@link io.github.jiguan.core.calendar.WorkCalendar} given to
 * the {@link Reconciler}, because they are calendar questions: the rest days, and the night hours
 * of OFF_HOURS_USE [22:00–06:00, {@code WorkCalendar.withNightHours}]. Every calendar question is
 * asked in {@link io.github.jiguan.core.ChinaTime#ZONE Asia/Shanghai}.
 *
 * @param track              cleaning and trip detection [200 m, 300 s, 500 m, 3,600 s, 250 km/h, ACC used]
 * @param orderTolerance     T, by which an order window is expanded on both sides [30 min]
 * @param dispatchGrace      DISPATCH_AFTER_DEPARTURE: how long after the first trip's start an order
 *                           may still be created [10 min]
 * @param checkoutTolerance  CHECKOUT_MISMATCH: largest difference between checkout_at and the first
 *                           associated trip's start [30 min]
 * @param checkinTolerance   CHECKIN_MISMATCH: largest difference between checkin_at and the last
 *                           associated trip's end [30 min]
 * @param baseRadiusMetres   NOT_PARKED_AT_BASE: largest distance from the base [1,000 m]
 * @param parkingCheck       NOT_PARKED_AT_BASE: the moment of each night checked [03:00]
 * @param idleDays           IDLE_VEHICLE: shortest run of days without a trip [30]
 * @param idleMinOnlineShare IDLE_VEHICLE: least share of those days with the terminal online [0.5]
 */
public record ReconcilePolicy(TrackPolicy track, Duration orderTolerance, Duration dispatchGrace,
                              Duration checkoutTolerance, Duration checkinTolerance,
                              double baseRadiusMetres, LocalTime parkingCheck, int idleDays,
                              double idleMinOnlineShare) {

    private static final ReconcilePolicy DEFAULTS = new ReconcilePolicy(TrackPolicy.defaults(),
            Duration.ofMinutes(30), Duration.ofMinutes(10), Duration.ofMinutes(30), Duration.ofMinutes(30),
            1000, LocalTime.of(3, 0), 30, 0.5);

    /** Validates the thresholds. */
    public ReconcilePolicy {
        Checks.notNull("track policy", track);
        notNegative("order tolerance", orderTolerance);
        notNegative("dispatch grace", dispatchGrace);
        notNegative("checkout tolerance", checkoutTolerance);
        notNegative("checkin tolerance", checkinTolerance);
        Checks.inRange("base radius (m)", baseRadiusMetres, 0, 1_000_000);
        Checks.notNull("parking check", parkingCheck);
        Checks.inRange("idle days", idleDays, 1, 3660);
        Checks.inRange("idle min online share", idleMinOnlineShare, 0, 1);
    }

    /** The defaults of docs/reconciliation.md. */
    public static ReconcilePolicy defaults() {
        return DEFAULTS;
    }

    /** A copy with other trajectory thresholds. */
    public ReconcilePolicy withTrack(TrackPolicy value) {
        return new ReconcilePolicy(value, orderTolerance, dispatchGrace, checkoutTolerance, checkinTolerance,
                baseRadiusMetres, parkingCheck, idleDays, idleMinOnlineShare);
    }

    /** A copy with another tolerance T. */
    public ReconcilePolicy withOrderTolerance(Duration value) {
        return new ReconcilePolicy(track, value, dispatchGrace, checkoutTolerance, checkinTolerance,
                baseRadiusMetres, parkingCheck, idleDays, idleMinOnlineShare);
    }

    /** A copy with another dispatch grace. */
    public ReconcilePolicy withDispatchGrace(Duration value) {
        return new ReconcilePolicy(track, orderTolerance, value, checkoutTolerance, checkinTolerance,
                baseRadiusMetres, parkingCheck, idleDays, idleMinOnlineShare);
    }

    /** A copy with another checkout tolerance. */
    public ReconcilePolicy withCheckoutTolerance(Duration value) {
        return new ReconcilePolicy(track, orderTolerance, dispatchGrace, value, checkinTolerance,
                baseRadiusMetres, parkingCheck, idleDays, idleMinOnlineShare);
    }

    /** A copy with another checkin tolerance. */
    public ReconcilePolicy withCheckinTolerance(Duration value) {
        return new ReconcilePolicy(track, orderTolerance, dispatchGrace, checkoutTolerance, value,
                baseRadiusMetres, parkingCheck, idleDays, idleMinOnlineShare);
    }

    /** A copy with another base radius. */
    public ReconcilePolicy withBaseRadiusMetres(double value) {
        return new ReconcilePolicy(track, orderTolerance, dispatchGrace, checkoutTolerance, checkinTolerance,
                value, parkingCheck, idleDays, idleMinOnlineShare);
    }

    /** A copy with another night check time. */
    public ReconcilePolicy withParkingCheck(LocalTime value) {
        return new ReconcilePolicy(track, orderTolerance, dispatchGrace, checkoutTolerance, checkinTolerance,
                baseRadiusMetres, value, idleDays, idleMinOnlineShare);
    }

    /** A copy with other idle thresholds. */
    public ReconcilePolicy withIdle(int days, double minOnlineShare) {
        return new ReconcilePolicy(track, orderTolerance, dispatchGrace, checkoutTolerance, checkinTolerance,
                baseRadiusMetres, parkingCheck, days, minOnlineShare);
    }

    private static void notNegative(String field, Duration d) {
        Checks.notNull(field, d);
        if (d.isNegative()) {
            throw new InvalidValueException(field, "must not be negative", d);
        }
    }
}
