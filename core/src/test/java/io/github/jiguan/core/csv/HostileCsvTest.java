package io.github.jiguan.core.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.jiguan.core.InvalidValueException;
import io.github.jiguan.core.interchange.OrdersCsv;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Messy and hostile input at the CSV layer: every row accounted for, bad text refused with where and why. */
class HostileCsvTest {

    private static final String ORDERS = String.join(",", OrdersCsv.HEADER) + "\n";

    private static String order(int n) {
        return "O" + n + ",V1,2025-01-06T08:00:00+08:00,2025-01-06T09:00:00+08:00,2025-01-06T11:00:00+08:00,,,ONLINE,"
                + "COMPLETED,false,县政府,会议\n";
    }

    private static String orders(int count) {
        StringBuilder b = new StringBuilder(ORDERS);
        for (int i = 1; i <= count; i++) {
            b.append(order(i));
        }
        return b.toString();
    }

    private static ImportLog readOrders(String text, List<Rejection> rejected) {
        ImportLog log = ImportLog.lenient(rejected::add);
        OrdersCsv.read(CsvReader.of(new StringReader(text), "orders.csv"), log);
        return log;
    }

    /** Reads {@code text} as orders.csv, checks the accounts and returns the rejections. */
    private static List<Rejection> assertCounts(String text, long accepted, long rejected) {
        List<Rejection> seen = new ArrayList<>();
        assertEquals(new RowCounts("orders.csv", accepted, rejected, 0), readOrders(text, seen).counts("orders.csv"));
        return seen;
    }

    @Test
    void aStrayQuoteThatSwallowsOrdersIsReportedWithItsOpeningLineAndEverySwallowedLineCounted() {
        // Line 4 opens a quote in destination; it closes in line 8's destination: lines 4 to 8 merge.
        String text = orders(8).replace("县政府,会议\nO4,", "\"县政府,会议\nO4,").replace("O7,V1", "O7,V1")
                .replaceFirst("(O7,[^\n]*?,false,)县政府", "$1县\"政府");
        List<Rejection> rejected = new ArrayList<>();
        ImportLog log = readOrders(text, rejected);
        assertEquals(1, rejected.size(), rejected.toString());
        Rejection r = rejected.get(0);
        assertEquals(4, r.line());
        assertEquals("destination", r.column());
        assertTrue(r.reason().startsWith("has a quote that runs over 5 lines"), r.reason());
        assertEquals(new RowCounts("orders.csv", 3, 5, 0), log.counts("orders.csv"));
    }

    @Test
    void aQuotedAddressOverTwoLinesIsStillOneGoodRow() {
        String text = orders(2).replace("县政府,会议\nO2", "\"县政府\n东楼\",会议\nO2");
        assertEquals(List.of(), assertCounts(text, 2, 0));
    }

    @Test
    void anyStrayQuoteLeavesEveryLineAccountedFor() {
        qt().withExamples(300).forAll(integers().between(1, 30), integers().between(0, 10_000))
                .checkAssert((count, where) -> {
                    String text = orders(count);
                    int at = ORDERS.length() + where % (text.length() - ORDERS.length());
                    String broken = text.substring(0, at) + '"' + text.substring(at);
                    List<Rejection> rejected = new ArrayList<>();
                    ImportLog log = readOrders(broken, rejected);
                    RowCounts c = log.counts("orders.csv");
                    assertEquals((long) count, c.rows(), () -> c + " for " + broken);
                    assertEquals(count - c.accepted(), c.rejected());
                    assertEquals(c.rejected(), rejected.stream().mapToLong(r -> r.reason().startsWith("has a quote")
                            ? Long.parseLong(r.reason().replaceAll("\\D*(\\d+).*", "$1")) : 1).sum(), () -> rejected.toString());
                });
    }

    @Test
    void excelTrailingEmptyColumnsAreAcceptedWhileEmpty() {
        String text = orders(2).replace("\n", ",,\n");
        assertCounts(text, 2, 0);
        List<Rejection> rejected = assertCounts(text.replace("会议,,\nO2", "会议,,x\nO2"), 1, 1);
        assertEquals("orders.csv:2: column 14 has a value, but the header names no column 14: \"x\"",
                rejected.get(0).toString());
    }

    @Test
    void gbkBytesAreReportedOnTheirOwnLineWithAdvice() {
        StringBuilder b = new StringBuilder(ORDERS);
        for (int i = 1; i < 50; i++) {
            b.append(order(i));
        }
        byte[] utf8 = b.toString().getBytes(StandardCharsets.UTF_8);
        byte[] gbk = order(50).getBytes(CsvEncodingException.GB18030);
        byte[] all = new byte[utf8.length + gbk.length];
        System.arraycopy(utf8, 0, all, 0, utf8.length);
        System.arraycopy(gbk, 0, all, utf8.length, gbk.length);
        CsvEncodingException e = assertThrows(CsvEncodingException.class, () -> OrdersCsv.read(
                CsvReader.of(new ByteArrayInputStream(all), StandardCharsets.UTF_8, "orders.csv"), ImportLog.strict()));
        assertEquals(51, e.rejection().line());
        assertTrue(e.looksLikeGb18030());
        assertTrue(e.getMessage().contains("GBK/GB18030") && e.getMessage().contains("iconv -f GB18030"), e.getMessage());
        List<Rejection> rejected = new ArrayList<>();
        ImportLog log = ImportLog.lenient(rejected::add);
        OrdersCsv.read(CsvReader.of(new ByteArrayInputStream(gbkFile()), CsvEncodingException.GB18030, "orders.csv"), log);
        assertEquals(new RowCounts("orders.csv", 3, 0, 0), log.counts("orders.csv"));
    }

