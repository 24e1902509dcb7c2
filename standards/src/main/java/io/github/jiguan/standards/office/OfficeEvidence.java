package io.github.jiguan.standards.office;

import io.github.jiguan.core.finding.Citation;
import io.github.jiguan.core.finding.Evidence;
import io.github.jiguan.core.office.Area;
import io.github.jiguan.core.office.RoomUse;
import io.github.jiguan.core.org.AdministrativeLevel;
import io.github.jiguan.core.org.Grade;
import io.github.jiguan.core.org.PersonStatus;
import java.time.LocalDate;
import java.util.List;

/**
 * The typed evidence of each {@link OfficeFindingType}: one record per rule, holding the areas
 * (exact m²), grades, dates and counts the rule compared. Read it with
 * {@link io.github.jiguan.core.finding.Finding#evidence(Class)}.
 */
public final class OfficeEvidence {

    private OfficeEvidence() {
    }

    /**
     * 超标准使用办公室: one person's office is larger than their entitlement.
     *
     * @param usableArea the room's usable area
     * @param standard   the person's entitlement
     * @param excess     by how much the room exceeds it
     * @param grade      the person's grade
     * @param level      the level whose row was asked for, after the table's notes
     * @param row        the level whose row gave the figure (above {@code level} for a grade not in its row)
     * @param notes      the notes of Table 1 applied on the way
     */
    public record OverStandard(Area usableArea, Area standard, Area excess, Grade grade, AdministrativeLevel level,
                               AdministrativeLevel row, List<Citation> notes) implements Evidence {
        /** Copies the notes. */
        public OverStandard {
            notes = List.copyOf(notes);
        }
    }

    /**
     * One occupant's share of a shared office's standard.
     *
     * @param personId the occupant
     * @param grade    their grade
     * @param standard their entitlement
     */
    public record Share(String personId, Grade grade, Area standard) {
    }

    /**
     * 合用办公室超标准: a shared office is larger than the sum of its occupants' entitlements.
     *
     * @param usableArea  the room's usable area
     * @param standardSum the sum of the occupants' entitlements
     * @param excess      by how much the room exceeds it
     * @param shares      each occupant's entitlement, by person id
     */
    public record SharedOverStandard(Area usableArea, Area standardSum, Area excess, List<Share> shares)
            implements Evidence {
        /** Copies the shares. */
        public SharedOverStandard {
            shares = List.copyOf(shares);
        }
    }

    /**
     * An office a person holds.
     *
     * @param roomId     the room
     * @param agencyId   the unit it belongs to
     * @param usableArea its usable area
     */
    public record Office(String roomId, String agencyId, Area usableArea) {
    }

    /**
     * 一人多处占用办公室: a person holds more offices than the rules allow.
     *
     * @param offices                 every office the person holds, by room id
     * @param mainUnit                the person's main unit
     * @param inMainUnit              offices in the main unit
     * @param allowedInMainUnit       how many the rules allow there
     * @param secondUnit              the unit of an approved concurrent post, or empty
     * @param inSecondUnit            offices in that unit
     * @param allowedInSecondUnit     how many the rules allow there
     * @param elsewhere               offices in neither unit
     * @param secondOfficesNotSmaller rooms in the second unit whose per-person area is not smaller than the standard
     * @param standard                the person's entitlement
     * @param secondOfficeVacateMonths months within which a second office is vacated after the concurrent post ends
     */
    public record MultipleOffices(List<Office> offices, String mainUnit, int inMainUnit, int allowedInMainUnit,
                                  String secondUnit, int inSecondUnit, int allowedInSecondUnit, int elsewhere,
                                  List<String> secondOfficesNotSmaller, Area standard, int secondOfficeVacateMonths)
            implements Evidence {
        /** Copies the lists; a null second unit becomes empty. */
        public MultipleOffices {
            offices = List.copyOf(offices);
            secondUnit = secondUnit == null ? "" : secondUnit;
            secondOfficesNotSmaller = List.copyOf(secondOfficesNotSmaller);
        }
    }

    /**
     * 未按规定腾退: a person who retired or moved still uses a room after the deadline.
     *
     * @param status       retired or transferred
     * @param since        since when
     * @param vacateMonths months allowed to vacate
     * @param deadline     the last day to vacate
     * @param asOf         the audit date
     * @param usableArea   the room's usable area
     */
    public record NotVacated(PersonStatus status, LocalDate since, int vacateMonths, LocalDate deadline, LocalDate asOf,
                             Area usableArea) implements Evidence {
    }

    /**
     * 出租出借 and 闲置: the room's state as the register gives it.
     *
     * @param use        the room's use
     * @param usableArea its usable area
     * @param reason     why it is reported
     */
    public record RoomState(RoomUse use, Area usableArea, Reason reason) implements Evidence {
    }

    /** Why a room is reported. */
    public enum Reason {
        /** The register says it is let or lent out. */
        LEASED_OUT,
        /** The register says it is idle. */
        IDLE,
        /** An office room registered in use has no occupant. */
        OFFICE_WITHOUT_OCCUPANT
    }

    /**
     * 单位超核定面积: a unit's office and service rooms exceed its approved A + B.
     *
     * @param office   the usable area of its office rooms
     * @param service  of its service rooms
     * @param inUse    office plus service
     * @param approved the approved area with every term
     * @param excess   by how much the area in use exceeds A + B
     */
    public record UnitOverApproved(Area office, Area service, Area inUse, ApprovedArea approved, Area excess)
            implements Evidence {
    }

    /**
     * 使用人不在人员名册: a room names occupants who are not on the persons register.
     *
     * @param unknownPersonIds the ids not on the register, sorted
     * @param use              the room's use
     * @param usableArea       its usable area
     */
    public record UnknownOccupant(List<String> unknownPersonIds, RoomUse use, Area usableArea) implements Evidence {
        /** Copies the ids. */
        public UnknownOccupant {
            unknownPersonIds = List.copyOf(unknownPersonIds);
        }
    }
}
