package io.github.jiguan.standards.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jiguan.standards.vehicle.NewEnergyShareRule;
import io.github.jiguan.standards.vehicle.ReplacementRule;
import io.github.jiguan.standards.vehicle.VehicleConfigurationStandard;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class StandardSetTest {

    private static StandardFile override(String target, String row) {
        return StandardFile.read(new StringReader(String.join("\n", "key,value,article,provisional,note",
                "document.id,p-" + target, "document.title,某省办法", "document.number,某〔2024〕1号",
                "document.issuer,某省", "document.effective,2024-01-01", "document.scope,某省",
                "document.overrides," + target, row, "")), "p-" + target + ".csv");
    }

    private static final List<Standard.Kind<?>> VEHICLES = List.of(VehicleConfigurationStandard.KIND,
            ReplacementRule.KIND, NewEnergyShareRule.KIND);

    @Test
    void overridesAreRoutedByTheStandardTheyNameNotByTheirOrder() {
        StandardSet set = StandardSet.of(List.of(override(NewEnergyShareRule.ID, "new_energy.levels,PROVINCE,第三条,,"),
                override(ReplacementRule.ID, "replacement.min_km,250000,第二十条,,")), VEHICLES);
        assertEquals(250000, set.get(ReplacementRule.KIND).minKm().orElseThrow().intValue());
        assertEquals(2, set.get(NewEnergyShareRule.KIND).documents().size());
        assertEquals(1, set.get(VehicleConfigurationStandard.KIND).documents().size());
        assertEquals(ReplacementRule.ID, set.get(ReplacementRule.KIND).id());
    }

    @Test
    void anOverrideOfAStandardNotUsedHereIsRefused() {
        StandardFormatException e = assertThrows(StandardFormatException.class,
                () -> StandardSet.of(List.of(override("office-construction-2014", "office.TOWNSHIP.TSP,20,第八条,,")),
                        VEHICLES));
        assertTrue(e.getMessage().contains("is not a standard used here"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> StandardSet.of(List.of(), VEHICLES)
                .get(io.github.jiguan.standards.office.OfficeSpaceStandard.KIND));
    }
}
