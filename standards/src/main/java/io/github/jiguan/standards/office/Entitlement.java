package io.github.jiguan.standards.office;

import io.github.jiguan.core.Checks;
import io.github.jiguan.core.office.Area;
import io.github.jiguan.core.org.AdministrativeLevel;
import io.github.jiguan.core.org.Grade;
import io.github.jiguan.core.finding.Citation;
import java.util.ArrayList;
import java.util.List;

/**
 * A person's office entitlement (办公室使用面积标准): the upper bound of the usable area of their
 * office, with the row of Table 1 it was read from and every note that led there.
 *
 * @param grade       the grade looked up
 * @param level       the level whose row was asked for, after the notes of the table
 * @param row         the level whose row gave the figure; above {@code level} when the grade
 *                    does not occur in that level's row (marked · in the standard)
 * @param area        the entitlement, usable area in m²
 * @param rule        the cell of the table that gave the figure
 * @param notes       the notes of the table applied on the way (approval level, one level up,
 *                    rest room and toilet), in order; may be empty
 * @param explanation the reasoning in words, such as
 *                    "县级行无厅局级正职标准，取上一级（市级）行：市级机关 市级正职 42 m²"
 */
public record Entitlement(Grade grade, AdministrativeLevel level, AdministrativeLevel row, Area area,
                          Citation rule, List<Citation> notes, String explanation) {

    /** Validates the fields and copies the notes. */
    public Entitlement {
        Checks.notNull("grade", grade);
        Checks.notNull("level", level);
        Checks.notNull("row", row);
        Checks.notNull("area", area);
        Checks.notNull("rule", rule);
        notes = Checks.listOf("notes", notes);
        explanation = Checks.notBlank("explanation", explanation);
    }

    /** Whether the figure came from a higher level's row because the grade is not in this level's row. */
    public boolean isFromHigherRow() {
        return row != level;
    }

    /** Whether the figure is provisional (such as the township defaults). */
    public boolean isProvisional() {
        return rule.provisional();
    }

    /** A copy with notes applied before this lookup, their reasons put in front of the explanation. */
    Entitlement afterNotes(List<Citation> before, List<String> reasons, List<Citation> after, List<String> afterReasons) {
        List<Citation> all = new ArrayList<>(before);
        all.addAll(notes);
        all.addAll(after);
        List<String> words = new ArrayList<>(reasons);
        words.add(explanation);
        words.addAll(afterReasons);
        return new Entitlement(grade, level, row, area, rule, all, String.join("；", words));
    }
}
