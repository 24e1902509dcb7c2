package io.github.jiguan.core.fleet;

import io.github.jiguan.core.Checks;
import io.github.jiguan.core.InvalidValueException;
import io.github.jiguan.core.geo.GeoFence;
import java.util.Optional;

/**
 * An area (电子围栏) assigned to a unit's vehicles or to one vehicle, for one purpose.
 *
 * @param areaId    the area's identifier
 * @param purpose   what the area is for
 * @param agencyId  the unit whose vehicles it applies to, if it is a unit's
 * @param vehicleId the vehicle it applies to, if it is one vehicle's (then it replaces the unit's areas of the same purpose)
 * @param fence     the shape
 */
public record AreaAssignment(String areaId, Purpose purpose, Optional<String> agencyId, Optional<String> vehicleId,
                             GeoFence fence) {

    /** What an area is for. */
    public enum Purpose {
        /** 执法区域: where an enforcement vehicle must stay. */
        ENFORCEMENT,
        /** 停放点: where the vehicle parks when it has no order. */
        PARKING;

        /** Parses a purpose from its code. */
        public static Purpose parse(String text) {
            return Checks.code("purpose", Purpose.class, text, p -> p == ENFORCEMENT ? "执法区域" : "停放点");
        }
    }

    /** Validates the fields: an area belongs to a unit or a vehicle. */
    public AreaAssignment {
        areaId = Checks.id("area id", areaId);
        Checks.notNull("purpose", purpose);
        Checks.notNull("agency id", agencyId);
        Checks.notNull("vehicle id", vehicleId);
        agencyId = agencyId.map(a -> Checks.id("agency id", a));
        vehicleId = vehicleId.map(v -> Checks.id("vehicle id", v));
        if (agencyId.isEmpty() && vehicleId.isEmpty()) {
            throw new InvalidValueException("agency id", "an area needs a unit or a vehicle", "");
        }
        Checks.notNull("fence", fence);
    }
}
