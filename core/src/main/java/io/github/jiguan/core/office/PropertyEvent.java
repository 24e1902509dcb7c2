package io.github.jiguan.core.office;

import io.github.jiguan.core.Checks;
import java.time.LocalDate;

/**
 * One entry of a property's file (一房一档) in date order: a document issued, a survey, an
 * appraisal, a repair, a lease begun or ended.
 *
 * @param date        the day
 * @param kind        what happened
 * @param referenceId the document, repair or lease it comes from
 * @param detail      the number, grade or amount that identifies it, as text for the file
 */
public record PropertyEvent(LocalDate date, Kind kind, String referenceId, String detail) {

    /** What happened to the property. */
    public enum Kind {
        /** A document of the file was issued. */
        DOCUMENT,
        /** The property was surveyed. */
        SURVEY,
        /** The property right was registered or filed. */
        REGISTRATION,
        /** A safety appraisal was made. */
        APPRAISAL,
        /** A repair project began. */
        REPAIR,
        /** A lease began. */
        LEASE_START,
        /** A lease's term ended. */
        LEASE_END
    }

    /** Validates the fields. */
    public PropertyEvent {
        Checks.notNull("date", date);
        Checks.notNull("kind", kind);
        referenceId = Checks.notBlank("reference id", referenceId);
        detail = detail == null ? "" : detail.strip();
    }
}
