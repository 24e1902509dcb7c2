package io.github.jiguan.core.office;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jiguan.core.InvalidValueException;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class OfficeTest {

    @Test
    void areasAreExactAndEqualRegardlessOfTrailingZeros() {
        assertEquals(Area.of("12"), Area.of("12.00"));
        assertEquals(Area.of("0.3"), Area.of("0.1").plus(Area.of("0.2")));
        assertEquals("18.01", Area.of("18").plus(Area.of("0.01")).toString());
        assertTrue(Area.of("18.01").isGreaterThan(Area.ofSquareMetres(18)));
        assertFalse(Area.of("18.00").isGreaterThan(Area.ofSquareMetres(18)));
        assertEquals(Area.of("54"), Area.of("18").times(3));
        assertEquals(Area.of("19.62"), Area.of("18").times(new BigDecimal("1.09")));
    }

    @Test
    void areasRejectNegativeValuesAndFractionsOfACentiare() {
        assertEquals("area (m²) must not be negative: -1", assertThrows(InvalidValueException.class,
                () -> Area.of("-1")).getMessage());
        assertEquals("area (m²) must have at most 2 decimal places: 12.345", assertThrows(InvalidValueException.class,
                () -> Area.of("12.345")).getMessage());
        assertEquals("area (m²) must be a decimal number: \"twelve\"", assertThrows(InvalidValueException.class,
                () -> Area.of("twelve")).getMessage());
        assertThrows(InvalidValueException.class, () -> Area.of("1e9"));
    }

    @Test
    void aRoomKnowsWhetherItIsShared() {
        Room room = new Room("R101", "B1", "A01", RoomUse.OFFICE, Area.of("24.5"), RoomStatus.IN_USE,
                OwnershipStatus.REGISTERED, List.of("P1", "P2"));
        assertTrue(room.isShared());
        assertFalse(room.withOccupants(List.of("P1")).isShared());
    }

    @Test
    void aRoomRejectsAPersonListedTwice() {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> new Room("R101", "B1", "A01",
                RoomUse.OFFICE, Area.of("24.5"), RoomStatus.IN_USE, OwnershipStatus.REGISTERED, List.of("P1", "P1")));
        assertEquals("occupants must not list a person twice: \"P1;P1\"", e.getMessage());
    }

    @Test
    void roomUsesAndStatusesParseFromChinese() {
        assertEquals(RoomUse.SERVICE, RoomUse.parse("服务用房"));
        assertEquals(RoomStatus.LEASED_OUT, RoomStatus.parse("出租出借"));
        assertEquals(OwnershipStatus.FILED, OwnershipStatus.parse("filed"));
        assertThrows(InvalidValueException.class, () -> RoomStatus.parse("RENTED"));
    }

    @Test
    void aBuildingRequiresItsStructure() {
        assertEquals("building structure", assertThrows(InvalidValueException.class,
                () -> new Building("B1", "1号楼", null, null, OwnershipStatus.REGISTERED)).field());
        assertEquals("", new Building("B1", "1号楼", null, BuildingStructure.HIGH_RISE, OwnershipStatus.FILED).address());
    }
}
