package io.github.jiguan.examples.cli.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jiguan.core.finding.Citation;
import io.github.jiguan.core.finding.Coverage;
import io.github.jiguan.core.finding.Finding;
import io.github.jiguan.core.finding.Subjects;
import io.github.jiguan.core.office.Area;
import io.github.jiguan.core.office.RoomUse;
import io.github.jiguan.standards.office.OfficeEvidence;
import io.github.jiguan.standards.office.OfficeFindingType;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Findings against the injected truth: each side matched at most once; missed and extra named. */
class TruthCheckTest {

    private static AuditedFinding idle(String room) {
        return new AuditedFinding(Audit.OFFICE, new Finding(OfficeFindingType.IDLE_ROOM,
                Subjects.none().withAgency("A05").withRoom(room), new Coverage.Dates(LocalDate.of(2025, 2, 4), LocalDate.of(2025, 2, 4)),
                Citation.of("《党政机关办公用房管理办法》", "", "第十九条", "闲置"),
                new OfficeEvidence.RoomState(RoomUse.OFFICE, Area.of("18"), OfficeEvidence.Reason.IDLE)));
    }

    private static Expected expected(String room) {
        return new Expected(Audit.OFFICE, "IDLE_ROOM", room, "", null, null, "left idle");
    }

    @Test
    void anExpectedFindingIsMatchedOnceAndTheRestIsExtra() {
        TruthCheck c = TruthCheck.of(List.of(expected("R520")), List.of(idle("R520"), idle("R520")));
        assertEquals(1, c.matched());
        assertEquals(1, c.extra().size());
        assertEquals(List.of(new TruthCheck.Row(Audit.OFFICE, "IDLE_ROOM", 1, 2, 1)), c.rows());
        assertFalse(c.exact());
    }

    @Test
    void aFindingOfAnotherSubjectOrAuditDoesNotMatch() {
        TruthCheck c = TruthCheck.of(List.of(expected("R520"), new Expected(Audit.VEHICLES, "IDLE_ROOM", "R521", "",
                null, null, "wrong audit")), List.of(idle("R521")));
        assertEquals(0, c.matched());
        assertEquals(2, c.missed().size());
        assertEquals(1, c.extra().size());
        assertEquals(1, c.rows().get(0).missed());
    }

    @Test
    void everyExpectedFoundAndNothingElseIsExact() {
        TruthCheck c = TruthCheck.of(List.of(expected("R520"), expected("R521")), List.of(idle("R521"), idle("R520")));
        assertTrue(c.exact());
        assertEquals(2, c.expected());
    }
}
