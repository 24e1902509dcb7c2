package io.github.jiguan.standards.vehicle.ops;

import io.github.jiguan.core.ChinaTime;
import io.github.jiguan.core.finding.Coverage;
import io.github.jiguan.core.finding.Finding;
import io.github.jiguan.core.finding.Subjects;
import io.github.jiguan.core.fleet.CostKind;
import io.github.jiguan.core.fleet.CostRecord;
import io.github.jiguan.core.fleet.Vehicle;
import io.github.jiguan.core.fleet.VehicleFile;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** 一车一档: completeness per vehicle and per unit, expiries, and the designated garage and station. */
final class DossierRules {

    private DossierRules() {
    }

    static List<Finding> run(OpsContext c, List<OperationsReport.UnitCompleteness> units) {
        List<Finding> findings = new ArrayList<>();
        Map<String, List<String>> byUnit = new TreeMap<>();
        Map<String, Integer> counts = new TreeMap<>();
        for (Vehicle v : c.inService()) {
            counts.merge(v.agencyId(), 1, Integer::sum);
            Optional<VehicleFile> file = c.file(v.id());
            List<DossierItem> missing = file.map(f -> missing(f, c.standard.dossierItems()))
                    .orElse(c.standard.dossierItems());
            if (!missing.isEmpty()) {
                byUnit.computeIfAbsent(v.agencyId(), k -> new ArrayList<>()).add(v.id());
                findings.add(OpsContext.about(OpsFindingType.DOSSIER_INCOMPLETE, v, Coverage.on(c.asOf),
                        c.standard.cite("dossier.items", "一车一档：" + items(c.standard.dossierItems())),
                        new OpsEvidence.DossierIncomplete(missing, file.isEmpty())));
            }
            file.ifPresent(f -> {
                f.insuranceExpiry().flatMap(d -> expiry(c, v, OpsEvidence.Document.INSURANCE, d)).ifPresent(findings::add);
                f.inspectionExpiry().flatMap(d -> expiry(c, v, OpsEvidence.Document.INSPECTION, d)).ifPresent(findings::add);
                if (c.standard.designatedEnforced()) {
                    findings.addAll(designated(c, v, f));
                }
            });
        }
        counts.forEach((unit, n) -> {
            List<String> bad = byUnit.getOrDefault(unit, List.of()).stream().sorted().toList();
            units.add(new OperationsReport.UnitCompleteness(unit, n, bad));
            if (!bad.isEmpty()) {
                findings.add(new Finding(OpsFindingType.UNIT_DOSSIERS_INCOMPLETE, Subjects.none().withAgency(unit),
                        Coverage.on(c.asOf), c.standard.cite("dossier.items", "一车一档：单位在用车辆档案齐全"),
                        new OpsEvidence.UnitDossiers(n, bad)));
            }
        });
        return findings;
    }

    static List<DossierItem> missing(VehicleFile f, List<DossierItem> required) {
        List<DossierItem> missing = new ArrayList<>();
        for (DossierItem item : required) {
            boolean present = switch (item) {
                case APPROVAL -> f.approval().isPresent();
                case REGISTRATION -> f.registered().isPresent();
                case INSURANCE -> f.insuranceExpiry().isPresent();
                case INSPECTION -> f.inspectionExpiry().isPresent();
                case DESIGNATED_GARAGE -> f.designatedGarage().isPresent();
                case DESIGNATED_STATION -> f.designatedStation().isPresent();
                case MARKING_PHOTOS -> f.markingPhotos().isPresent();
                case TERMINAL -> f.terminalInstalled().isPresent();
            };
            if (!present) {
                missing.add(item);
            }
        }
        return missing;
    }

    private static String items(List<DossierItem> items) {
        return String.join("、", items.stream().map(DossierItem::chineseName).toList());
    }

    private static Optional<Finding> expiry(OpsContext c, Vehicle v, OpsEvidence.Document doc, LocalDate expiry) {
        long days = ChronoUnit.DAYS.between(c.asOf, expiry);
        int warning = c.standard.warningDays();
        OpsFindingType type = days < 0 ? OpsFindingType.DOCUMENT_EXPIRED
                : days <= warning ? OpsFindingType.DOCUMENT_EXPIRING : null;
        if (type == null) {
            return Optional.empty();
        }
        return Optional.of(OpsContext.about(type, v, Coverage.on(c.asOf),
                c.standard.cite("expiry.warning_days", doc.chinese() + "在有效期内；到期前 " + warning + " 天预警"),
                new OpsEvidence.Expiry(doc, expiry, c.asOf, days, warning)));
    }

    private static List<Finding> designated(OpsContext c, Vehicle v, VehicleFile f) {
        List<Finding> findings = new ArrayList<>();
        for (CostRecord cost : c.costs(v.id())) {
            Optional<String> designated = cost.kind() == CostKind.FUEL ? f.designatedStation()
                    : cost.kind() == CostKind.REPAIR ? f.designatedGarage() : Optional.empty();
            if (designated.isEmpty() || cost.place().isEmpty() || cost.place().equals(designated.get())
                    || ChinaTime.dateOf(cost.time()).isAfter(c.asOf)) {
                continue;
            }
            OpsFindingType type = cost.kind() == CostKind.FUEL ? OpsFindingType.FUEL_OFF_DESIGNATED
                    : OpsFindingType.REPAIR_OFF_DESIGNATED;
            findings.add(OpsContext.about(type, v, Coverage.between(cost.time(), cost.time()),
                    c.standard.cite("designated.enforced", (cost.kind() == CostKind.FUEL ? "定点加油：" : "定点维修：")
                            + designated.get()),
                    new OpsEvidence.OffDesignated(cost.costId(), cost.kind(), cost.time(), cost.place(), designated.get(),
                            cost.amountYuan())));
        }
        return findings;
    }
}
