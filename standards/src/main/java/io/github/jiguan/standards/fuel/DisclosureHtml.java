package io.github.jiguan.standards.fuel;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Writes the fuel disclosure as one printable, self-contained HTML page (no scripts, no external
 * files; A4 landscape when printed) that a bureau can post: a table per month with totals, the
 * anomalies marked, and the rules cited. All text is HTML-escaped.
 */
public final class DisclosureHtml {

    private static final String STYLE = "body{font-family:\"SimSun\",\"Songti SC\",\"Noto Serif CJK SC\",serif;"
            + "margin:2em;color:#000}h1{text-align:center;font-size:20pt;margin-bottom:.2em}"
            + "p.meta{text-align:center;margin-top:0}h2{font-size:14pt;margin:1.2em 0 .4em}"
            + "table{border-collapse:collapse;width:100%}th,td{border:1px solid #000;padding:3px 6px;font-size:10.5pt}"
            + "th{background:#eee}td.n{text-align:right}tr.anomaly td{font-weight:bold}tr.total td{background:#f5f5f5}"
            + "footer{margin-top:1.5em;font-size:9pt}"
            + "@media print{@page{size:A4 landscape;margin:12mm}tr{page-break-inside:avoid}th{background:none}}";

    private static final String[] COLUMNS = {"号牌", "车辆编号", "使用单位", "车辆类别", "加油次数", "加油量（升）",
        "金额（元）", "行驶里程（公里）", "里程来源", "百公里油耗（升）", "异常", "备注"};

    private DisclosureHtml() {
    }

    /**
     * Writes the page.
     *
     * @param report the disclosure
     * @param title  the page title, such as 某某县机关事务管理局 公务用车单车油耗公示
     * @param asOf   the date the disclosure was prepared
     * @param out    where to write; flushed, not closed
     */
    public static void write(FuelDisclosureReport report, String title, LocalDate asOf, Writer out) {
        StringBuilder b = new StringBuilder(4096);
        b.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(escape(title)).append("</title>\n<style>").append(STYLE).append("</style>\n</head>\n<body>\n");
        b.append("<h1>").append(escape(title)).append("</h1>\n<p class=\"meta\">");
        TreeMap<YearMonth, List<DisclosureRow>> byMonth = report.rows().stream()
                .collect(Collectors.groupingBy(DisclosureRow::month, TreeMap::new, Collectors.toList()));
        if (!byMonth.isEmpty()) {
            b.append("公示期间：").append(month(byMonth.firstKey())).append(" 至 ")
                    .append(month(byMonth.lastKey())).append("　");
        }
        b.append("编制日期：").append(escape(asOf.toString())).append("</p>\n");
        if (byMonth.isEmpty()) {
            b.append("<p>本期无加油记录。</p>\n");
        }
        byMonth.forEach((m, rows) -> table(b, m, rows));
        footer(b, report);
        b.append("</body>\n</html>\n");
        try {
            out.write(b.toString());
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Escapes text for HTML content and attribute values. */
    public static String escape(String text) {
        StringBuilder b = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    private static void table(StringBuilder b, YearMonth m, List<DisclosureRow> rows) {
        b.append("<h2>").append(month(m)).append("</h2>\n<table>\n<thead><tr>");
        for (String c : COLUMNS) {
            b.append("<th>").append(c).append("</th>");
        }
        b.append("</tr></thead>\n<tbody>\n");
        BigDecimal litres = BigDecimal.ZERO;
        BigDecimal amount = BigDecimal.ZERO;
        int refuels = 0;
        for (DisclosureRow r : rows) {
            b.append(r.isAnomaly() ? "<tr class=\"anomaly\">" : "<tr>");
            cell(b, r.plate(), false);
            cell(b, r.vehicleId(), false);
            cell(b, r.agencyId(), false);
            cell(b, r.category().chineseName(), false);
            cell(b, String.valueOf(r.refuels()), true);
            cell(b, r.litres().toPlainString(), true);
            cell(b, r.amountYuan().toPlainString(), true);
            cell(b, r.distance().map(BigDecimal::toPlainString).orElse("—"), true);
            cell(b, source(r.distanceSource()), false);
            cell(b, r.rate().map(BigDecimal::toPlainString).orElse("—"), true);
            cell(b, r.anomaly(), false);
            cell(b, r.note(), false);
            b.append("</tr>\n");
            litres = litres.add(r.litres());
            amount = amount.add(r.amountYuan());
            refuels += r.refuels();
        }
        b.append("<tr class=\"total\"><td colspan=\"4\">合计（").append(rows.size()).append(" 辆）</td>");
        cell(b, String.valueOf(refuels), true);
        cell(b, litres.toPlainString(), true);
        cell(b, amount.toPlainString(), true);
        b.append("<td colspan=\"5\"></td></tr>\n</tbody>\n</table>\n");
    }

    private static void footer(StringBuilder b, FuelDisclosureReport report) {
        b.append("<footer>\n<p>说明：月份按北京时间计。行驶里程来源“行程”为车载终端轨迹识别的行程里程之和，“里程表”为加油时记录的"
                + "里程表读数之差（本月最后读数减上月最后读数）。百公里油耗 = 加油量 ÷ 行驶里程 × 100。</p>\n<p>依据：")
                .append(escape(report.rule().toString())).append("</p>\n");
        if (!report.anomalies().isEmpty()) {
            b.append("<p>本期油耗异常 ").append(report.anomalies().size()).append(" 车次，已加粗标示。</p>\n");
        }
        b.append("</footer>\n");
    }

    private static void cell(StringBuilder b, String text, boolean number) {
        b.append(number ? "<td class=\"n\">" : "<td>").append(escape(text)).append("</td>");
    }

    private static String source(String s) {
        return switch (s) {
            case TripDistance.SOURCE -> "行程";
            case OdometerDistance.SOURCE -> "里程表";
            default -> s;
        };
    }

    private static String month(YearMonth m) {
        return m.getYear() + " 年 " + m.getMonthValue() + " 月";
    }
}
