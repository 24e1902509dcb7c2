package io.github.jiguan.examples.cli.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The page's assembly: ECharts inlined, and no text in the data able to leave its script element. */
class ReportHtmlTest {

    private static final String HOSTILE = "</script><script>alert(1)</script><!-- 冀A·D10009 & <b>";

    @Test
    void aTextThatLooksLikeMarkupStaysDataAndReadsBackTheSame() throws Exception {
        String json = new ObjectMapper().writeValueAsString(Map.of("plate", HOSTILE));
        String page = ReportHtml.page(json);
        assertFalse(page.contains("<script>alert"), "the data cannot open a script element");
        int open = page.indexOf("<script type=\"application/json\" id=\"report-data\">");
        int close = page.indexOf("</script>", open);
        String data = page.substring(open + "<script type=\"application/json\" id=\"report-data\">".length(), close);
        assertEquals(HOSTILE, new ObjectMapper().readTree(data).get("plate").asText());
    }

    @Test
    void echartsIsInlinedFromItsWebjarAndNothingIsFetched() {
        String page = ReportHtml.page("{}");
        assertTrue(page.contains(ReportHtml.echarts().substring(0, 200)), "echarts.min.js inlined");
        assertTrue(ReportHtml.echartsVersion().matches("\\d+\\.\\d+\\.\\d+"), ReportHtml.echartsVersion());
        assertFalse(page.contains("src=\"http") || page.contains("href=\"http"), "no CDN");
        assertFalse(page.contains("@@"), "every placeholder filled");
    }
}
