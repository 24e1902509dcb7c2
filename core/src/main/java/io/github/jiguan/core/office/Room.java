package io.github.jiguan.core.office;

import io.github.jiguan.core.InvalidValueException;
import io.github.jiguan.core.Checks;
import java.util.HashSet;
import java.util.List;

/**
 * 房间: one room of the room-level register.
 *
 * @param id          the room's identifier in the platform
 * @param buildingId  the building it is in
 * @param agencyId    the agency that uses it
 * @param use         the use it is registered for
 * @param usableArea  its usable area (使用面积)
 * @param status      in use, idle or let out
 * @param ownership   the registration status of its property right
 * @param occupantIds the persons who use it as their office; distinct, may be empty
 */
public record Room(String id, String buildingId, String agencyId, RoomUse use, Area usableArea,
                   RoomStatus status, OwnershipStatus ownership, List<String> occupantIds) {

    /** Validates the fields and copies the occupant list, rejecting duplicates. */
    public Room {
        id = Checks.id("room id", id);
        buildingId = Checks.id("building id", buildingId);
        agencyId = Checks.id("agency id", agencyId);
        Checks.notNull("room use", use);
        Checks.notNull("usable area", usableArea);
        Checks.notNull("room status", status);
        Checks.notNull("ownership status", ownership);
        occupantIds = Checks.listOf("occupants", occupantIds).stream().map(o -> Checks.id("occupant id", o)).toList();
        if (new HashSet<>(occupantIds).size() != occupantIds.size()) {
            throw new InvalidValueException("occupants", "must not list a person twice", String.join(";", occupantIds));
        }
    }

    /** Whether the room is an office used by more than one person. */
    public boolean isShared() {
        return occupantIds.size() > 1;
    }

    /** A copy with other occupants. */
    public Room withOccupants(List<String> newOccupants) {
        return new Room(id, buildingId, agencyId, use, usableArea, status, ownership, newOccupants);
    }
}
