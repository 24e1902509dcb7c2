package io.github.jiguan.standards.office.ledger;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jiguan.core.finding.Language;
import io.github.jiguan.core.office.Area;
import io.github.jiguan.core.office.OfficeLedger;
import io.github.jiguan.core.office.UnitRecord;
import io.github.jiguan.testkit.office.LedgerBuilder;
import io.github.jiguan.testkit.office.LedgerCases;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The per-unit page: every section, the unit's findings with their rules, and nothing unescaped. */
class UnitLedgerHtmlTest {

    @Test
    void thePageHoldsEverySectionAndEscapesWhatTheLedgerSays() {
        LocalDate asOf = LocalDate.of(2026, 3, 15);
        LedgerBuilder b = LedgerCases.base(LedgerThresholdTest.FIGURES, asOf)
                .unit(new UnitRecord(LedgerCases.UNIT, "<script>alert(1)</script>局", LedgerCases.COUNTY,
                        Area.ofSquareMetres(100), 5))
                .withoutDocument("DU0");
        OfficeLedger ledger = b.build();
        LedgerReport report = new LedgerAudit(LedgerRules.national()).run(ledger, List.of(), asOf);
        StringWriter out = new StringWriter();
        UnitLedgerHtml.write(ledger, report, LedgerCases.UNIT, Language.ZH, out);
        String page = out.toString();
        assertFalse(page.contains("<script>"), page);
        assertTrue(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;局"), page);
        for (String section : List.of("一、单位基本情况", "二、用房明细", "三、权属与安全", "四、档案材料", "五、出租出借与租用",
                "六、能源资源消耗", "七、核查发现", "一房一档：B1", "一房一档：B4")) {
            assertTrue(page.contains(section), section);
        }
        assertTrue(page.contains("统一调配使用") && page.contains("缺少调配批复"), page);
        assertTrue(page.contains("@media print"), "printable");
    }
}
