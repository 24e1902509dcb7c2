package io.github.jiguan.examples.gateway;

import io.github.jiguan.core.fleet.Plate;
import io.github.jiguan.core.fleet.Vehicle;
import io.github.jiguan.core.fleet.VehicleCategory;
import io.github.jiguan.examples.gateway.register.Register;
import io.github.jiguan.examples.gateway.register.RegisterEntry;
import io.github.jiguan.telematics.jt808.message.LocationReport;
import io.github.jiguan.telematics.jt808.message.StatusFlag;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/** Two registered vehicles and their terminals, and locations, for the tests. */
public final class TestFleet {

    /** The terminal of V0001 (plate 冀A10000). */
    public static final String PHONE = "13900000001";
    /** The terminal of V0002 (plate 冀A10001). */
    public static final String OTHER = "13900000002";

    private TestFleet() {
    }

    /** The register of V0001 and V0002. */
    public static Register register() {
        return Register.of(List.of(
                new RegisterEntry(Vehicle.builder("V0001", Plate.of("冀A10000"), "A01", VehicleCategory.GENERAL).build(), PHONE),
                new RegisterEntry(Vehicle.builder("V0002", Plate.of("冀A10001"), "A01", VehicleCategory.GENERAL).build(), OTHER)));
    }

    /** A positioned report at {@code t} with ACC on. */
    public static LocationReport location(Instant t) {
        return LocationReport.builder().position(38.04, 114.51).speedKmh(30).time(t)
                .status(Set.of(StatusFlag.ACC_ON, StatusFlag.POSITIONED)).build();
    }
}
