package io.github.jiguan.standards.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StandardFileTest {

    static final String DOC = """
            key,value,article,provisional,note
            document.id,demo-2020,,,
            document.title,示例标准,,,
            document.number,示发〔2020〕1号,,,
            document.issuer,示例机关,,,
            document.effective,2020-01-01,,,
            document.scope,全国,,,
            """;

    static StandardFile read(String text) {
        return StandardFile.read(new StringReader(text), "demo.csv");
    }

    static StandardFormatException rejected(String text) {
        return assertThrows(StandardFormatException.class, () -> read(text));
    }

    @Test
    void aShippedStandardRecordsItsDocumentNumberAndEffectiveDate() {
        StandardFile f = StandardFile.resource("office-construction-2014.csv");
        assertEquals("党政机关办公用房建设标准", f.document().title());
        assertEquals("发改投资〔2014〕2674号", f.document().number());
        assertEquals(LocalDate.of(2014, 11, 24), f.document().effective());
        assertEquals("表1", f.entries().get("office.COUNTY.CDP").article());
        assertTrue(f.entries().get("office.TOWNSHIP.TSP").provisional());
        assertFalse(f.entries().get("office.COUNTY.CDP").provisional());
    }

    @Test
    void everyShippedFileLoads() {
        for (String name : List.of("office-construction-2014.csv", "office-management-2017.csv",
                "vehicle-configuration-2017.csv", "vehicle-replacement-2017.csv", "vehicle-new-energy-2024.csv")) {
            StandardFile f = StandardFile.resource(name);
            assertFalse(f.entries().isEmpty(), name);
            assertTrue(f.document().overridden().isEmpty(), name);
        }
    }

    @Test
    void aKeyTwiceIsRejectedWithBothLines() {
        StandardFormatException e = rejected(DOC + "a.b,1,,,\na.b,2,,,\n");
        assertEquals("demo.csv:9: a.b appears twice, first on line 8: \"2\"", e.getMessage());
        assertEquals(9, e.rejection().line());
        assertEquals("a.b", e.rejection().column());
    }

    @Test
    void aMissingDocumentRowIsRejected() {
        StandardFormatException e = rejected(DOC.replace("document.number,示发〔2020〕1号,,,\n", "") + "a,1,,,\n");
        assertEquals("document.number", e.rejection().column());
        assertTrue(e.getMessage().contains("is missing"), e.getMessage());
    }

    @Test
    void aBadEffectiveDateIsRejectedWithItsLine() {
        StandardFormatException e = rejected(DOC.replace("2020-01-01", "2020/01/01"));
        assertEquals(6, e.rejection().line());
        assertEquals("2020/01/01", e.rejection().value());
    }

    @Test
    void aBadProvisionalFlagIsRejected() {
        StandardFormatException e = rejected(DOC + "a,1,,maybe,\n");
        assertEquals("demo.csv:8: a has a provisional flag that is neither true nor false: \"maybe\"", e.getMessage());
    }

    @Test
    void anUnknownDocumentKeyAndAnEmptyKeyAreRejected() {
        assertEquals("document.author", rejected(DOC + "document.author,某人,,,\n").rejection().column());
        assertEquals("key", rejected(DOC + ",1,,,\n").rejection().column());
    }

    @Test
    void aFileWithoutTheHeaderColumnsIsRejected() {
        StandardFormatException e = rejected("key,value\na,1\n");
        assertEquals("article", e.rejection().column());
    }

    @Test
    void anOverrideReplacesKeysAndMustNameTheStandardItOverrides() {
        StandardFile national = read(DOC + "a,1,第一条,,\nb,2,第二条,,\n");
        StandardFile province = StandardFile.read(new StringReader(DOC.replace("demo-2020,", "hebei-demo,")
                .replace("全国", "河北省") + "document.overrides,demo-2020,,,\nb,3,第五条,true,\n"), "hebei.csv");
        StandardData merged = StandardData.of(national, List.of(province));
        assertEquals("1", merged.require("a").text());
        assertEquals("3", merged.require("b").text());
        assertEquals("河北省", merged.require("b").document().scope());
        assertEquals("《示例标准》（示发〔2020〕1号）第五条：b = 3（暂定）", merged.require("b").cite("b = 3").toString());
        assertEquals(2, merged.documents().size());

        StandardFile stray = StandardFile.read(new StringReader(DOC + "document.overrides,other-2019,,,\n"), "x.csv");
        StandardFormatException e = assertThrows(StandardFormatException.class,
                () -> StandardData.of(national, List.of(stray)));
        assertTrue(e.getMessage().contains("names another standard than demo-2020"), e.getMessage());
        StandardFile notAnOverride = read(DOC);
        assertThrows(StandardFormatException.class, () -> StandardData.of(national, List.of(notAnOverride)));
    }

    @Test
    void aMissingRequiredKeyAndAnUnknownKeyAreRejected() {
        StandardData data = StandardData.of(read(DOC + "a,1,,,\n"), List.of());
        StandardFormatException missing = assertThrows(StandardFormatException.class, () -> data.require("b"));
        assertEquals("demo.csv:0: b is missing: the standard demo-2020 is incomplete without it", missing.getMessage());
        StandardFormatException unknown = assertThrows(StandardFormatException.class,
                () -> data.requireKnownKeys(k -> k.equals("b"), "b"));
        assertEquals("a", unknown.rejection().column());
        assertEquals(8, unknown.rejection().line());
    }

    @Test
    void typedValuesNameTheirLineWhenBad() {
        StandardData data = StandardData.of(read(DOC + "area,-3,,,\nflag,yes,,,\nn,12.5,,,\n"), List.of());
        assertEquals(8, assertThrows(StandardFormatException.class, () -> data.require("area").area()).rejection().line());
        assertEquals("demo.csv:9: flag must be true or false: \"yes\"",
                assertThrows(StandardFormatException.class, () -> data.require("flag").flag()).getMessage());
        assertThrows(StandardFormatException.class, () -> data.require("n").wholeNumber(0, 100));
    }

    @Test
    void aFileOnDiskLoadsAndAMissingResourceIsRejected(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("province.csv");
        Files.writeString(file, DOC + "a,1,,,\n");
        assertEquals("province.csv", StandardFile.load(file).source());
        assertThrows(StandardFormatException.class, () -> StandardFile.load(dir.resolve("none.csv")));
        assertThrows(StandardFormatException.class, () -> StandardFile.resource("no-such-standard.csv"));
    }
}
