package io.github.jiguan.core.finding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jiguan.core.InvalidValueException;
import io.github.jiguan.core.csv.CsvReader;
import io.github.jiguan.core.csv.CsvRow;
import io.github.jiguan.core.csv.CsvWriter;
import io.github.jiguan.core.office.Area;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FindingModelTest {

    /** A made-up audit, as a platform would add its own. */
    enum Kind implements Finding.Type {
        ROOM_TOO_BIG, LATE_REPORT;

        @Override
        public String code() {
            return name();
        }

        @Override
        public Finding.Names names() {
            return this == ROOM_TOO_BIG ? new Finding.Names("房间超标", "room too big", Sample.class)
                    : new Finding.Names("迟报", "late report", Sample.class);
        }

        @Override
        public String sentence(Finding f, Language l) {
            Sample e = f.evidence(Sample.class);
            return l.pick("房间 " + String.join("、", f.subjects().roomIds()) + " 面积 " + Prose.area(e.area()),
                    "rooms " + String.join(", ", f.subjects().roomIds()) + " measure " + Prose.area(e.area()));
        }
    }

    record Part(LocalDate day, boolean late) {
    }

    record Sample(Area area, BigDecimal costYuan, Duration delay, double distanceMetres, Instant at,
                  Optional<String> note, List<Part> parts, YearMonth month) implements Evidence {
    }

    record NotARecordEvidence() implements Evidence {
    }

    private static final Citation RULE = new Citation("党政机关办公用房管理办法", "", "第十九条", "不得超标准使用", true);

    private static Sample sample() {
        return new Sample(Area.of("31.50"), new BigDecimal("180000.00"), Duration.ofMinutes(90), 1234.5678901,
                Instant.parse("2025-01-13T04:58:00Z"), Optional.empty(),
                List.of(new Part(LocalDate.of(2025, 1, 13), true)), YearMonth.of(2025, 6));
    }

    private static Finding finding(Coverage coverage) {
        return new Finding(Kind.ROOM_TOO_BIG, Subjects.none().withRooms(List.of("R101", "R102")).withAgency("A01")
                .withPerson("P001", "张三"), coverage, RULE, sample());
    }

    @Test
    void evidenceIsWrittenAsTypedJson() {
        assertEquals("{\"area_m2\":31.5,\"cost_yuan\":180000.00,\"delay_seconds\":5400,\"distance_metres\":1234.56789,"
                        + "\"at\":\"2025-01-13T12:58:00+08:00\",\"note\":null,\"parts\":[{\"day\":\"2025-01-13\",\"late\":true}],"
                        + "\"month\":\"2025-06\"}",
                EvidenceJson.of(sample()));
    }

    @Test
    void aFindingRowHasTheLayoutsSubjectColumnsThenTheSameSixColumns() {
        StringWriter out = new StringWriter();
        try (CsvWriter w = CsvWriter.of(out, FindingsCsv.Layout.OFFICE.header())) {
            FindingsCsv.write(w, FindingsCsv.Layout.OFFICE, List.of(finding(Coverage.on(LocalDate.of(2025, 6, 30)))),
                    Language.ZH);
        }
        CsvReader in = CsvReader.of(new StringReader(out.toString()), "findings.csv");
        assertEquals(List.of("type", "person_id", "room_id", "agency_id", "building_id", "start", "end", "detail",
                "type_zh", "rule", "evidence"), in.header());
        CsvRow row = in.next();
        assertEquals("ROOM_TOO_BIG", row.get("type"));
        assertEquals("R101;R102", row.get("room_id"));
        assertEquals("", row.get("building_id"));
        assertEquals("2025-06-30", row.get("start"));
        assertEquals("2025-06-30", row.get("end"));
        assertEquals("房间 R101、R102 面积 31.5 m²", row.get("detail"));
        assertEquals("房间超标", row.get("type_zh"));
        assertEquals("《党政机关办公用房管理办法》第十九条：不得超标准使用（暂定）", row.get("rule"));
        assertEquals(EvidenceJson.of(sample()), row.get("evidence"));
    }

    @Test
    void theReconciliationLayoutKeepsItsFirstSixColumns() {
        assertEquals(List.of("type", "vehicle_id", "order_id", "start", "end", "detail", "type_zh", "rule", "evidence"),
                FindingsCsv.Layout.RECONCILE.header());
    }

    @Test
    void intervalsAreWrittenWithTheBeijingOffsetAndMonthsAsTheirDays() {
        Finding f = finding(Coverage.between(Instant.parse("2025-01-13T04:58:00Z"), Instant.parse("2025-01-13T05:40:00Z")));
        List<String> row = FindingsCsv.row(FindingsCsv.Layout.RECONCILE, f, Language.EN);
        assertEquals(List.of("ROOM_TOO_BIG", "", "", "2025-01-13T12:58:00+08:00", "2025-01-13T13:40:00+08:00",
                "rooms R101, R102 measure 31.5 m²"), row.subList(0, 6));
        Coverage june = Coverage.month(YearMonth.of(2025, 6));
        assertEquals(Instant.parse("2025-05-31T16:00:00Z"), june.start());
        assertEquals(Instant.parse("2025-06-30T16:00:00Z"), june.end());
        assertEquals(List.of("2025-06-01", "2025-06-30"), FindingsCsv.row(FindingsCsv.Layout.RECONCILE,
                finding(june), Language.ZH).subList(3, 5));
    }

    @Test
    void jsonLinesCarryEveryPartOfTheModel() {
        String line = FindingsJsonLines.line(finding(Coverage.year(2025)), Language.ZH);
        assertTrue(line.startsWith("{\"type\":\"ROOM_TOO_BIG\",\"type_zh\":\"房间超标\",\"type_en\":\"room too big\","
                + "\"subjects\":{\"person_id\":\"P001\",\"person_name\":\"张三\",\"room_ids\":[\"R101\",\"R102\"],"
                + "\"agency_id\":\"A01\"},\"start\":\"2025-01-01\",\"end\":\"2025-12-31\",\"detail\":\"房间 R101、R102 面积 31.5 m²\","
                + "\"rule\":{\"document\":\"党政机关办公用房管理办法\",\"number\":\"\",\"article\":\"第十九条\",\"figure\":\"不得超标准使用\","
                + "\"provisional\":true},\"evidence\":{\"area_m2\":31.5"), line);
        assertTrue(line.endsWith("}}"), line);
        assertTrue(!line.contains("\n"));
    }

    @Test
    void evidenceMustBeARecordOfTheTypesEvidence() {
        assertThrows(InvalidValueException.class, () -> new Finding(Kind.ROOM_TOO_BIG, Subjects.none(),
                Coverage.on(LocalDate.of(2025, 1, 1)), RULE, new NotARecordEvidence()));
        Finding f = finding(Coverage.on(LocalDate.of(2025, 1, 1)));
        assertThrows(IllegalArgumentException.class, () -> f.evidence(NotARecordEvidence.class));
        assertEquals(Area.of("31.50"), f.evidence(Sample.class).area());
    }

    @Test
    void reportOrderIsOnTypedFields() {
        Instant t0 = Instant.parse("2025-01-13T04:00:00Z");
        Finding late = new Finding(Kind.LATE_REPORT, Subjects.none().withVehicle("V2", null), Coverage.between(t0, t0),
                RULE, sample());
        Finding big = new Finding(Kind.ROOM_TOO_BIG, Subjects.none().withVehicle("V2", null), Coverage.between(t0, t0),
                RULE, sample());
        Finding first = new Finding(Kind.LATE_REPORT, Subjects.none().withVehicle("V10", null),
                Coverage.between(t0.plusSeconds(60), t0.plusSeconds(60)), RULE, sample());
        List<Finding> list = new ArrayList<>(List.of(late, big, first));
        list.sort(Finding.REPORT_ORDER);
        // V10 before V2 as text; at the same vehicle and start, the enum's order
        assertEquals(List.of(first, big, late), list);
    }

    @Test
    void subjectsRejectRepeatedRoomsAndBlankIds() {
        assertThrows(InvalidValueException.class, () -> Subjects.none().withRooms(List.of("R1", "R1")));
        assertThrows(InvalidValueException.class, () -> Subjects.none().withVehicle(" ", "冀H12345"));
        assertEquals("Subjects[vehicle=V1 (冀H12345), order=O1]",
                Subjects.none().withVehicle("V1", "冀H12345").withOrder("O1").toString());
    }

    @Test
    void proseWritesDurationsAsPeopleSayThem() {
        assertEquals("3.5 分钟", Prose.duration(Duration.ofSeconds(210), Language.ZH));
        assertEquals("2 h 5 min", Prose.duration(Duration.ofMinutes(125), Language.EN));
        assertEquals("3 天 2 小时", Prose.duration(Duration.ofHours(74), Language.ZH));
        assertEquals("2025-01-13 23:50–2025-01-14 00:20", Prose.span(Instant.parse("2025-01-13T15:50:00Z"),
                Instant.parse("2025-01-13T16:20:00Z")));
        assertEquals("180,000.5 元", Prose.yuan(new BigDecimal("180000.50"), Language.ZH));
        assertEquals("1,010 m", Prose.metres(1010.4));
    }
}
