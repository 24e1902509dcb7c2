package io.github.jiguan.standards.vehicle;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.jiguan.core.finding.Finding;
import io.github.jiguan.core.fleet.VehicleCategory;
import io.github.jiguan.testkit.Generator;
import io.github.jiguan.testkit.fleet.Vehicles;
import io.github.jiguan.testkit.quicktheories.QtCheck;
import io.github.jiguan.testkit.track.Tracks;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The vehicle audit's findings do not depend on the order of the dossiers or of the quotas. */
class VehicleAuditProperties {

    static final VehicleAudit AUDIT = VehicleAudit.national();
    static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);

    /** The dossiers in the order given and in a generated other order. */
    record Orders(List<VehicleDossier> given, List<VehicleDossier> other) {
    }

    @Test
    void theAuditDoesNotDependOnRowOrder() {
        Generator<List<VehicleDossier>> fleets = Vehicles.register(20, List.of("A1", "A2"), Tracks.SEAT, AS_OF)
                .map(vs -> vs.stream().map(v -> new VehicleDossier(v, ConfigurationTier.STANDARD, null)).toList());
        Generator<Orders> orders = fleets.flatMap(f -> Generator.permutationOf(f).map(p -> new Orders(f, p)));
        List<VehicleQuota> quotas = List.of(new VehicleQuota("A1", VehicleCategory.GENERAL, 2),
                new VehicleQuota("A2", VehicleCategory.LAW_ENFORCEMENT, 1));
        List<VehicleQuota> reversed = new ArrayList<>(quotas);
        Collections.reverse(reversed);
        QtCheck.forAll(100, orders, 20, Orders::toString, o -> {
            List<Finding> first = AUDIT.run(o.given(), quotas, AS_OF);
            assertEquals(first, AUDIT.run(o.other(), reversed, AS_OF));
        });
    }
}