    private static byte[] gbkFile() {
        return orders(3).getBytes(CsvEncodingException.GB18030);
    }

    @Test
    void bytesThatAreNeitherUtf8NorGbkSayOnlyWhereTheyAre() {
        byte[] bad = (ORDERS + "\u00ff\n").getBytes(StandardCharsets.ISO_8859_1);
        CsvEncodingException e = assertThrows(CsvEncodingException.class, () -> OrdersCsv.read(
                CsvReader.of(new ByteArrayInputStream(bad), StandardCharsets.UTF_8, "orders.csv"), ImportLog.strict()));
        assertEquals(2, e.rejection().line());
        assertEquals("orders.csv:2: is not valid UTF-8 (bytes ff 0a)", e.getMessage());
    }

    @Test
    void onlyDecimalNotationIsANumber() {
        for (String ok : List.of("38.04", "-0.5", "+12", ".5", "5.", "007")) {
            Cells.number("lat", ok);
            Cells.decimal("litres", ok);
        }
        for (String bad : List.of("38.04f", "0x1.3p5", "1e-6", "Infinity", "NaN", "1,5", "--1", ".", "38.04d", "1E5")) {
            InvalidValueException e = assertThrows(InvalidValueException.class, () -> Cells.number("lat", bad), bad);
            assertEquals("must be a number in decimal notation such as 38.041562", e.reason());
            assertThrows(InvalidValueException.class, () -> Cells.decimal("litres", bad), bad);
        }
    }

    @Test
    void aTimeInAnAbsurdYearIsARejectedRowNotAnOverflow() {
        String text = orders(2).replace("O2,V1,2025-01-06T08:00:00+08:00", "O2,V1,+999999999-01-06T08:00:00+08:00");
        List<Rejection> rejected = assertCounts(text, 1, 1);
        assertEquals("orders.csv:3: created_at must be in the years 1900 to 9999: \"+999999999-01-06T08:00:00+08:00\"",
                rejected.get(0).toString());
    }

    @Test
    void aRejectionShowsTheCellAsWrittenUnderTheHeadersName() {
        String text = orders(1).replace("2025-01-06T11:00:00+08:00", "2025-01-06T08:30:00+08:00");
        List<Rejection> rejected = new ArrayList<>();
        readOrders(text, rejected);
        assertEquals("orders.csv:2: planned_end must not be before planned_start 2025-01-06T09:00:00+08:00:"
                + " \"2025-01-06T08:30:00+08:00\"", rejected.get(0).toString());
        rejected.clear();
        readOrders(orders(1).replace("O1,V1", "O1, "), rejected);
        assertEquals("vehicle_id", rejected.get(0).column());
        assertEquals(" ", rejected.get(0).value());
    }

    @Test
    void aBaseOutOfRangeIsNamedByItsColumnWithTheTextAsWritten() {
        List<Rejection> rejected = new ArrayList<>();
        io.github.jiguan.core.interchange.VehiclesCsv.read(CsvReader.of(new StringReader(
                "vehicle_id,plate,agency_id,category,base_lat,base_lon\nV1,冀A12345,A01,GENERAL,91.000,114.5\n"),
                "vehicles.csv"), ImportLog.lenient(rejected::add));
        assertEquals("vehicles.csv:2: base_lat out of range [-90, 90]: \"91.000\"", rejected.get(0).toString());
    }

    @Test
    void aMostlyRejectedFileFailsLoudlyAboveTheThreshold() {
        String text = orders(4).replace("T08:00:00+08:00", " 08:00");
        List<Rejection> rejected = new ArrayList<>();
        ImportLog log = readOrders(text, rejected);
        MostlyRejectedException e = assertThrows(MostlyRejectedException.class,
                () -> log.requireMostlyAccepted("orders.csv", 0.5));
        assertEquals("orders.csv:2: 4 of its 4 rows (100%) were rejected, more than the 50% allowed: the file cannot"
                + " be used as it is; its first rejection: " + rejected.get(0), e.getMessage());
        log.requireMostlyAccepted("orders.csv", 1.0);
        ImportLog fine = readOrders(orders(3), new ArrayList<>());
        fine.requireMostlyAccepted("orders.csv", 0.0);
        assertEquals(3, fine.counts().get(0).rows());
    }
}
