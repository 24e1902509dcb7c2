package io.github.jiguan.standards.office.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jiguan.standards.source.StandardFile;
import io.github.jiguan.standards.source.StandardFormatException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The ledger rules as shipped and overridden: figures, citations, provisional marks and bad files. */
class LedgerRulesTest {

    static StandardFile override(String target, String rows) {
        return StandardFile.read(new StringReader("""
                key,value,article,provisional,note
                document.id,province-x
                document.title,某省办公用房管理规定
                document.number,某政办〔2025〕1号
                document.issuer,某省人民政府办公厅
                document.effective,2025-01-01
                document.scope,某省
                document.overrides,%s
                %s
                """.formatted(target, rows)), "province-x.csv");
    }

    @Test
    void theShippedFiguresAndTheirMarks() {
        LedgerRules r = LedgerRules.national();
        assertEquals(LocalDate.of(2025, 12, 31), r.deadline());
        assertEquals(6, r.idleMonths());
        assertEquals(15, r.majorIntervalYears());
        assertEquals(0, new BigDecimal("0.1229").compareTo(r.factor("ELECTRICITY").orElseThrow().kgce()));
        assertTrue(r.factor("NATURAL_GAS").orElseThrow().rule().provisional(), "the gas factor is a range in GB/T 2589");
        assertFalse(r.factor("ELECTRICITY").orElseThrow().rule().provisional());
        assertTrue(r.cite("repair.major_interval_years", "x").toString().endsWith("（暂定）"));
        assertEquals(List.of(Disposal.REALLOCATE, Disposal.PUBLIC_USE, Disposal.EXCHANGE_LEASE_DEMOLISH, Disposal.AUCTION),
                r.disposalOrder());
        assertEquals(8, LedgerRules.RESOURCES.size());
        assertEquals(8, r.documents().size());
    }

    @Test
    void anOverrideChangesItsDocumentsFiguresAndCitesTheProvince() {
        LedgerRules r = LedgerRules.withOverrides(List.of(override("office-repair-gansu",
                "repair.major_interval_years,10,第十二条,,")));
        assertEquals(10, r.majorIntervalYears());
        assertTrue(r.cite("repair.major_interval_years", "x").toString().startsWith("《某省办公用房管理规定》（某政办〔2025〕1号）第十二条"));
        assertEquals(9, r.documents().size());
    }

    @Test
    void badOverridesAreRefusedWithFileKeyAndReason() {
        StandardFormatException unknown = assertThrows(StandardFormatException.class, () ->
                LedgerRules.withOverrides(List.of(override("office-repair-gansu", "repair.interval,10,,,"))));
        assertTrue(unknown.getMessage().contains("repair.interval"), unknown.getMessage());
        StandardFormatException target = assertThrows(StandardFormatException.class, () ->
                LedgerRules.withOverrides(List.of(override("vehicle-configuration-2017", "x,1,,,"))));
        assertTrue(target.getMessage().contains("names no document of the office-ledger rules"), target.getMessage());
        StandardFormatException value = assertThrows(StandardFormatException.class, () ->
                LedgerRules.withOverrides(List.of(override("office-ledger-jiguan", "idle.months,six,,,"))));
        assertTrue(value.getMessage().contains("idle.months"), value.getMessage());
        StandardFormatException order = assertThrows(StandardFormatException.class, () ->
                LedgerRules.withOverrides(List.of(override("office-heilongjiang", "disposal.order,AUCTION;AUCTION,,,"))));
        assertTrue(order.getMessage().contains("each once"), order.getMessage());
    }

    @Test
    void anOverrideMayAddACarrier() {
        LedgerRules r = LedgerRules.withOverrides(List.of(override("energy-gbt2589-2020",
                "factor.STEAM,0.0341,附录A,,\nunit.STEAM,MJ,附录A,,")));
        assertTrue(r.carriers().contains("STEAM"));
        assertEquals("MJ", r.factor("STEAM").orElseThrow().unit());
    }
}
