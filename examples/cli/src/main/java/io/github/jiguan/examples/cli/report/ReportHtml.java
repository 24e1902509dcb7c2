package io.github.jiguan.examples.cli.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * report.html: one self-contained page that opens offline. The template, its style and its script
 * are resources of this package; ECharts is read from the org.webjars.npm:echarts jar on the class
 * path and inlined, so nothing is fetched when the page opens. The report's data goes in as JSON in a
 * {@code <script type="application/json">} element, with every {@code <} written as {@code \u003c}
 * so that no text in the data can close the element; the script puts every text into the page with
 * {@code textContent} and escapes what it hands to a chart's tooltip.
 */
public final class ReportHtml {

    private static final String ECHARTS = "META-INF/resources/webjars/echarts/";
    private static final String ECHARTS_POM = "META-INF/maven/org.webjars.npm/echarts/pom.properties";
    private static final String OWN = "/io/github/jiguan/examples/cli/report/";

    private ReportHtml() {
    }

    /** The page showing {@code json}, the report's data. */
    static String page(String json) {
        String template = own("report.html");
        String[][] parts = {
            {"@@STYLE@@", own("report.css")},
            {"@@ECHARTS@@", inScript(echarts())},
            {"@@DATA@@", json.replace("<", "\\u003c")},
            {"@@SCRIPT@@", inScript(own("report.js"))},
        };
        StringBuilder page = new StringBuilder(template.length() + 1_200_000 + json.length());
        int at = 0;
        for (String[] part : parts) {
            int marker = template.indexOf(part[0], at);
            if (marker < 0) {
                throw new IllegalStateException("report.html lacks " + part[0]);
            }
            page.append(template, at, marker).append(part[1]);
            at = marker + part[0].length();
        }
        return page.append(template, at, template.length()).toString();
    }

    /** The version of ECharts inlined, from the webjar's Maven properties. */
    public static String echartsVersion() {
        Properties p = new Properties();
        try (InputStream in = resource(ECHARTS_POM)) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + ECHARTS_POM, e);
        }
        return p.getProperty("version");
    }

    /** ECharts' minified build, as the webjar ships it. */
    static String echarts() {
        return read(resource(ECHARTS + echartsVersion() + "/dist/echarts.min.js"), "echarts.min.js");
    }

    /** Keeps a script's text from ending its {@code <script>} element early. */
    private static String inScript(String js) {
        return js.replace("</script", "<\\/script").replace("<!--", "<\\!--");
    }

    private static String own(String name) {
        return read(ReportHtml.class.getResourceAsStream(OWN + name), name);
    }

    private static InputStream resource(String path) {
        InputStream in = ReportHtml.class.getClassLoader().getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException(path + " is not on the class path (the org.webjars.npm:echarts jar)");
        }
        return in;
    }

    private static String read(InputStream in, String name) {
        if (in == null) {
            throw new IllegalStateException("the report's resource " + name + " is missing from the jar");
        }
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }
}
