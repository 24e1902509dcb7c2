package io.github.jiguan.standards.office.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jiguan.core.csv.CsvReader;
import io.github.jiguan.core.csv.ImportLog;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The README's program of the section "Office-space ledgers" is the body of {@link #readmeExample}
 * line for line, and runs on the example data.
 */
class LedgerReadmeExampleTest {

    private static final Path SOURCE = Path.of("src/test/java/io/github/jiguan/standards/office/ledger/"
            + "LedgerReadmeExampleTest.java");

    private LedgerReport readmeExample(Path dir) {
        // README begin
        ImportLog log = ImportLog.lenient(r -> System.err.println("rejected " + r));
        LedgerRules rules = LedgerRules.national();                  // or LedgerRules.withOverrides(files)
        LedgerCsv csv = new LedgerCsv(rules, log)
                .readUnits(CsvReader.open(dir.resolve("units.csv")))
                .readBuildings(CsvReader.open(dir.resolve("buildings.csv")))
                .readRooms(CsvReader.open(dir.resolve("rooms.csv")));
        LedgerReport report = new LedgerAudit(rules).run(csv.ledger(), csv.unitRooms(), LocalDate.of(2026, 3, 31));
        report.findings();   // Finding, evidence in LedgerEvidence; report.progress(), auctions(), energy()
        // README end
        return report;
    }

    @Test
    void theReadmeShowsThisProgram() throws Exception {
        List<String> mine = block(Files.readAllLines(SOURCE, StandardCharsets.UTF_8), "        // README begin",
                "        // README end", 8);
        String readme = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);
        String section = readme.substring(readme.indexOf("## Office-space ledgers"));
        section = section.substring(section.indexOf("```java\n") + 8);
        List<String> shown = section.substring(0, section.indexOf("```")).lines().toList();
        assertEquals(mine, shown);
    }

    @Test
    void theProgramRunsOnTheExampleData() {
        LedgerReport r = readmeExample(Path.of("../examples/data/office"));
        assertTrue(r.findings().stream().anyMatch(f -> f.type() == LedgerFindingType.CERTIFICATE_AREA_MISMATCH));
        assertEquals(OwnershipProgress.State.OVERDUE, r.progress().stream()
                .filter(p -> p.id().equals("示例县")).findFirst().orElseThrow().state());
    }

    private static List<String> block(List<String> lines, String begin, String end, int indent) {
        return lines.subList(lines.indexOf(begin) + 1, lines.indexOf(end)).stream().map(l -> l.substring(indent)).toList();
    }
}
