package io.github.jiguan.standards.vehicle.ops;

import io.github.jiguan.core.finding.Finding;
import io.github.jiguan.core.finding.Language;
import io.github.jiguan.core.finding.Prose;
import io.github.jiguan.core.fleet.DispatchOrder;
import io.github.jiguan.core.fleet.Vehicle;
import io.github.jiguan.core.track.Trip;
import java.util.List;

/**
 * Writes a {@link ComplaintAnswer} as one printable, self-contained HTML page (A4 portrait, no
 * scripts or external files) that an inspector attaches to the reply: the complaint, the verdict,
 * the vehicle, trip, order and driver, the findings with their rules, and the trajectory excerpt.
 * All text is HTML-escaped. Stateless; thread-safe.
 */
public final class ComplaintHtml {

    private static final String STYLE = "body{font-family:\"SimSun\",\"Songti SC\",\"Noto Serif CJK SC\",serif;margin:2em}"
            + "h1{text-align:center;font-size:18pt}table{border-collapse:collapse;width:100%;margin:.6em 0}"
            + "th,td{border:1px solid #000;padding:3px 6px;font-size:10.5pt;text-align:left}th{background:#eee;width:22%}"
            + "p.verdict{font-size:14pt;font-weight:bold}footer{font-size:9pt;margin-top:1.5em}"
            + "@media print{@page{size:A4;margin:15mm}th{background:none}}";
    private static final int EXCERPT_ROWS = 60;

    private ComplaintHtml() {
    }

    /** The page, in Chinese. */
    public static String of(ComplaintAnswer a) {
        Language l = Language.ZH;
        StringBuilder b = new StringBuilder(8192);
        b.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n<title>12345 投诉核查 ")
                .append(e(a.complaint().plate().display())).append("</title>\n<style>").append(STYLE)
                .append("</style>\n</head>\n<body>\n<h1>公务用车投诉核查单</h1>\n<table>\n");
        row(b, "投诉号牌", a.complaint().plate().display());
        row(b, "投诉时间", Prose.time(a.complaint().time()));
        row(b, "投诉地点", a.complaint().near().map(p -> p.latitude() + ", " + p.longitude()).orElse("未提供"));
        row(b, "受理时间", Prose.time(a.complaint().received()));
        row(b, "办结期限", Prose.time(a.deadline()) + "（" + a.deadlineRule() + "）");
        b.append("</table>\n<p class=\"verdict\">核查结论：").append(e(a.verdict().chinese())).append("</p>\n<table>\n");
        a.vehicle().ifPresent(v -> vehicle(b, v));
        a.trip().ifPresent(t -> trip(b, t, l));
        a.nearMetres().ifPresent(m -> row(b, "与投诉地点距离", Prose.metres(m)));
        row(b, "派车单", a.order().map(ComplaintHtml::order).orElse(a.trip().isPresent() ? "无（有轨迹无订单）" : "—"));
        row(b, "驾驶员", a.driver().map(d -> d.name() + "（" + d.id() + "）").or(() -> a.driverId()).orElse("未知")
                + switch (a.driverSource()) {
                    case ORDER -> "　据派车单";
                    case ASSIGNED -> "　据车辆专职驾驶员登记";
                    case NONE -> "";
                });
        b.append("</table>\n");
        findings(b, a.findings(), l);
        excerpt(b, a.excerpt());
        b.append("<footer>本核查单由 Jiguan 根据车辆名册、派车单、驾驶员名册与车载终端定位数据生成。</footer>\n</body>\n</html>\n");
        return b.toString();
    }

    private static void vehicle(StringBuilder b, Vehicle v) {
        row(b, "车辆", v.plate().display() + "（" + v.id() + "，" + v.category().chineseName() + "）");
        row(b, "使用单位", v.agencyId());
    }

    private static void trip(StringBuilder b, Trip t, Language l) {
        row(b, "行程", Prose.span(t.start(), t.end()) + "，" + Prose.km(t.distanceMetres()) + "，历时 " + Prose.duration(t.duration(), l));
    }

    private static String order(DispatchOrder o) {
        return o.orderId() + "：" + Prose.span(o.windowStart(), o.windowEnd()) + (o.destination().isEmpty() ? "" : "，目的地 "
                + o.destination()) + (o.purpose().isEmpty() ? "" : "，事由 " + o.purpose())
                + o.driverId().map(d -> "，驾驶员 " + d).orElse("");
    }

    private static void findings(StringBuilder b, List<Finding> findings, Language l) {
        b.append("<h2>相关问题</h2>\n");
        if (findings.isEmpty()) {
            b.append("<p>无。</p>\n");
            return;
        }
        b.append("<table>\n<tr><th>类型</th><th>情况</th><th>依据</th></tr>\n");
        for (Finding f : findings) {
            b.append("<tr><td>").append(e(f.type().chineseName())).append("</td><td>").append(e(f.sentence(l)))
                    .append("</td><td>").append(e(f.rule().toString())).append("</td></tr>\n");
        }
        b.append("</table>\n");
    }

    private static void excerpt(StringBuilder b, List<ComplaintAnswer.Position> excerpt) {
        b.append("<h2>轨迹摘录</h2>\n");
        if (excerpt.isEmpty()) {
            b.append("<p>该时段无定位数据。</p>\n");
            return;
        }
        int step = Math.max(1, (excerpt.size() + EXCERPT_ROWS - 1) / EXCERPT_ROWS);
        b.append("<p>共 ").append(excerpt.size()).append(" 个定位点").append(step > 1 ? "，每 " + step + " 点列一点" : "")
                .append("。</p>\n<table>\n<tr><th>时间</th><th>纬度</th><th>经度</th></tr>\n");
        for (int i = 0; i < excerpt.size(); i += step) {
            ComplaintAnswer.Position p = excerpt.get(i);
            b.append("<tr><td>").append(e(Prose.time(p.time()))).append("</td><td>").append(p.latitude())
                    .append("</td><td>").append(p.longitude()).append("</td></tr>\n");
        }
        b.append("</table>\n");
    }

    private static void row(StringBuilder b, String head, String value) {
        b.append("<tr><th>").append(e(head)).append("</th><td>").append(e(value)).append("</td></tr>\n");
    }

    /** Escapes text for HTML content. */
    private static String e(String text) {
        StringBuilder b = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
