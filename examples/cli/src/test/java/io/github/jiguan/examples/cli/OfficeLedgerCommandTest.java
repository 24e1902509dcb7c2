package io.github.jiguan.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jiguan.core.csv.CsvReader;
import io.github.jiguan.core.csv.CsvRow;
import io.github.jiguan.standards.office.ledger.LedgerFindingType;
import io.github.jiguan.standards.office.ledger.Unification;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code jiguan office-ledger} on the example data of examples/data/office, and on broken copies of it. */
class OfficeLedgerCommandTest {

    static final Path DATA = Path.of("../data/office");

    @TempDir
    Path dir;

    private static List<CsvRow> rows(Path csv) {
        List<CsvRow> rows = new ArrayList<>();
        try (CsvReader r = CsvReader.open(csv)) {
            for (CsvRow row = r.next(); row != null; row = r.next()) {
                rows.add(row);
            }
        }
        return rows;
    }

    private Path copyOfData() throws Exception {
        Path copy = dir.resolve("data");
        Files.createDirectories(copy);
        try (Stream<Path> files = Files.list(DATA)) {
            for (Path f : files.toList()) {
                Files.copy(f, copy.resolve(f.getFileName()));
            }
        }
        return copy;
    }

    @Test
    void theExampleDataHasEveryFindingTypeAndEveryTable() throws Exception {
        Path out = dir.resolve("out");
        CliRun r = CliRun.of("office-ledger", "--data", DATA.toString(), "--as-of", "2026-03-31", "--out", out.toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("0 rows rejected"), r.out());
        for (Unification u : Unification.values()) {
            assertTrue(r.out().contains("  " + u.chineseName() + ": "), r.out());
        }
        Set<String> types = rows(out.resolve("findings.csv")).stream().map(f -> f.get("type")).collect(Collectors.toSet());
        for (LedgerFindingType t : LedgerFindingType.values()) {
            assertTrue(types.contains(t.code()), t + " missing from the example's findings: " + types);
        }
        rows(out.resolve("findings.csv")).forEach(f -> assertTrue(f.get("rule").startsWith("《"), f.toString()));
        List<String> auctions = Files.readAllLines(out.resolve("auctions.csv"));
        assertEquals(List.of("agency_id,lots,let,unsold,withdrawn,annual_yuan", "JGSW,68,61,6,1,649800"), auctions);
        List<String> county = Files.readAllLines(out.resolve("progress-county.csv"));
        assertTrue(county.contains("COUNTY,示例县,示例县,5,5,0,4,1,80.0,2025-12-31,OVERDUE"), county.toString());
        assertTrue(Files.readAllLines(out.resolve("progress-unit.csv")).size() > 1);
        List<String> energy = Files.readAllLines(out.resolve("energy.csv"));
        assertTrue(energy.contains("A01,,2022,100,10000,1279,12.79,,95400.02,9.54,"), energy.toString());
        assertTrue(energy.contains("A01,,2023,100,10000,1326,13.26,3.67,96300.02,9.63,0.94"), energy.toString());
        List<CsvRow> lots = rows(out.resolve("auction-lots.csv"));
        assertEquals(68, lots.size());
        assertEquals(List.of(61L, 6L, 1L), Stream.of("LET", "UNSOLD", "WITHDRAWN")
                .map(x -> lots.stream().filter(l -> l.get("result").equals(x)).count()).toList());
        String page = Files.readString(out.resolve("units/A01.html"), StandardCharsets.UTF_8);
        assertTrue(page.contains("一单位一档") && page.contains("R0104") && page.contains("账账不符"), page);
        assertTrue(Files.readString(out.resolve("index.html")).contains("units/JGSW.html"));
    }

    @Test
    void englishSentencesOnRequest() throws Exception {
        Path out = dir.resolve("out");
        CliRun r = CliRun.of("office-ledger", "--data", DATA.toString(), "--as-of", "2026-03-31", "--out", out.toString(),
                "--lang", "en");
        assertEquals(0, r.status(), r.err());
        assertTrue(rows(out.resolve("findings.csv")).stream().anyMatch(f -> f.get("detail")
                .equals("Lot 68号 of unit JGSW (building B03, 25 m²) was withdrawn")));
    }

    @Test
    void aBadRowIsReportedAndTheRestAudited() throws Exception {
        Path data = copyOfData();
        Files.writeString(data.resolve("rooms.csv"), "R9999,A01,B01,4,OFFICE,twelve,P9,IN_USE,,\n",
                StandardOpenOption.APPEND);
        Files.writeString(data.resolve("energy.csv"), "A01,,2024,100,10000,STEAM,5\n", StandardOpenOption.APPEND);
        Path out = dir.resolve("out");
        CliRun r = CliRun.of("office-ledger", "--data", data.toString(), "--as-of", "2026-03-31", "--out", out.toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(r.err().contains("rejected rooms.csv:15: usable_area_m2 must be a decimal number: \"twelve\""), r.err());
        assertTrue(r.err().contains("rejected energy.csv:12: carrier must be one of"), r.err());
        assertTrue(r.out().contains("2 rows rejected"), r.out());
        assertTrue(rows(out.resolve("findings.csv")).size() > 30);
    }

    @Test
    void aFileMostlyRejectedFailsLoudlyInsteadOfAuditingTheRest() throws Exception {
        Path data = copyOfData();
        String rooms = Files.readString(data.resolve("rooms.csv"));
        Files.writeString(data.resolve("rooms.csv"), rooms.replace(",OFFICE,", ",OFFICE;,").replace(",SERVICE,", ",S,"));
        CliRun r = CliRun.of("office-ledger", "--data", data.toString(), "--as-of", "2026-03-31", "--out",
                dir.resolve("out").toString());
        assertEquals(1, r.status(), r.out());
        assertTrue(r.err().contains("of the 13 rows of rooms.csv were rejected: it does not look like rooms.csv"), r.err());
        assertTrue(Files.notExists(dir.resolve("out").resolve("findings.csv")));
    }

    @Test
    void aMissingRequiredFileFailsLoudly() throws Exception {
        Path data = copyOfData();
        Files.delete(data.resolve("buildings.csv"));
        CliRun r = CliRun.of("office-ledger", "--data", data.toString(), "--as-of", "2026-03-31", "--out",
                dir.resolve("out").toString());
        assertEquals(1, r.status());
        assertTrue(r.err().contains("buildings.csv is required and does not exist"), r.err());
    }
}
