package io.github.jiguan.core.org;

import io.github.jiguan.core.InvalidValueException;
import io.github.jiguan.core.Checks;

/**
 * 机关单位: an agency, with the level whose area table applies to its staff.
 *
 * @param id             the agency's identifier in the platform, 1 to 64 characters
 * @param name           its name, such as 某某县机关事务管理局
 * @param level          its administrative level
 * @param type           organ, dispatched body or public institution
 * @param approvedLevel  the level named in the approval (批准文件) whose table applies; equal to
 *                       {@code level} for an organ
 * @param rank           a rank that lifts it one level up for the area standard, or {@link AgencyRank#REGULAR}
 */
public record Agency(String id, String name, AdministrativeLevel level, AgencyType type,
                     AdministrativeLevel approvedLevel, AgencyRank rank) {

    /** Validates the fields; an organ's approved level must be its own level. */
    public Agency {
        id = Checks.id("agency id", id);
        name = Checks.notBlank("agency name", name);
        Checks.notNull("administrative level", level);
        Checks.notNull("agency type", type);
        Checks.notNull("approved level", approvedLevel);
        Checks.notNull("agency rank", rank);
        if (type == AgencyType.ORGAN && approvedLevel != level) {
            throw new InvalidValueException("approved level",
                    "must equal the administrative level " + level + " for an organ", approvedLevel);
        }
    }

    /** An organ at its own level, of regular rank. */
    public static Agency of(String id, String name, AdministrativeLevel level) {
        return new Agency(id, name, level, AgencyType.ORGAN, level, AgencyRank.REGULAR);
    }

    /** A copy with another rank. */
    public Agency withRank(AgencyRank newRank) {
        return new Agency(id, name, level, type, approvedLevel, newRank);
    }

    /** The level whose row of the area table the agency's staff use before any rank adjustment. */
    public AdministrativeLevel tableLevel() {
        return approvedLevel;
    }
}
