package io.github.jiguan.standards.office.ledger;

import static io.github.jiguan.standards.fuel.DisclosureHtml.escape;

import io.github.jiguan.core.Checks;
import io.github.jiguan.core.finding.Finding;
import io.github.jiguan.core.finding.Language;
import io.github.jiguan.core.office.Area;
import io.github.jiguan.core.office.DocumentRecord;
import io.github.jiguan.core.office.Lease;
import io.github.jiguan.core.office.OfficeLedger;
import io.github.jiguan.core.office.PropertyEvent;
import io.github.jiguan.core.office.RoomRecord;
import io.github.jiguan.core.office.RoomUse;
import io.github.jiguan.core.office.UnitRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.TreeSet;

/**
 * Writes one unit's ledger (一单位一档) as a printable, self-contained HTML page (no scripts, no
 * external files; A4 portrait when printed): the unit, its rooms by building and floor, the
 * property right and safety of each building it uses, its documents, its leases, its water and
 * energy, its findings with their rules, and the file (一房一档) of each building. All text is
 * HTML-escaped. Stateless; thread-safe.
 */
public final class UnitLedgerHtml {

    private static final String STYLE = "body{font-family:\"SimSun\",\"Songti SC\",\"Noto Serif CJK SC\",serif;"
            + "margin:2em;color:#000}h1{text-align:center;font-size:20pt;margin-bottom:.2em}"
            + "p.meta{text-align:center;margin-top:0}h2{font-size:14pt;margin:1.2em 0 .4em}"
            + "table{border-collapse:collapse;width:100%}th,td{border:1px solid #000;padding:3px 6px;font-size:10.5pt}"
            + "th{background:#eee}td.n{text-align:right}"
            + "@media print{@page{size:A4 portrait;margin:12mm}tr{page-break-inside:avoid}th{background:none}}";

    private UnitLedgerHtml() {
    }

