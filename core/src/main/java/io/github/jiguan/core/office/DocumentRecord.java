package io.github.jiguan.core.office;

import io.github.jiguan.core.Checks;
import io.github.jiguan.core.InvalidValueException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * One document of a unit's or a property's file: an allocation approval, a use agreement, a title
 * certificate, an appraisal report, a lease or repair approval…
 *
 * @param id         the document's identifier in the ledger
 * @param kind       what it is
 * @param agencyId   the unit it concerns; empty when it concerns only a property
 * @param buildingId the building it concerns; empty when it concerns only a unit
 * @param number     its document or certificate number (文号); may be empty
 * @param issuedOn   the date it was issued
 * @param validUntil the last day it is valid; null when it does not expire
 */
public record DocumentRecord(String id, DocumentKind kind, String agencyId, String buildingId, String number,
                             LocalDate issuedOn, LocalDate validUntil) {

    /** Validates the fields: a document concerns a unit, a building or both. */
    public DocumentRecord {
        id = Checks.id("document id", id);
        Checks.notNull("document kind", kind);
        agencyId = agencyId == null ? "" : agencyId.strip();
        buildingId = buildingId == null ? "" : buildingId.strip();
        if (agencyId.isEmpty() && buildingId.isEmpty()) {
            throw new InvalidValueException("agency id", "or building id is required: a document concerns a unit or a"
                    + " property", "");
        }
        number = number == null ? "" : number.strip();
        Checks.notNull("issued on", issuedOn);
        if (validUntil != null && validUntil.isBefore(issuedOn)) {
            throw new InvalidValueException("valid until", "must not be before issued on " + issuedOn, validUntil);
        }
    }

    /** The expiry, if the document expires. */
    public Optional<LocalDate> expiry() {
        return Optional.ofNullable(validUntil);
    }

    /** Whether the document is in force on {@code day}: issued by then and not expired. */
    public boolean isValidOn(LocalDate day) {
        return !issuedOn.isAfter(day) && (validUntil == null || !validUntil.isBefore(day));
    }
}
