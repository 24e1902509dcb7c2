package io.github.jiguan.core.office;

import io.github.jiguan.core.Checks;
import io.github.jiguan.core.InvalidValueException;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * 维修项目: one repair project on a building.
 *
 * @param id             the project's identifier
 * @param buildingId     the building repaired
 * @param agencyId       the unit that applied; may be empty when the bureau itself runs it
 * @param kind           major, medium or routine
 * @param startedOn      the day work began
 * @param costYuan       the budget or final cost in yuan, 0 or more
 * @param approvalNumber the number of the approval; empty when there is none
 * @param annualSavingYuan for an energy retrofit, the saving a year in yuan; null for other projects
 */
public record Repair(String id, String buildingId, String agencyId, RepairKind kind, LocalDate startedOn,
                     BigDecimal costYuan, String approvalNumber, BigDecimal annualSavingYuan) {

    /** Validates the fields; null texts become empty. */
    public Repair {
        id = Checks.id("repair id", id);
        buildingId = Checks.id("building id", buildingId);
        agencyId = agencyId == null ? "" : agencyId.strip();
        Checks.notNull("repair kind", kind);
        Checks.notNull("started on", startedOn);
        Checks.nonNegative("cost (yuan)", costYuan);
        if (costYuan.stripTrailingZeros().scale() > 2) {
            throw new InvalidValueException("cost (yuan)", "must have at most 2 decimal places", costYuan);
        }
        approvalNumber = approvalNumber == null ? "" : approvalNumber.strip();
        if (annualSavingYuan != null) {
            Checks.nonNegative("annual saving (yuan)", annualSavingYuan);
        }
    }

    /** Whether the project is an energy retrofit with a recorded saving. */
    public boolean isRetrofit() {
        return annualSavingYuan != null;
    }

    /** Whether an approval is recorded. */
    public boolean isApproved() {
        return !approvalNumber.isEmpty();
    }

    /** Whether it is a project the repair rules govern: major or medium. */
    public boolean isProject() {
        return kind != RepairKind.MINOR;
    }
}
