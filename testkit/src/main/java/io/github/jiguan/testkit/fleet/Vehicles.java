package io.github.jiguan.testkit.fleet;

import io.github.jiguan.core.fleet.EnergyType;
import io.github.jiguan.core.fleet.Marking;
import io.github.jiguan.core.fleet.Plate;
import io.github.jiguan.core.fleet.Vehicle;
import io.github.jiguan.core.fleet.VehicleCategory;
import io.github.jiguan.core.geo.GeoPoint;
import io.github.jiguan.testkit.Generator;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Vehicles of an agency's register, as the reconciliation and the vehicle audit read them. */
public final class Vehicles {

    private Vehicles() {
    }

    /**
     * A vehicle {@code id} of one of {@code agencies}: a valid plate, any category, petrol or a
     * new-energy type, 1.0 to 3.0 L when it has an engine, 80,000 to 260,000 yuan, any marking, bought up to eleven
     * years before {@code asOf}, based at {@code base} (or without a base, one time in six).
     */
    public static Generator<Vehicle> vehicle(String id, List<String> agencies, GeoPoint base, LocalDate asOf) {
        Generator<String> agency = Generator.elements(agencies);
        Generator<VehicleCategory> category = Generator.elements(VehicleCategory.values());
        Generator<EnergyType> energy = Generator.elements(EnergyType.PETROL, EnergyType.PLUG_IN_HYBRID,
                EnergyType.BATTERY_ELECTRIC, EnergyType.DIESEL, EnergyType.HYBRID);
        Generator<Marking> marking = Generator.elements(Marking.values());
        Generator<Plate> plate = Plates.plates();
        return (r, size) -> {
            EnergyType e = energy.next(r, size);
            int tenths = r.nextInt(10, 31);
            Vehicle.Builder b = Vehicle.builder(id, plate.next(r, size), agency.next(r, size), category.next(r, size))
                    .energy(e)
                    .displacementLitres(e.hasDisplacement() ? BigDecimal.valueOf(tenths, 1) : null)
                    .priceYuan(BigDecimal.valueOf(r.nextInt(80, 261) * 1000L))
                    .marking(marking.next(r, size))
                    .purchaseDate(asOf.minusDays(r.nextInt(0, 4000)));
            return r.nextInt(0, 6) == 0 ? b.build() : b.base(base).build();
        };
    }

    /**
     * A register of 0 to {@code max} vehicles (and at most size) with ids {@code V1}, {@code V2}, …;
     * shrinks toward fewer vehicles.
     */
    public static Generator<List<Vehicle>> register(int max, List<String> agencies, GeoPoint base, LocalDate asOf) {
        return (r, size) -> {
            int n = r.nextInt(0, Math.min(max, Math.max(size, 0)) + 1);
            List<Vehicle> out = new java.util.ArrayList<>(n);
            for (int i = 1; i <= n; i++) {
                out.add(vehicle("V" + i, agencies, base, asOf).next(r, size));
            }
            return out;
        };
    }
}