    /**
     * Writes the page of one unit.
     *
     * @param ledger   the ledger
     * @param report   the audit of it
     * @param agencyId the unit
     * @param language the language of the findings' sentences
     * @param out      where to write; flushed, not closed
     */
    public static void write(OfficeLedger ledger, LedgerReport report, String agencyId, Language language, Writer out) {
        Checks.notNull("ledger", ledger);
        UnitRecord u = ledger.units().get(agencyId);
        String name = u == null ? agencyId : u.name();
        StringBuilder b = new StringBuilder(8192);
        b.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(escape(name)).append(" 办公用房档案</title>\n<style>").append(STYLE)
                .append("</style>\n</head>\n<body>\n<h1>").append(escape(name)).append(" 办公用房档案（一单位一档）</h1>\n")
                .append("<p class=\"meta\">单位编号：").append(escape(agencyId)).append("　核查日期：")
                .append(report.asOf()).append("</p>\n");
        List<RoomRecord> rooms = ledger.roomsOf(agencyId);
        unit(b, u, rooms);
        rooms(b, ledger, rooms);
        TreeSet<String> buildings = new TreeSet<>();
        rooms.forEach(r -> buildings.add(r.buildingId()));
        titles(b, ledger, buildings);
        documents(b, ledger.documentsOfUnit(agencyId));
        leases(b, ledger.leasesOf(agencyId));
        energy(b, report.energy().stream().filter(e -> e.agencyId().equals(agencyId)).toList());
        findings(b, report.findingsOf(agencyId), language);
        for (String id : buildings) {
            history(b, id, ledger.history(id));
        }
        b.append("</body>\n</html>\n");
        try {
            out.write(b.toString());
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void unit(StringBuilder b, UnitRecord u, List<RoomRecord> rooms) {
        Area used = rooms.stream().filter(r -> r.room().use() == RoomUse.OFFICE || r.room().use() == RoomUse.SERVICE)
                .map(r -> r.room().usableArea()).reduce(Area.ZERO, Area::plus);
        b.append("<h2>一、单位基本情况</h2>\n<table>\n");
        row(b, "th", "所属县（区）", "编制人数", "核定面积（m²）", "办公及服务用房（m²）", "房间数");
        row(b, "td", u == null ? "（单位信息缺失）" : u.county(), u == null ? "—" : String.valueOf(u.persons()),
                u == null ? "—" : u.approvedArea().toString(), used.toString(), String.valueOf(rooms.size()));
        b.append("</table>\n");
    }

    private static void rooms(StringBuilder b, OfficeLedger ledger, List<RoomRecord> rooms) {
        b.append("<h2>二、用房明细</h2>\n<table>\n");
        row(b, "th", "建筑", "楼层", "房间", "用途", "使用面积（m²）", "状态", "使用人");
        for (RoomRecord r : rooms) {
            String building = ledger.building(r.buildingId()).map(x -> x.name() + "（" + x.id() + "）").orElse(r.buildingId());
            row(b, "td", building, r.floor(), r.id(), r.room().use().chineseName(), r.room().usableArea().toString(),
                    r.room().status().chineseName(), String.join("、", r.room().occupantIds()));
        }
        b.append("</table>\n");
    }

    private static void titles(StringBuilder b, OfficeLedger ledger, TreeSet<String> ids) {
        b.append("<h2>三、权属与安全</h2>\n<table>\n");
        row(b, "th", "建筑", "用途", "建筑面积（m²）", "权属", "权利人", "证书号", "证载面积（m²）", "测绘日期", "安全鉴定");
        for (String id : ids) {
            ledger.building(id).ifPresentOrElse(x -> row(b, "td", x.name() + "（" + x.id() + "）", x.use().chineseName(),
                    x.grossArea().toString(), x.title().status().chineseName() + (x.title().reason().isEmpty() ? ""
                            : "（" + x.title().reason() + "）"), x.title().holder(), x.title().certificateNumber(),
                    x.title().certificateAreaIfAny().map(Area::toString).orElse("—"),
                    x.title().surveyedOn() == null ? "—" : x.title().surveyedOn().toString(),
                    x.latestAppraisal().map(a -> a.grade().chineseName() + " " + a.date()).orElse("未鉴定")),
                    () -> row(b, "td", id, "（建筑信息缺失）", "", "", "", "", "", "", ""));
        }
        b.append("</table>\n");
    }

    private static void documents(StringBuilder b, List<DocumentRecord> docs) {
        b.append("<h2>四、档案材料</h2>\n<table>\n");
        row(b, "th", "类别", "文号", "日期", "有效期至");
        docs.forEach(d -> row(b, "td", d.kind().chineseName(), d.number(), d.issuedOn().toString(),
                d.expiry().map(Object::toString).orElse("长期")));
        if (docs.isEmpty()) {
            b.append("<tr><td colspan=\"4\">无</td></tr>\n");
        }
        b.append("</table>\n");
    }

    private static void leases(StringBuilder b, List<Lease> leases) {
        b.append("<h2>五、出租出借与租用</h2>\n<table>\n");
        row(b, "th", "编号", "方向", "建筑", "面积（m²）", "对方", "起", "止", "年租金（元）", "审批");
        leases.forEach(l -> row(b, "td", l.id(), l.direction().chineseName(), l.buildingId(), l.area().toString(),
                l.counterparty(), l.start().toString(), l.end().toString(), l.annualRentYuan().toPlainString(),
                l.isApproved() ? l.approvalNumber() : "未审批"));
        if (leases.isEmpty()) {
            b.append("<tr><td colspan=\"9\">无</td></tr>\n");
        }
        b.append("</table>\n");
    }

    private static void energy(StringBuilder b, List<EnergyFigure> figures) {
        b.append("<h2>六、能源资源消耗</h2>\n<table>\n");
        row(b, "th", "年度", "建筑", "人数", "建筑面积（m²）", "用水（吨）", "人均用水（吨）", "能耗（kgce）", "单位面积能耗（kgce/m²）");
        figures.forEach(e -> row(b, "td", String.valueOf(e.year()), e.buildingId().isEmpty() ? "全部" : e.buildingId(),
                String.valueOf(e.persons()), e.floorArea().toString(), e.waterTonnes().toPlainString(),
                e.waterPerHead().toPlainString(), e.kgce().setScale(2, java.math.RoundingMode.HALF_UP).toPlainString(),
                e.kgcePerSquareMetre().toPlainString()));
        if (figures.isEmpty()) {
            b.append("<tr><td colspan=\"8\">无</td></tr>\n");
        }
        b.append("</table>\n");
    }

    private static void findings(StringBuilder b, List<Finding> findings, Language language) {
        b.append("<h2>七、核查发现</h2>\n<table>\n");
        row(b, "th", "七个统一", "问题", "情况", "依据");
        findings.stream().sorted(java.util.Comparator.comparing(f -> unification(f))).forEach(f -> row(b, "td",
                unification(f).chineseName(), f.type().chineseName(), f.sentence(language), f.rule().toString()));
        if (findings.isEmpty()) {
            b.append("<tr><td colspan=\"4\">未发现问题</td></tr>\n");
        }
        b.append("</table>\n");
    }

    private static Unification unification(Finding f) {
        return f.type() instanceof LedgerFindingType t ? t.unification() : Unification.ALLOCATION;
    }

    private static void history(StringBuilder b, String buildingId, List<PropertyEvent> events) {
        b.append("<h2>一房一档：").append(escape(buildingId)).append("</h2>\n<table>\n");
        row(b, "th", "日期", "事项", "编号", "内容");
        events.forEach(e -> row(b, "td", e.date().toString(), e.kind().name(), e.referenceId(), e.detail()));
        if (events.isEmpty()) {
            b.append("<tr><td colspan=\"4\">无记录</td></tr>\n");
        }
        b.append("</table>\n");
    }

    private static void row(StringBuilder b, String cell, String... values) {
        b.append("<tr>");
        for (String v : values) {
            b.append('<').append(cell).append('>').append(escape(v)).append("</").append(cell).append('>');
        }
        b.append("</tr>\n");
    }
}
