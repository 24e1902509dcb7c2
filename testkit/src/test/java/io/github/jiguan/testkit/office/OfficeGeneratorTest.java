package io.github.jiguan.testkit.office;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jiguan.core.office.Area;
import io.github.jiguan.core.office.Room;
import io.github.jiguan.core.org.Grade;
import io.github.jiguan.testkit.quicktheories.QtCheck;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A unit's offices lie on the side of the figure its truth table says. */
class OfficeGeneratorTest {

    /** 9 m² for staff, 18 m² for everyone else: a figure table of the test's own. */
    private static final Entitlements FIGURES = (agency, grade) -> Area.of(grade == Grade.STAFF ? "9" : "18");

    @Test
    void everyOfficeIsOnItsSideOfItsFigure() {
        QtCheck.forAll(300, Offices.units(Offices.agencies("A1"), FIGURES, 12, LocalDate.of(2025, 6, 30)), 12,
                OfficeUnit::toString, u -> {
                    for (Room room : u.rooms()) {
                        Area figure = room.occupantIds().stream()
                                .map(id -> u.persons().stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow())
                                .map(p -> FIGURES.areaFor(u.agency(), p.grade())).reduce(Area.ZERO, Area::plus);
                        Side side = u.sides().get(room.id());
                        assertEquals(side.of(figure), room.usableArea(), room::toString);
                        assertEquals(side.isOver(), room.usableArea().isGreaterThan(figure), room::toString);
                    }
                    assertTrue(u.rooms().stream().allMatch(r -> r.agencyId().equals(u.agency().id())));
                });
    }
}
