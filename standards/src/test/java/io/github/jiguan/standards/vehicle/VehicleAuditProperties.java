package io.github.jiguan.standards.vehicle;

import io.github.jiguan.core.finding.Finding;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.jiguan.core.fleet.EnergyType;
import io.github.jiguan.core.fleet.Marking;
import io.github.jiguan.core.fleet.Plate;
import io.github.jiguan.core.fleet.Vehicle;
import io.github.jiguan.core.fleet.VehicleCategory;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class VehicleAuditProperties {

    static final VehicleAudit AUDIT = VehicleAudit.national();
    static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);

    @Property(tries = 100)
    void theAuditDoesNotDependOnRowOrder(@ForAll("fleet") List<VehicleDossier> fleet, @ForAll long seed) {
        List<VehicleQuota> quotas = List.of(new VehicleQuota("A1", VehicleCategory.GENERAL, 2),
                new VehicleQuota("A2", VehicleCategory.LAW_ENFORCEMENT, 1));
        List<Finding> first = AUDIT.run(fleet, quotas, AS_OF);
        List<VehicleDossier> shuffled = new ArrayList<>(fleet);
        Collections.shuffle(shuffled, new Random(seed));
        List<VehicleQuota> reversed = new ArrayList<>(quotas);
        Collections.reverse(reversed);
        assertEquals(first, AUDIT.run(shuffled, reversed, AS_OF));
    }

    @Provide
    Arbitrary<List<VehicleDossier>> fleet() {
        Arbitrary<VehicleDossier> vehicle = Combinators.combine(Arbitraries.integers().between(10000, 10040),
                Arbitraries.of("A1", "A2"), Arbitraries.of(VehicleCategory.class), Arbitraries.of(EnergyType.PETROL, EnergyType.PLUG_IN_HYBRID),
                Arbitraries.integers().between(10, 30), Arbitraries.integers().between(80, 260),
                Arbitraries.integers().between(0, 4000), Arbitraries.of(Marking.class))
                .as((n, agency, category, energy, tenthsOfLitre, thousands, days, marking) ->
                        new VehicleDossier(Vehicle.builder("V" + n, Plate.of("冀H" + n), agency, category).energy(energy)
                                .displacementLitres(BigDecimal.valueOf(tenthsOfLitre, 1))
                                .priceYuan(BigDecimal.valueOf(thousands * 1000L)).marking(marking)
                                .purchaseDate(AS_OF.minusDays(days)).build(), ConfigurationTier.STANDARD, null));
        return vehicle.list().ofMaxSize(20).uniqueElements(VehicleDossier::id);
    }
}
