package io.github.jiguan.standards.office.ledger;

import io.github.jiguan.core.Checks;
import io.github.jiguan.core.finding.Citation;
import io.github.jiguan.core.office.BuildingUse;
import io.github.jiguan.core.office.DocumentKind;
import io.github.jiguan.core.office.RepairKind;
import io.github.jiguan.core.office.SafetyGrade;
import io.github.jiguan.standards.source.StandardData;
import io.github.jiguan.standards.source.StandardDocument;
import io.github.jiguan.standards.source.StandardFile;
import io.github.jiguan.standards.source.StandardFormatException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The rules of the office-space ledger audit as data, each figure with the document it comes from:
 * the 2017 management rules (the three matches, ownership, leases, documents, repairs), Chengde's
 * registration deadline, Changzhou's rule on filed properties, Hangzhou's rules on leases in,
 * Heilongjiang's disposal order and relocation grounds, Gansu's repair interval, the standard-coal
 * factors of GB/T 2589-2020, and Jiguan's own defaults where no document gives a figure. Every
 * figure not confirmed from its original text is marked provisional in the data and in each
 * citation made from it.
 *
 * <p>One file per document ({@link #RESOURCES}); a province overrides any of them with a file whose
 * {@code document.overrides} row names that document's id. Immutable and thread-safe.
 */
public final class LedgerRules {

    /** The shipped files, by document id, with the keys each must hold. */
    static final Map<String, Set<String>> FILES = files();

    /** The shipped resources, one per document. */
    public static final List<String> RESOURCES = FILES.keySet().stream().map(id -> id + ".csv").toList();

    private final List<StandardData> data;
    private final List<String> carriers;
    private final Map<String, StandardData.Value> values = new TreeMap<>();

    private LedgerRules(List<StandardData> data, List<String> carriers) {
        this.data = List.copyOf(data);
        this.carriers = List.copyOf(carriers);
        for (StandardData d : data) {
            Set<String> keys = FILES.get(d.id());
            d.requireKnownKeys(k -> keys.contains(k) || isFactorKey(d, k), keys.toString());
            keys.forEach(k -> values.put(k, d.require(k)));
        }
        validate();
    }

    private static final String ENERGY = "energy-gbt2589-2020";

    private static boolean isFactorKey(StandardData d, String key) {
        return d.id().equals(ENERGY) && (key.startsWith("factor.") || key.startsWith("unit."));
    }

    private static Map<String, Set<String>> files() {
        Map<String, Set<String>> m = new LinkedHashMap<>();
        m.put("office-ledger-2017", Set.of("ledger.compare_unit_ledgers", "ledger.certificate_matches",
                "ownership.holder_contains", "ownership.holder_uses", "lease.approval_required",
                "lease.organ_office_forbidden", "documents.unit", "documents.registered", "documents.filed",
                "repair.approval_required"));
        m.put("office-ledger-jiguan", Set.of("ledger.area_tolerance_m2", "ledger.references_resolve", "certificate.tolerance_percent",
                "idle.months", "safety.appraisal_age_years", "safety.appraisal_interval_years", "safety.appraisal_uses",
                "energy.max_rise_percent", "energy.max_payback_years"));
        m.put("office-ownership-chengde-2025", Set.of("ownership.deadline"));
        m.put("office-lease-changzhou", Set.of("lease.filed_by_user_forbidden"));
        m.put("office-lease-in-hangzhou", Set.of("lease_in.reallocation_first", "lease_in.sufficient_idle_percent",
                "lease_in.rent_ceiling_yuan_per_m2_year", "lease_in.technical_standard_required"));
        m.put("office-heilongjiang", Set.of("disposal.order", "safety.relocation_grades"));
        m.put("office-repair-gansu", Set.of("repair.major_interval_years", "repair.approval_threshold_yuan",
                "repair.split_window_months"));
        m.put(ENERGY, Set.of());
        return m;
    }

    /** The rules as shipped. */
    public static LedgerRules national() {
        return withOverrides(List.of());
    }

    /**
     * The shipped rules with {@code overrides} applied, each to the document its
     * {@code document.overrides} row names; later files win.
     *
     * @throws StandardFormatException when an override names no document of these rules, or holds an unknown key
     *         or a bad value
     */
    public static LedgerRules withOverrides(List<StandardFile> overrides) {
        Checks.listOf("overrides", overrides);
        for (StandardFile o : overrides) {
            String target = o.document().overridden().orElse("");
            if (!FILES.containsKey(target)) {
                throw new StandardFormatException(o.source(), 0, "document.overrides", target,
                        "names no document of the office-ledger rules; expected one of " + FILES.keySet());
            }
        }
        List<StandardData> data = new ArrayList<>();
        Set<String> carriers = new java.util.LinkedHashSet<>();
        for (String id : FILES.keySet()) {
            List<StandardFile> mine = overrides.stream()
                    .filter(o -> o.document().overridden().orElse("").equals(id)).toList();
            StandardFile shipped = StandardFile.resource(id + ".csv");
            data.add(StandardData.of(shipped, mine));
            if (id.equals(ENERGY)) {
                List<StandardFile> all = new ArrayList<>(List.of(shipped));
                all.addAll(mine);
                all.forEach(f -> f.entries().keySet().stream().filter(k -> k.startsWith("factor."))
                        .forEach(k -> carriers.add(k.substring("factor.".length()))));
            }
        }
        return new LedgerRules(data, List.copyOf(carriers));
    }

    /** Whether an override file targets one of these rules' documents. */
    public static boolean targets(StandardFile file) {
        return FILES.containsKey(file.document().overridden().orElse(""));
    }

    /** The documents in force: each national document followed by its overrides. */
    public List<StandardDocument> documents() {
        List<StandardDocument> docs = new ArrayList<>();
        data.forEach(d -> docs.addAll(d.documents()));
        return docs;
    }

    private void validate() {
        ledgerAreaTolerance();
        certificateTolerancePercent();
        holderContains();
        holderUses();
        unitDocuments();
        registeredDocuments();
        filedDocuments();
        approvalKinds();
        idleMonths();
        appraisalAgeYears();
        appraisalIntervalYears();
        appraisalUses();
        maxRisePercent();
        maxPaybackYears();
        deadline();
        sufficientIdlePercent();
        rentCeilingYuanPerSquareMetreYear();
        disposalOrder();
        relocationGrades();
        majorIntervalYears();
        approvalThresholdYuan();
        splitWindowMonths();
        carriers().forEach(c -> factor(c));
        List.of("ledger.compare_unit_ledgers", "ledger.certificate_matches", "ledger.references_resolve",
                "lease.approval_required",
                "lease.organ_office_forbidden", "lease.filed_by_user_forbidden", "lease_in.reallocation_first",
                "lease_in.technical_standard_required").forEach(k -> value(k).flag());
    }

    /** Whether a rule given as a flag is applied. */
    public boolean applies(String key) {
        return value(key).flag();
    }

    /** 账账相符: areas of the two ledgers differing by more than this are reported (m²). */
    public BigDecimal ledgerAreaTolerance() {
        return value("ledger.area_tolerance_m2").decimal(BigDecimal.ZERO, new BigDecimal("1000"));
    }

    /** 账证相符: the largest difference from the certificate's area, in percent of it. */
    public BigDecimal certificateTolerancePercent() {
        return value("certificate.tolerance_percent").decimal(BigDecimal.ZERO, new BigDecimal("100"));
    }

    /** Text the registered holder's name must contain: 机关事务. */
    public String holderContains() {
        String t = value("ownership.holder_contains").text();
        if (t.isBlank()) {
            throw value("ownership.holder_contains").error("must not be empty");
        }
        return t;
    }

    /** The building uses whose title must be held by the bureau. */
    public List<BuildingUse> holderUses() {
        return value("ownership.holder_uses").list("a building use", BuildingUse::parse);
    }

    /** The documents every unit's file must hold. */
    public List<DocumentKind> unitDocuments() {
        return value("documents.unit").list("a document kind", DocumentKind::parse);
    }

    /** The documents a registered property's file must hold. */
    public List<DocumentKind> registeredDocuments() {
        return value("documents.registered").list("a document kind", DocumentKind::parse);
    }

    /** The documents a filed property's file must hold. */
    public List<DocumentKind> filedDocuments() {
        return value("documents.filed").list("a document kind", DocumentKind::parse);
    }

    /** The repair kinds that need an approval. */
    public List<RepairKind> approvalKinds() {
        return value("repair.approval_required").list("a repair kind", RepairKind::parse);
    }

    /** Months a room may stand idle without a reason: 6 (provisional). */
    public int idleMonths() {
        return value("idle.months").wholeNumber(1, 120);
    }

    /** The age from which a building needs a safety appraisal, in years. */
    public int appraisalAgeYears() {
        return value("safety.appraisal_age_years").wholeNumber(1, 200);
    }

    /** The longest interval between two appraisals of a building that needs them, in years. */
    public int appraisalIntervalYears() {
        return value("safety.appraisal_interval_years").wholeNumber(1, 100);
    }

    /** The building uses that need an appraisal at any age. */
    public List<BuildingUse> appraisalUses() {
        return value("safety.appraisal_uses").list("a building use", BuildingUse::parse);
    }

    /** The largest year-on-year rise of water per head or energy per m² not reported, in percent. */
    public BigDecimal maxRisePercent() {
        return value("energy.max_rise_percent").decimal(new BigDecimal("-100"), new BigDecimal("1000"));
    }

    /** The longest payback of an energy retrofit not reported, in years. */
    public BigDecimal maxPaybackYears() {
        return value("energy.max_payback_years").decimal(BigDecimal.ONE, new BigDecimal("1000"));
    }

    /** The last day to register or file a property: 2025-12-31 (Chengde, provisional). */
    public LocalDate deadline() {
        StandardData.Value v = value("ownership.deadline");
        try {
            return LocalDate.parse(v.text());
        } catch (RuntimeException e) {
            throw v.error("must be an ISO-8601 date such as 2025-12-31");
        }
    }

    /** Idle space of at least this percent of the area asked for counts as sufficient (调剂优先). */
    public BigDecimal sufficientIdlePercent() {
        return value("lease_in.sufficient_idle_percent").decimal(BigDecimal.ONE, new BigDecimal("1000"));
    }

    /** The rent ceiling of a lease in, yuan per m² a year. */
    public BigDecimal rentCeilingYuanPerSquareMetreYear() {
        return value("lease_in.rent_ceiling_yuan_per_m2_year").decimal(BigDecimal.ZERO, new BigDecimal("100000"));
    }

    /** The disposal steps in the order the Heilongjiang rules give. */
    public List<Disposal> disposalOrder() {
        List<Disposal> order = value("disposal.order").list("a disposal step", Disposal::parse);
        if (order.isEmpty() || Set.copyOf(order).size() != order.size()) {
            throw value("disposal.order").error("must list disposal steps, each once");
        }
        return order;
    }

    /** The appraisal grades that are a ground for relocation: C and D. */
    public List<SafetyGrade> relocationGrades() {
        return value("safety.relocation_grades").list("a safety grade", SafetyGrade::parse);
    }

    /** The shortest interval between two major repairs of a building: 15 years (Gansu, provisional). */
    public int majorIntervalYears() {
        return value("repair.major_interval_years").wholeNumber(1, 100);
    }

    /** The cost from which a repair project needs the bureau's approval, in yuan. */
    public BigDecimal approvalThresholdYuan() {
        return value("repair.approval_threshold_yuan").decimal(BigDecimal.ONE, new BigDecimal("1000000000"));
    }

    /** The window in which projects on one building are added up to detect a split, in months. */
    public int splitWindowMonths() {
        return value("repair.split_window_months").wholeNumber(1, 120);
    }

    /** The carriers of the conversion table, such as ELECTRICITY, in file order. */
    public List<String> carriers() {
        return carriers;
    }

    /** The standard-coal factor of a carrier (kgce per unit), with its citation. */
    public Optional<Factor> factor(String carrier) {
        StandardData energy = data.stream().filter(d -> d.id().equals(ENERGY)).findFirst().orElseThrow();
        Optional<StandardData.Value> f = energy.find("factor." + carrier);
        if (f.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal kgce = f.get().decimal(new BigDecimal("0.000001"), new BigDecimal("100"));
        String unit = energy.find("unit." + carrier).map(StandardData.Value::text)
                .orElseThrow(() -> f.get().error("has no unit." + carrier + " row giving its unit"));
        return Optional.of(new Factor(carrier, kgce, unit, f.get().cite(carrier + " " + kgce.toPlainString()
                + " kgce/" + unit)));
    }

    /**
     * One conversion factor of GB/T 2589.
     *
     * @param carrier the carrier's code
     * @param kgce    kilograms of standard coal per unit
     * @param unit    the unit, such as kWh
     * @param rule    the citation
     */
    public record Factor(String carrier, BigDecimal kgce, String unit, Citation rule) {
    }

    /** The citation of {@code key} with {@code figure} as what was applied. */
    public Citation cite(String key, String figure) {
        return value(key).cite(figure);
    }

    private StandardData.Value value(String key) {
        StandardData.Value v = values.get(key);
        if (v == null) {
            throw new IllegalArgumentException("no office-ledger rule " + key);
        }
        return v;
    }
}
