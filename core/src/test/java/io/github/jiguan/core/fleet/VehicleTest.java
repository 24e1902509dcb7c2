package io.github.jiguan.core.fleet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jiguan.core.InvalidValueException;
import io.github.jiguan.core.geo.GeoPoint;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class VehicleTest {

    private static Vehicle.Builder saloon() {
        return Vehicle.builder("V001", Plate.of("冀H12345"), "A01", VehicleCategory.GENERAL);
    }

    @Test
    void onlyIdPlateAgencyAndCategoryAreRequired() {
        Vehicle v = saloon().build();
        assertEquals(Optional.empty(), v.vin());
        assertEquals(Optional.empty(), v.base());
        assertTrue(v.isInServiceOn(LocalDate.of(2025, 1, 6)));
    }

    @Test
    void carriesTheDossierFields() {
        Vehicle v = saloon().vin(Vin.of("1M8GDM9AXKP042788")).energy(EnergyType.PETROL)
                .displacementLitres(new BigDecimal("1.6")).priceYuan(new BigDecimal("119800.00"))
                .purchaseDate(LocalDate.of(2018, 5, 2)).marking(Marking.MARKED).base(GeoPoint.of(37.07, 114.5))
                .inService(LocalDate.of(2018, 5, 10), LocalDate.of(2026, 6, 1)).build();
        assertEquals(new BigDecimal("1.6"), v.displacementLitres().orElseThrow());
        assertTrue(v.isInServiceOn(LocalDate.of(2026, 5, 31)));
        assertFalse(v.isInServiceOn(LocalDate.of(2026, 6, 1)));
        assertFalse(v.isInServiceOn(LocalDate.of(2018, 5, 9)));
        assertEquals(v, v.toBuilder().build());
        assertNotEquals(v, v.toBuilder().marking(Marking.UNMARKED).build());
        assertEquals(v.hashCode(), v.toBuilder().build().hashCode());
    }

    @Test
    void rejectsOutOfRangeDisplacementAndPrice() {
        assertEquals("displacement (L) out of range (0, 20]: 0", assertThrows(InvalidValueException.class,
                () -> saloon().displacementLitres(BigDecimal.ZERO).build()).getMessage());
        assertEquals("price (yuan)", assertThrows(InvalidValueException.class,
                () -> saloon().priceYuan(new BigDecimal("-1")).build()).field());
    }

    @Test
    void anElectricVehicleHasNoDisplacement() {
        assertThrows(InvalidValueException.class, () -> saloon().energy(EnergyType.BATTERY_ELECTRIC)
                .displacementLitres(new BigDecimal("1.5")).build());
        assertTrue(EnergyType.BATTERY_ELECTRIC.isNewEnergy());
        assertFalse(EnergyType.HYBRID.isNewEnergy());
    }

    @Test
    void theServicePeriodMustNotBeReversed() {
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> saloon().inService(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 1, 1)).build());
        assertEquals("in service until", e.field());
    }

    @Test
    void categoriesParseFromChinese() {
        assertEquals(VehicleCategory.LAW_ENFORCEMENT, VehicleCategory.parse("执法执勤用车"));
        assertEquals(VehicleCategory.LEADER, VehicleCategory.parse("leader"));
    }
}
