package io.github.jiguan.standards.office;

import io.github.jiguan.core.finding.Finding;
import io.github.jiguan.core.finding.Language;
import io.github.jiguan.core.finding.Prose;
import java.util.ArrayList;
import java.util.List;

/** The sentences of the office-space audit's findings, in Chinese and English, made from their evidence. */
final class OfficeProse {

    private OfficeProse() {
    }

    static String sentence(OfficeFindingType type, Finding f, Language l) {
        String who = f.subjects().personLabel();
        String rooms = Prose.list(f.subjects().roomIds(), l);
        String room = f.subjects().roomIds().isEmpty() ? "" : f.subjects().roomIds().get(0);
        String unit = f.subjects().agencyId().orElse("");
        return switch (type) {
            case OFFICE_OVER_STANDARD -> {
                OfficeEvidence.OverStandard e = f.evidence(OfficeEvidence.OverStandard.class);
                yield l.pick("房间 " + room + " 使用面积 " + Prose.area(e.usableArea()) + "，" + who + "（"
                                + e.grade().chineseName() + "）的标准为 " + Prose.area(e.standard()) + "，超出 "
                                + Prose.area(e.excess()),
                        "Room " + room + " measures " + Prose.area(e.usableArea()) + ", " + Prose.area(e.excess())
                                + " above the " + Prose.area(e.standard()) + " standard of " + who + " ("
                                + Prose.words(e.grade()) + ")");
            }
            case SHARED_OFFICE_OVER_STANDARD -> {
                OfficeEvidence.SharedOverStandard e = f.evidence(OfficeEvidence.SharedOverStandard.class);
                List<String> parts = new ArrayList<>();
                e.shares().forEach(s -> parts.add(s.personId() + " " + Prose.area(s.standard())));
                yield l.pick("合用房间 " + room + " 使用面积 " + Prose.area(e.usableArea()) + "，" + e.shares().size()
                                + " 人标准之和 " + Prose.area(e.standardSum()) + "（" + Prose.list(parts, l) + "），超出 "
                                + Prose.area(e.excess()),
                        "Shared room " + room + " measures " + Prose.area(e.usableArea()) + ", " + Prose.area(e.excess())
                                + " above the " + Prose.area(e.standardSum()) + " sum of its " + e.shares().size()
                                + " occupants' standards (" + Prose.list(parts, l) + ")");
            }
            case MULTIPLE_OFFICES -> multiple(who, f.evidence(OfficeEvidence.MultipleOffices.class), l);
            case NOT_VACATED -> {
                OfficeEvidence.NotVacated e = f.evidence(OfficeEvidence.NotVacated.class);
                yield l.pick(who + "于 " + e.since() + " " + e.status().chineseName() + "，应于 " + e.deadline()
                                + " 前腾退办公用房，至 " + e.asOf() + " 仍使用房间 " + room + "（" + Prose.area(e.usableArea()) + "）",
                        who + " " + Prose.words(e.status()) + " on " + e.since() + " and should have vacated by "
                                + e.deadline() + ", but still uses room " + room + " (" + Prose.area(e.usableArea())
                                + ") on " + e.asOf());
            }
            case LEASED_OUT -> {
                OfficeEvidence.RoomState e = f.evidence(OfficeEvidence.RoomState.class);
                yield l.pick("单位 " + unit + " 的房间 " + room + "（" + e.use().chineseName() + "，"
                                + Prose.area(e.usableArea()) + "）出租出借",
                        "Room " + room + " of unit " + unit + " (" + Prose.words(e.use()) + ", "
                                + Prose.area(e.usableArea()) + ") is let or lent out");
            }
            case IDLE_ROOM -> {
                OfficeEvidence.RoomState e = f.evidence(OfficeEvidence.RoomState.class);
                boolean vacant = e.reason() == OfficeEvidence.Reason.OFFICE_WITHOUT_OCCUPANT;
                yield l.pick("单位 " + unit + " 的房间 " + room + "（" + e.use().chineseName() + "，"
                                + Prose.area(e.usableArea()) + "）" + (vacant ? "登记为在用的办公室但无使用人" : "闲置"),
                        "Room " + room + " of unit " + unit + " (" + Prose.words(e.use()) + ", "
                                + Prose.area(e.usableArea()) + ") " + (vacant ? "is an office in use with no occupant"
                                : "is idle"));
            }
            case UNIT_OVER_APPROVED_AREA -> {
                OfficeEvidence.UnitOverApproved e = f.evidence(OfficeEvidence.UnitOverApproved.class);
                yield l.pick("单位 " + unit + " 办公室用房 " + Prose.area(e.office()) + " + 服务用房 " + Prose.area(e.service())
                                + " = " + Prose.area(e.inUse()) + "，超过核定的 A+B " + Prose.area(e.approved().officeAndService())
                                + "，超出 " + Prose.area(e.excess()) + "（" + e.approved().headcount() + " 人）",
                        "Unit " + unit + " uses " + Prose.area(e.office()) + " of offices and " + Prose.area(e.service())
                                + " of service rooms, " + Prose.area(e.inUse()) + " in all, above its approved A+B of "
                                + Prose.area(e.approved().officeAndService()) + " by " + Prose.area(e.excess()) + " ("
                                + e.approved().headcount() + " staff)");
            }
            case UNKNOWN_OCCUPANT -> {
                OfficeEvidence.UnknownOccupant e = f.evidence(OfficeEvidence.UnknownOccupant.class);
                yield l.pick("房间 " + room + " 登记的使用人 " + Prose.list(e.unknownPersonIds(), l)
                                + " 不在人员名册中，无法核对其面积标准",
                        "Room " + room + " names occupants not on the persons register (" + Prose.list(e.unknownPersonIds(), l)
                                + "), so their standard cannot be checked");
            }
        };
    }

    private static String multiple(String who, OfficeEvidence.MultipleOffices e, Language l) {
        List<String> held = new ArrayList<>();
        e.offices().forEach(o -> held.add(l.pick(o.roomId() + "（" + o.agencyId() + "，" + Prose.area(o.usableArea()) + "）",
                o.roomId() + " (" + o.agencyId() + ", " + Prose.area(o.usableArea()) + ")")));
        List<String> problems = new ArrayList<>();
        if (e.inMainUnit() > e.allowedInMainUnit()) {
            problems.add(l.pick("主要任职单位 " + e.mainUnit() + " 内 " + e.inMainUnit() + " 处",
                    e.inMainUnit() + " in the main unit " + e.mainUnit()));
        }
        if (e.elsewhere() > 0) {
            problems.add(l.pick(e.elsewhere() + " 处不在主要任职单位或经批准的兼职单位",
                    e.elsewhere() + " outside the main unit and any approved concurrent post"));
        }
        if (e.inSecondUnit() > e.allowedInSecondUnit()) {
            problems.add(l.pick("兼职单位 " + e.secondUnit() + " 内 " + e.inSecondUnit() + " 处",
                    e.inSecondUnit() + " in the concurrent unit " + e.secondUnit()));
        }
        for (String r : e.secondOfficesNotSmaller()) {
            problems.add(l.pick("兼职单位办公室 " + r + " 不小于标准 " + Prose.area(e.standard()),
                    "second office " + r + " not smaller than the standard " + Prose.area(e.standard())));
        }
        return l.pick(who + "占用 " + e.offices().size() + " 处办公室：" + Prose.list(held, l) + "；"
                        + String.join("；", problems),
                who + " holds " + e.offices().size() + " offices: " + Prose.list(held, l) + "; "
                        + String.join("; ", problems));
    }
}
