package io.github.jiguan.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jiguan.core.csv.CsvRow;
import io.github.jiguan.examples.cli.demo.Demo;
import io.github.jiguan.examples.cli.demo.DemoConfig;
import io.github.jiguan.examples.cli.demo.DemoRun;
import io.github.jiguan.examples.cli.demo.StageProgress;
import io.github.jiguan.examples.cli.report.ReportDirectory;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The demo's report.html opened in headless Chromium through Selenium, as a bureau head would open
 * it: every chart holds an ECharts instance with series data, the findings table has one row per row
 * of findings.csv and its filters work, the English toggle works, and the console shows no error.
 * Debian's chromium and chromium-driver (at /usr/bin, or where JIGUAN_CHROMIUM and
 * JIGUAN_CHROMEDRIVER say) are required when CI=true; elsewhere the test is skipped without them.
 * With -Djiguan.report.screenshot=FILE it also saves the top of the page as a PNG (docs/report.png
 * is made so, from the demo's default run).
 */
class ReportBrowserTest {

    @TempDir
    static Path dir;

    /** Held so that the setting stays: Selenium warns that it has no DevTools for this Chromium, which the test does not use. */
    private static final java.util.logging.Logger DEVTOOLS = java.util.logging.Logger.getLogger("org.openqa.selenium.devtools");

    private static ChromeDriver browser;
    private static Path report;

    @BeforeAll
    static void runTheDemoAndOpenItsReport() throws IOException {
        DEVTOOLS.setLevel(Level.SEVERE);
        File chromium = executable("JIGUAN_CHROMIUM", "/usr/bin/chromium");
        File driver = executable("JIGUAN_CHROMEDRIVER", "/usr/bin/chromedriver");
        String screenshot = System.getProperty("jiguan.report.screenshot");
        // a small county keeps the test short; the screenshot is of the demo's default county
        DemoConfig config = screenshot == null ? new DemoConfig(dir.resolve("demo"), 8, 10, LocalDate.of(2025, 1, 6), 1)
                : DemoConfig.defaults(dir.resolve("demo"));
        StageProgress progress = StageProgress.of(new PrintWriter(new StringWriter()), false, Demo.STAGES + 1);
        DemoRun run = Demo.run(config, progress);
        report = ReportDirectory.write(run, progress);
        assertTrue(run.truth().exact(), () -> "missed " + run.truth().missed() + ", extra " + run.truth().extra());
        browser = open(chromium, driver, screenshot == null ? 1000 : 2000);
        browser.get(report.toUri().toString());
        new WebDriverWait(browser, java.time.Duration.ofSeconds(30))
                .until(d -> ((JavascriptExecutor) d).executeScript("return !!window.jiguanReport"));
        if (screenshot != null) {
            screenshot(Path.of(screenshot));
        }
    }

    /** The page down to the end of the timeline, so that no panel is cut in half. */
    private static void screenshot(Path png) throws IOException {
        long bottom = ((Number) browser.executeScript("return Math.ceil(document.getElementById('chart-timeline')"
                + ".closest('section').getBoundingClientRect().bottom + window.scrollY + 16)")).longValue();
        long frame = ((Number) browser.executeScript("return window.outerHeight - window.innerHeight")).longValue();
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(1400, (int) (bottom + frame)));
        new WebDriverWait(browser, java.time.Duration.ofSeconds(10)).until(d -> ((Number) ((JavascriptExecutor) d)
                .executeScript("return window.innerHeight")).longValue() >= bottom - 1);
        Files.write(png, browser.getScreenshotAs(OutputType.BYTES));
    }

    private static File executable(String variable, String standard) {
        String path = System.getenv(variable) != null ? System.getenv(variable) : standard;
        File file = new File(path);
        if (!file.canExecute()) {
            String message = path + " not found: install Debian's chromium and chromium-driver (apt-get install chromium"
                    + " chromium-driver), or point " + variable + " at it";
            if ("true".equals(System.getenv("CI"))) {
                throw new IllegalStateException(message + " (CI=true: the browser test must run)");
            }
            // an assumption failing in @BeforeAll leaves no line in Maven's summary: say it where it will be read
            System.err.println("ReportBrowserTest skipped: " + message);
            Assumptions.abort(message + "; the browser test is skipped");
        }
        return file;
    }

    private static ChromeDriver open(File chromium, File driver, int height) throws IOException {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--hide-scrollbars", "--window-size=1400," + height,
                "--user-data-dir=" + Files.createTempDirectory(dir, "chromium"));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(driver)
                .usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    private static Object js(String script, Object... args) {
        return browser.executeScript(script, args);
    }

    @Test
    void everyChartHasAnEChartsInstanceWithSeriesData() {
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> charts = (List<Map<String, Object>>) js("return Array.from(document.querySelectorAll"
                + "('.chart')).map(function (el) { var c = echarts.getInstanceByDom(el); return { id: el.id, instance: !!c,"
                + " points: c ? c.getOption().series.reduce(function (n, s) { return n + (s.data ? s.data.length : 0); }, 0)"
                + " : 0, width: el.clientWidth, height: el.clientHeight }; });");
        assertEquals(List.of("chart-types", "chart-agencies", "chart-offline-agency", "chart-offline-vehicle",
                "chart-timeline", "chart-track", "chart-units"), charts.stream().map(c -> c.get("id")).toList());
        for (Map<String, Object> c : charts) {
            assertEquals(Boolean.TRUE, c.get("instance"), c.toString());
            assertTrue(((Number) c.get("points")).longValue() > 0, () -> "no series data: " + c);
            assertTrue(((Number) c.get("width")).longValue() > 200 && ((Number) c.get("height")).longValue() > 200,
                    () -> "drawn too small to read: " + c);
        }
    }

    @Test
    void theFindingsTableHasOneRowPerRowOfFindingsCsvAndItsFiltersWork() {
        List<CsvRow> csv = AuditCommandsTest.rows(report.resolveSibling("findings.csv"));
        assertEquals(csv.size(), browser.findElements(By.cssSelector("#findings tbody tr")).size());
        String type = csv.get(0).get("type");
        new Select(browser.findElement(By.id("filter-type"))).selectByValue(type);
        long ofType = csv.stream().filter(r -> r.get("type").equals(type)).count();
        assertEquals(ofType, ((Number) js("return Array.from(document.querySelectorAll('#findings tbody tr'))"
                + ".filter(function (r) { return r.style.display !== 'none'; }).length")).longValue());
        new Select(browser.findElement(By.id("filter-type"))).selectByValue("");
        String vehicle = csv.stream().map(r -> r.get("vehicle_id")).filter(v -> !v.isEmpty()).findFirst().orElseThrow();
        new Select(browser.findElement(By.id("filter-vehicle"))).selectByValue(vehicle);
        assertEquals(csv.stream().filter(r -> r.get("vehicle_id").equals(vehicle)).count(),
                browser.findElements(By.cssSelector("#findings tbody tr")).stream().filter(r -> r.isDisplayed()).count());
        new Select(browser.findElement(By.id("filter-vehicle"))).selectByValue("");
    }

    @Test
    void theEnglishToggleRewritesThePageAndKeepsEveryRow() {
        String chinese = browser.findElement(By.tagName("h1")).getText();
        int rows = browser.findElements(By.cssSelector("#findings tbody tr")).size();
        browser.findElement(By.id("lang")).click();
        try {
            String english = browser.findElement(By.tagName("h1")).getText();
            assertNotEquals(chinese, english);
            assertTrue(english.startsWith("Agency affairs inspection"), english);
            assertEquals(rows, browser.findElements(By.cssSelector("#findings tbody tr")).size());
        } finally {
            browser.findElement(By.id("lang")).click();
        }
        assertEquals(chinese, browser.findElement(By.tagName("h1")).getText());
    }

    @Test
    void theConsoleShowsNoError() {
        List<String> errors = new ArrayList<>();
        for (LogEntry e : browser.manage().logs().get(LogType.BROWSER)) {
            if (e.getLevel().intValue() >= Level.WARNING.intValue()) {
                errors.add(e.getLevel() + " " + e.getMessage());
            }
        }
        assertEquals(List.of(), errors);
    }

    @Test
    void thePageFetchesNothing() {
        String page = browser.getPageSource();
        assertFalse(page.contains("<script src="), "every script is inlined");
        assertFalse(page.contains("<link "), "no style sheet or font is fetched");
        assertTrue((Boolean) js("return performance.getEntriesByType('resource').length === 0"),
                () -> "resources fetched: " + js("return performance.getEntriesByType('resource').map(function (r)"
                        + " { return r.name; })"));
    }
}
