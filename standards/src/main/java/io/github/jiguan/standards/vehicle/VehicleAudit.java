package io.github.jiguan.standards.vehicle;

import io.github.jiguan.core.InvalidValueException;
import io.github.jiguan.core.fleet.EnergyType;
import io.github.jiguan.core.fleet.Marking;
import io.github.jiguan.core.fleet.Vehicle;
import io.github.jiguan.core.Checks;
import io.github.jiguan.core.org.AdministrativeLevel;
import io.github.jiguan.core.finding.Citation;
import io.github.jiguan.core.finding.Coverage;
import io.github.jiguan.core.finding.Evidence;
import io.github.jiguan.core.finding.Finding;
import io.github.jiguan.core.finding.Subjects;
import java.util.Comparator;
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

    /**
     * The order of the audit's findings, on typed fields: type, unit, vehicle, then the span covered.
     */
    public static final Comparator<Finding> REPORT_ORDER = Comparator
            .comparing((Finding f) -> (VehicleFindingType) f.type())
            .thenComparing(f -> f.subjects().agencyId().orElse(""))
            .thenComparing(f -> f.subjects().vehicleId().orElse(""))
            .thenComparing(f -> f.coverage().start());

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
     * @return the findings in {@link VehicleAudit#REPORT_ORDER}
     */
    public List<Finding> run(List<VehicleDossier> fleet, List<VehicleQuota> quotas, LocalDate asOf) {
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
     * @return the findings in {@link VehicleAudit#REPORT_ORDER}
     */
    public List<Finding> run(List<VehicleDossier> fleet, List<VehicleQuota> quotas, LocalDate asOf,
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
        List<Finding> findings = new ArrayList<>();
        for (VehicleDossier d : fleet) {
            boolean inService = d.vehicle().isInServiceOn(asOf);
            if (inService) {
                configuration(d, asOf).ifPresent(findings::add);
                marking(d, asOf).ifPresent(findings::add);
            }
            replacement(d, asOf).ifPresent(findings::add);
            incomplete(d, inService, asOf).ifPresent(findings::add);
        }
        if (configuration.quotaEnforced()) {
            findings.addAll(quotas(fleet, quotas, asOf));
        }
        findings.addAll(newEnergyShare(fleet, asOf, agencyLevels));
        findings.sort(REPORT_ORDER);
        return List.copyOf(findings);
    }

    private Optional<Finding> configuration(VehicleDossier d, LocalDate asOf) {
        Vehicle v = d.vehicle();
        Ceiling ceiling = configuration.ceiling(v.category(), d.tier())
                .or(() -> configuration.ceiling(v.category(), ConfigurationTier.STANDARD)).orElseThrow();
        Optional<BigDecimal> displacement = v.displacementLitres();
        boolean displacementOver = ceiling.displacement().isPresent() && displacement.isPresent()
                && displacement.get().compareTo(ceiling.displacement().get()) > 0;
        boolean newEnergySaloon = v.energy().map(EnergyType::isNewEnergy).orElse(false);
        BigDecimal priceCeiling = newEnergySaloon ? ceiling.priceYuan().max(configuration.newEnergySaloonPrice())
                : ceiling.priceYuan();
        boolean byNewEnergy = newEnergySaloon && priceCeiling.compareTo(ceiling.priceYuan()) > 0;
        boolean priceOver = v.priceYuan().isPresent() && v.priceYuan().get().compareTo(priceCeiling) > 0;
        if (!displacementOver && !priceOver) {
            return Optional.empty();
        }
        return Optional.of(finding(VehicleFindingType.OVER_CONFIGURATION_STANDARD, v, Coverage.on(asOf),
                byNewEnergy && priceOver && !displacementOver ? configuration.newEnergySaloonRule() : ceiling.rule(),
                new VehicleEvidence.OverConfiguration(v.category(), d.tier(), ceiling.tier(), displacement,
                        ceiling.displacement(), v.priceYuan(), priceCeiling, byNewEnergy, displacementOver, priceOver)));
    }

    private Optional<Finding> marking(VehicleDossier d, LocalDate asOf) {
        Vehicle v = d.vehicle();
        if (v.marking().orElse(null) != Marking.UNMARKED || !configuration.markingRequired(v.category())) {
            return Optional.empty();
        }
        return Optional.of(finding(VehicleFindingType.MARKING_MISSING, v, Coverage.on(asOf),
                configuration.markingRule(v.category()), new VehicleEvidence.MarkingMissing(v.category(), Marking.UNMARKED)));
    }

    private Optional<Finding> replacement(VehicleDossier d, LocalDate asOf) {
        Vehicle v = d.vehicle();
        if (v.purchaseDate().isEmpty()) {
            return Optional.empty();
        }
        LocalDate bought = v.purchaseDate().get();
        Optional<LocalDate> left = v.inServiceUntil().filter(u -> !u.isAfter(asOf));
        LocalDate on = left.orElse(asOf);
        boolean eligible = replacement.isEligible(bought, d.odometerKm(), on);
        Period served = Period.between(bought, on);
        VehicleEvidence.Replacement e = new VehicleEvidence.Replacement(bought, on, served.getYears(),
                served.getMonths(), d.odometer(), replacement.eligibleFrom(bought), left.isPresent());
        if (left.isPresent() && !eligible) {
            return Optional.of(finding(VehicleFindingType.EARLY_REPLACEMENT, v, Coverage.on(left.get()),
                    replacement.rule(), e));
        }
        if (left.isEmpty() && eligible) {
            return Optional.of(finding(VehicleFindingType.REPLACEMENT_ELIGIBLE, v, Coverage.on(asOf), replacement.rule(), e));
        }
        return Optional.empty();
    }

    private Optional<Finding> incomplete(VehicleDossier d, boolean inService, LocalDate asOf) {
        Vehicle v = d.vehicle();
        List<VehicleEvidence.Field> missing = new ArrayList<>();
        if (v.purchaseDate().isEmpty()) {
            missing.add(VehicleEvidence.Field.PURCHASE_DATE);
        }
        if (inService && v.priceYuan().isEmpty()) {
            missing.add(VehicleEvidence.Field.PRICE);
        }
        if (inService && v.displacementLitres().isEmpty() && v.energy().map(EnergyType::hasDisplacement).orElse(true)) {
            missing.add(VehicleEvidence.Field.DISPLACEMENT);
        }
        if (v.energy().isEmpty()) {
            missing.add(VehicleEvidence.Field.ENERGY);
        }
        if (inService && v.marking().isEmpty()) {
            missing.add(VehicleEvidence.Field.MARKING);
        }
        if (replacement.minKm().isPresent() && d.odometer().isEmpty() && v.purchaseDate().isPresent()) {
            missing.add(VehicleEvidence.Field.ODOMETER);
        }
        if (missing.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(finding(VehicleFindingType.RECORD_INCOMPLETE, v, Coverage.on(asOf),
                configuration.disclosureRule("一车一档：配备、使用、处置信息应完整登记"),
                new VehicleEvidence.RecordIncomplete(missing)));
    }

    private List<Finding> quotas(List<VehicleDossier> fleet, List<VehicleQuota> quotas, LocalDate asOf) {
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
        List<Finding> findings = new ArrayList<>();
        held.forEach((key, vehicles) -> {
            int allowed = quota.getOrDefault(key, 0);
            if (vehicles.size() > allowed) {
                Vehicle first = vehicles.get(0);
                List<String> ids = vehicles.stream().map(Vehicle::id).sorted().toList();
                findings.add(new Finding(VehicleFindingType.OVER_QUOTA, Subjects.none().withAgency(first.agencyId()),
                        Coverage.on(asOf),
                        configuration.quotaRule("按编制配备：" + first.category().chineseName() + " " + allowed + " 辆"),
                        new VehicleEvidence.OverQuota(first.category(), vehicles.size(), allowed,
                                quota.containsKey(key), ids)));
            }
        });
        return findings;
    }

    private List<Finding> newEnergyShare(List<VehicleDossier> fleet, LocalDate asOf,
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
        List<Finding> findings = new ArrayList<>();
        bought.forEach((key, vehicles) -> {
            String agency = key.substring(0, key.lastIndexOf('|'));
            int year = Integer.parseInt(key.substring(key.lastIndexOf('|') + 1));
            int ne = (int) vehicles.stream().filter(v -> v.energy().map(EnergyType::isNewEnergy).orElse(false)).count();
            if (!newEnergy.isMet(ne, vehicles.size())) {
                Optional<LocalDate> toDate = year == asOf.getYear() ? Optional.of(asOf) : Optional.empty();
                Coverage span = Coverage.days(LocalDate.of(year, 1, 1), toDate.orElse(LocalDate.of(year, 12, 31)));
                findings.add(new Finding(VehicleFindingType.NEW_ENERGY_SHARE_BELOW_TARGET,
                        Subjects.none().withAgency(agency), span, newEnergy.rule(),
                        new VehicleEvidence.NewEnergyShare(year, vehicles.size(), ne, newEnergy.minShare(), toDate)));
            }
        });
        return findings;
    }

    /** A finding about one vehicle and its unit. */
    static Finding finding(VehicleFindingType type, Vehicle v, Coverage coverage, Citation rule, Evidence e) {
        return new Finding(type, subjects(v), coverage, rule, e);
    }

    /** The subjects of a finding about {@code v}: the vehicle, shown by its plate, and its unit. */
    public static Subjects subjects(Vehicle v) {
        return Subjects.none().withVehicle(v.id(), v.plate().display()).withAgency(v.agencyId());
    }

}
