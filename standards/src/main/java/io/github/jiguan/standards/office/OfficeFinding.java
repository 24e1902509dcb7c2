package io.github.jiguan.standards.office;

import io.github.jiguan.core.Checks;
import io.github.jiguan.standards.source.Citation;
import java.util.Comparator;

/**
 * One finding of the office-space audit, citing the rule it applied.
 *
 * @param type     what was found
 * @param personId the person concerned, or empty
 * @param roomId   the room concerned (several separated by ';' for {@link OfficeFindingType#MULTIPLE_OFFICES}), or empty
 * @param agencyId the unit concerned
 * @param detail   what was found, with the figures compared
 * @param rule     the document, article and figure applied
 */
public record OfficeFinding(OfficeFindingType type, String personId, String roomId, String agencyId,
                            String detail, Citation rule) {

    /** A stable order: by type, unit, person, room, detail. */
    public static final Comparator<OfficeFinding> ORDER = Comparator.comparing(OfficeFinding::type)
            .thenComparing(OfficeFinding::agencyId).thenComparing(OfficeFinding::personId)
            .thenComparing(OfficeFinding::roomId).thenComparing(OfficeFinding::detail);

    /** Validates the fields; null ids become empty. */
    public OfficeFinding {
        Checks.notNull("type", type);
        personId = personId == null ? "" : personId;
        roomId = roomId == null ? "" : roomId;
        agencyId = agencyId == null ? "" : agencyId;
        detail = Checks.notBlank("detail", detail);
        Checks.notNull("rule", rule);
    }
}
