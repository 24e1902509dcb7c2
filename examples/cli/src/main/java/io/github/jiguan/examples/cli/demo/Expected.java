package io.github.jiguan.examples.cli.demo;

import io.github.jiguan.core.finding.Finding;
import io.github.jiguan.core.finding.Subjects;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A finding the demo's data was made to produce: the injected truth a finding is matched against.
 *
 * @param audit   the audit that should find it
 * @param type    the finding type's code, such as {@code TRIP_WITHOUT_ORDER}
 * @param subject an id the finding must name: a vehicle, person, room or agency
 * @param orderId the order it must name, or empty for none
 * @param start   the start it must have (within {@link #SLACK}), or null when any
 * @param end     the end it must have (within {@link #SLACK}), or null when any
 * @param what    what was done to the data, in words
 */
public record Expected(Audit audit, String type, String subject, String orderId, Instant start, Instant end,
                       String what) {

    /** How far a finding's interval may lie from the injected one: the trip detector reads fixes 30 s apart. */
    public static final Duration SLACK = Duration.ofMinutes(2);

    /** Checks the fields; a null order becomes empty. */
    public Expected {
        Objects.requireNonNull(audit, "audit");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(what, "what");
        orderId = orderId == null ? "" : orderId;
        if ((start == null) != (end == null)) {
            throw new IllegalArgumentException("give both start and end, or neither: " + start + ", " + end);
        }
    }

    /** Whether {@code f}, found by {@code by}, is this finding. */
    public boolean matches(Audit by, Finding f) {
        return by == audit && f.type().code().equals(type) && ids(f.subjects()).contains(subject)
                && (orderId.isEmpty() ? f.orderId().isEmpty() || audit != Audit.RECONCILE
                        : orderId.equals(f.orderId().orElse("")))
                && (start == null || near(start, f.start()) && near(end, f.end()));
    }

    private static boolean near(Instant a, Instant b) {
        return Duration.between(a, b).abs().compareTo(SLACK) <= 0;
    }

    private static List<String> ids(Subjects s) {
        List<String> ids = new ArrayList<>(s.roomIds());
        s.vehicleId().ifPresent(ids::add);
        s.personId().ifPresent(ids::add);
        s.agencyId().ifPresent(ids::add);
        return ids;
    }
}
