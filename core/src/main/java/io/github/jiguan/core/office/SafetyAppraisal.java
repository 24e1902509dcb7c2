package io.github.jiguan.core.office;

import io.github.jiguan.core.Checks;
import java.time.LocalDate;

/**
 * 房屋安全鉴定: the latest safety (or seismic) appraisal of a building.
 *
 * @param grade the grade, A to D
 * @param date  the date of the report
 */
public record SafetyAppraisal(SafetyGrade grade, LocalDate date) {

    /** Validates the fields. */
    public SafetyAppraisal {
        Checks.notNull("safety grade", grade);
        Checks.notNull("appraisal date", date);
    }

    /** Whether the grade calls for relocation: C or D. */
    public boolean isUnsafe() {
        return grade == SafetyGrade.C || grade == SafetyGrade.D;
    }
}
