package io.github.jiguan.core.office;

import io.github.jiguan.core.Checks;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A room of the ledger: the {@link Room} of the office audit with its floor, and, for an idle
 * room, since when and why it is idle.
 *
 * @param room       the room
 * @param floor      the floor as written (1, -1, 3F…); empty when not given
 * @param idleSince  the first day it stood idle; null when it is not idle or the date is unknown
 * @param idleReason why it is idle (待调剂、维修中…); empty when none is given
 */
public record RoomRecord(Room room, String floor, LocalDate idleSince, String idleReason) {

    /** Validates the room; null texts become empty. */
    public RoomRecord {
        Checks.notNull("room", room);
        floor = floor == null ? "" : floor.strip();
        idleReason = idleReason == null ? "" : idleReason.strip();
    }

    /** A room with no floor and no idle details. */
    public static RoomRecord of(Room room) {
        return new RoomRecord(room, "", null, "");
    }

    /** The room's id. */
    public String id() {
        return room.id();
    }

    /** The building's id. */
    public String buildingId() {
        return room.buildingId();
    }

    /** The user unit's id. */
    public String agencyId() {
        return room.agencyId();
    }

    /** The idle start, if recorded. */
    public Optional<LocalDate> idleSinceIfAny() {
        return Optional.ofNullable(idleSince);
    }
}
