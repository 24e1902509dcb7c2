package io.github.jiguan.standards.vehicle;

import io.github.jiguan.core.InvalidValueException;
import io.github.jiguan.core.fleet.EnergyType;
import io.github.jiguan.core.fleet.Marking;
import io.github.jiguan.core.fleet.Vehicle;
import io.github.jiguan.core.Checks;
import io.github.jiguan.core.org.AdministrativeLevel;
import io.github.jiguan.standards.source.Citation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The vehicle audit: configuration ceilings, replacement eligibility, marking, quotas and the
 * new-energy share of purchases, each finding citing the document, article and figure it applied.
 * A field a rule needs but the dossier lacks gives a {@link VehicleFindingType#RECORD_INCOMPLETE}
 * finding rather than a silent pass.
 *
 * <p>The result does not depend on the order of the vehicles or quotas. Thread-safe.
 */
public final class VehicleAudit {

    private final VehicleConfigurationStandard configuration;
    private final ReplacementRule replacement;
    private final NewEnergyShareRule newEnergy;

    /** An audit against the given standards. */
    public VehicleAudit(VehicleConfigurationStandard configuration, ReplacementRule replacement,
                        NewEnergyShareRule newEnergy) {
        this.configuration = Checks.notNull("configuration standard", configuration);
        this.replacement = Checks.notNull("replacement rule", replacement);
        this.newEnergy = Checks.notNull("new-energy share rule", newEnergy);
    }

    /** An audit against the national standards as shipped. */
    public static VehicleAudit national() {
        return new VehicleAudit(VehicleConfigurationStandard.national(), ReplacementRule.national(),
                NewEnergyShareRule.national());
    }

    /** The configuration standard applied. */
    public VehicleConfigurationStandard configuration() {
        return configuration;
    }

    /**
     * Audits a fleet as of a date without knowing the units' levels: the new-energy share, which
     * applies by level, is not checked; use {@link #run(List, List, LocalDate, Map)} for it.
     *
     * @param fleet  the vehicles, distinct ids; vehicles out of service on {@code asOf} are audited
     *               for early replacement and counted in their purchase year only
     * @param quotas the units' quotas; a (unit, category) without a quota has none (0)
     * @param asOf   the audit date
     * @return the findings in {@link VehicleFinding#ORDER}
     */
    public List<VehicleFinding> run(List<VehicleDossier> fleet, List<VehicleQuota> quotas, LocalDate asOf) {
        return run(fleet, quotas, asOf, Map.of());
    }

    /**
     * Audits a fleet as of a date, knowing each unit's administrative level, which decides whether
     * the new-energy share applies to it ({@link NewEnergyShareRule#appliesTo}).
     *
     * @param fleet        the vehicles, distinct ids
     * @param quotas       the units' quotas; a (unit, category) without a quota has none (0)
     * @param asOf         the audit date
     * @param agencyLevels the level of each unit by agency id; a unit missing from it is not checked
     *                     for the new-energy share
     * @return the findings in {@link VehicleFinding#ORDER}
     */
    public List<VehicleFinding> run(List<VehicleDossier> fleet, List<VehicleQuota> quotas, LocalDate asOf,
                                    Map<String, AdministrativeLevel> agencyLevels) {
        Checks.notNull("agency levels", agencyLevels);
        Checks.listOf("fleet", fleet);
        Checks.listOf("quotas", quotas);
        Checks.notNull("as of", asOf);
        Set<String> ids = new HashSet<>();
        fleet.forEach(d -> {
            if (!ids.add(d.id())) {
                throw new InvalidValueException("vehicle id", "must not appear twice", d.id());
            }
        });
        List<VehicleFinding> findings = new ArrayList<>();
        for (VehicleDossier d : fleet) {
            boolean inService = d.vehicle().isInServiceOn(asOf);
            if (inService) {
                configuration(d).ifPresent(findings::add);
                marking(d).ifPresent(findings::add);
            }
            replacement(d, asOf).ifPresent(findings::add);
            incomplete(d, inService).ifPresent(findings::add);
        }
        if (configuration.quotaEnforced()) {
            findings.addAll(quotas(fleet, quotas, asOf));
        }
        findings.addAll(newEnergyShare(fleet, asOf, agencyLevels));
        findings.sort(VehicleFinding.ORDER);
        return List.copyOf(findings);
    }

    private Optional<VehicleFinding> configuration(VehicleDossier d) {
        Vehicle v = d.vehicle();
        Ceiling ceiling = configuration.ceiling(v.category(), d.tier())
                .or(() -> configuration.ceiling(v.category(), ConfigurationTier.STANDARD)).orElseThrow();
        List<String> over = new ArrayList<>();
        String tierNote = ceiling.tier() == d.tier() ? "" : "（" + v.category().chineseName() + "无“"
                + d.tier().chineseName() + "”档次，按一般标准核对）";
        Optional<BigDecimal> displacement = v.displacementLitres();
        if (ceiling.displacement().isPresent() && displacement.isPresent()
                && displacement.get().compareTo(ceiling.displacement().get()) > 0) {
            over.add("排气量 " + displacement.get().toPlainString() + " L 超过 " + ceiling.displacement().get().toPlainString() + " L");
        }
        boolean newEnergySaloon = v.energy().map(EnergyType::isNewEnergy).orElse(false);
        BigDecimal priceCeiling = newEnergySaloon ? ceiling.priceYuan().max(configuration.newEnergySaloonPrice())
                : ceiling.priceYuan();
        if (v.priceYuan().isPresent() && v.priceYuan().get().compareTo(priceCeiling) > 0) {
            over.add("价格 " + v.priceYuan().get().toPlainString() + " 元超过 " + priceCeiling.toPlainString() + " 元"
                    + (newEnergySaloon && priceCeiling.compareTo(ceiling.priceYuan()) > 0 ? "（新能源轿车上限）" : ""));
        }
        if (over.isEmpty()) {
            return Optional.empty();
        }
        boolean byNewEnergy = newEnergySaloon && priceCeiling.compareTo(ceiling.priceYuan()) > 0 && over.size() == 1
                && over.get(0).startsWith("价格");
        return Optional.of(finding(VehicleFindingType.OVER_CONFIGURATION_STANDARD, v, "",
                describe(v) + "：" + String.join("；", over) + tierNote,
                byNewEnergy ? configuration.newEnergySaloonRule() : ceiling.rule()));
    }

    private Optional<VehicleFinding> marking(VehicleDossier d) {
        Vehicle v = d.vehicle();
        if (v.marking().orElse(null) != Marking.UNMARKED || !configuration.markingRequired(v.category())) {
            return Optional.empty();
        }
        return Optional.of(finding(VehicleFindingType.MARKING_MISSING, v, "",
                describe(v) + " 未喷涂统一标识，且无免于标识的批准", configuration.markingRule(v.category())));
    }

    private Optional<VehicleFinding> replacement(VehicleDossier d, LocalDate asOf) {
        Vehicle v = d.vehicle();
        if (v.purchaseDate().isEmpty()) {
            return Optional.empty();
        }
        LocalDate bought = v.purchaseDate().get();
        Optional<LocalDate> left = v.inServiceUntil().filter(u -> !u.isAfter(asOf));
        LocalDate on = left.orElse(asOf);
        boolean eligible = replacement.isEligible(bought, d.odometerKm(), on);
        String served = "购置于 " + bought + "，至 " + on + " 已使用 " + years(bought, on) + "，里程 "
                + d.odometer().map(k -> k.toPlainString() + " 公里").orElse("未知");
        if (left.isPresent() && !eligible) {
            return Optional.of(finding(VehicleFindingType.EARLY_REPLACEMENT, v, "", describe(v) + " 于 " + left.get()
                    + " 退出使用（更新），" + served + "，未达更新条件（满 " + replacement.eligibleFrom(bought) + "）",
                    replacement.rule()));
        }
        if (left.isEmpty() && eligible) {
            return Optional.of(finding(VehicleFindingType.REPLACEMENT_ELIGIBLE, v, "", describe(v) + " " + served
                    + "，自 " + replacement.eligibleFrom(bought) + " 起符合更新年限", replacement.rule()));
        }
        return Optional.empty();
    }

    private Optional<VehicleFinding> incomplete(VehicleDossier d, boolean inService) {
        Vehicle v = d.vehicle();
        List<String> missing = new ArrayList<>();
        if (v.purchaseDate().isEmpty()) {
            missing.add("购置日期（无法核对更新年限和新能源比例）");
        }
        if (inService && v.priceYuan().isEmpty()) {
            missing.add("价格（无法核对配备标准）");
        }
        if (inService && v.displacementLitres().isEmpty() && v.energy().map(EnergyType::hasDisplacement).orElse(true)) {
            missing.add("排气量（无法核对配备标准）");
        }
        if (v.energy().isEmpty()) {
            missing.add("能源类型（无法核对新能源比例）");
        }
        if (inService && v.marking().isEmpty()) {
            missing.add("标识情况（无法核对标识化）");
        }
        if (replacement.minKm().isPresent() && d.odometer().isEmpty() && v.purchaseDate().isPresent()) {
            missing.add("里程（无法核对更新里程条件）");
        }
        if (missing.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(finding(VehicleFindingType.RECORD_INCOMPLETE, v, "", describe(v) + " 档案缺少："
                + String.join("、", missing), configuration.disclosureRule("一车一档：配备、使用、处置信息应完整登记")));
    }

    private List<VehicleFinding> quotas(List<VehicleDossier> fleet, List<VehicleQuota> quotas, LocalDate asOf) {
        Map<String, Integer> quota = new HashMap<>();
        for (VehicleQuota q : quotas) {
            if (quota.put(q.agencyId() + "|" + q.category(), q.quota()) != null) {
                throw new InvalidValueException("quota", "is given twice for " + q.agencyId() + " " + q.category(),
                        q.quota());
            }
        }
        Map<String, List<Vehicle>> held = new TreeMap<>();
        fleet.stream().map(VehicleDossier::vehicle).filter(v -> v.isInServiceOn(asOf))
                .forEach(v -> held.computeIfAbsent(v.agencyId() + "|" + v.category(), k -> new ArrayList<>()).add(v));
        List<VehicleFinding> findings = new ArrayList<>();
        held.forEach((key, vehicles) -> {
            int allowed = quota.getOrDefault(key, 0);
            if (vehicles.size() > allowed) {
                Vehicle first = vehicles.get(0);
                String ids = vehicles.stream().map(Vehicle::id).sorted().collect(Collectors.joining("、"));
                findings.add(new VehicleFinding(VehicleFindingType.OVER_QUOTA, "", first.agencyId(), "",
                        "单位 " + first.agencyId() + " " + first.category().chineseName() + " 在用 " + vehicles.size()
                                + " 辆（" + ids + "），编制 " + allowed + " 辆" + (quota.containsKey(key) ? "" : "（无编制记录）")
                                + "，超出 " + (vehicles.size() - allowed) + " 辆",
                        configuration.quotaRule("按编制配备：" + first.category().chineseName() + " " + allowed + " 辆")));
            }
        });
        return findings;
    }

    private List<VehicleFinding> newEnergyShare(List<VehicleDossier> fleet, LocalDate asOf,
                                                Map<String, AdministrativeLevel> agencyLevels) {
        int from = newEnergy.effective().getYear();
        Map<String, List<Vehicle>> bought = new TreeMap<>();
        for (VehicleDossier d : fleet) {
            Vehicle v = d.vehicle();
            if (!newEnergy.appliesTo(agencyLevels.get(v.agencyId()))) {
                continue;
            }
            v.purchaseDate().filter(p -> p.getYear() >= from && !p.isAfter(asOf)).ifPresent(p ->
                    bought.computeIfAbsent(v.agencyId() + "|" + p.getYear(), k -> new ArrayList<>()).add(v));
        }
        List<VehicleFinding> findings = new ArrayList<>();
        bought.forEach((key, vehicles) -> {
            String agency = key.substring(0, key.lastIndexOf('|'));
            int year = Integer.parseInt(key.substring(key.lastIndexOf('|') + 1));
            int ne = (int) vehicles.stream().filter(v -> v.energy().map(EnergyType::isNewEnergy).orElse(false)).count();
            if (!newEnergy.isMet(ne, vehicles.size())) {
                String toDate = year == asOf.getYear() ? "（截至 " + asOf + "）" : "";
                findings.add(new VehicleFinding(VehicleFindingType.NEW_ENERGY_SHARE_BELOW_TARGET, "", agency,
                        String.valueOf(year), "单位 " + agency + " " + year + " 年购置 " + vehicles.size() + " 辆" + toDate
                                + "，其中新能源 " + ne + " 辆，比例低于 "
                                + newEnergy.minShare().movePointRight(2).stripTrailingZeros().toPlainString() + "%",
                        newEnergy.rule()));
            }
        });
        return findings;
    }

    private static VehicleFinding finding(VehicleFindingType type, Vehicle v, String period, String detail,
                                          Citation rule) {
        return new VehicleFinding(type, v.id(), v.agencyId(), period, detail, rule);
    }

    static String describe(Vehicle v) {
        return v.plate().display() + "（" + v.id() + "，" + v.category().chineseName() + "）";
    }

    private static String years(LocalDate from, LocalDate to) {
        Period p = Period.between(from, to);
        return p.getYears() + " 年 " + p.getMonths() + " 个月";
    }
}
