package io.github.jiguan.standards.vehicle;

import io.github.jiguan.core.finding.Citation;
import io.github.jiguan.standards.source.StandardData;
import io.github.jiguan.standards.source.StandardData.Value;
import io.github.jiguan.standards.source.Standard;
import io.github.jiguan.standards.source.StandardDocument;
import io.github.jiguan.standards.source.StandardSet;
import io.github.jiguan.standards.source.StandardFile;
import io.github.jiguan.core.org.AdministrativeLevel;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The share of new-energy vehicles among a year's purchases: at least 30% for central bodies
 * (国管资〔2024〕197号); a province may set its own share and the levels it covers
 * ({@code new_energy.levels}). Applies to purchase years from the year the document took effect,
 * and only to units of the levels in scope. Immutable and thread-safe.
 */
public final class NewEnergyShareRule implements Standard {

    /** The id of the standard, which an override names in {@code document.overrides}. */
    public static final String ID = "vehicle-new-energy-2024";

    /** How a {@link StandardSet} builds this standard. */
    public static final Standard.Kind<NewEnergyShareRule> KIND = Standard.Kind.of(ID, NewEnergyShareRule.class, NewEnergyShareRule::national,
            NewEnergyShareRule::withOverrides);

    /** The shipped resource. */
    public static final String RESOURCE = "vehicle-new-energy-2024.csv";

    private static final Set<String> KEYS = Set.of("new_energy.min_share", "new_energy.levels");

    private final StandardData data;
    private final Value share;
    private final Value levels;
    private final Set<AdministrativeLevel> scope;

    private NewEnergyShareRule(StandardData data) {
        this.data = data.requireKnownKeys(KEYS::contains, KEYS.toString());
        this.share = data.require("new_energy.min_share");
        share.decimal(BigDecimal.ZERO, BigDecimal.ONE);
        this.levels = data.require("new_energy.levels");
        List<AdministrativeLevel> parsed = levels.list("administrative level", AdministrativeLevel::parse);
        this.scope = parsed.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(parsed));
    }

    /** The national rule as shipped. */
    public static NewEnergyShareRule national() {
        return of(StandardFile.resource(RESOURCE), List.of());
    }

    /** The rule from a national file and a province's overrides (later ones win). */
    public static NewEnergyShareRule of(StandardFile national, List<StandardFile> overrides) {
        return new NewEnergyShareRule(StandardData.of(national, overrides));
    }

    /** The national rule with a province's overrides applied. */
    public static NewEnergyShareRule withOverrides(List<StandardFile> overrides) {
        return of(StandardFile.resource(RESOURCE), overrides);
    }

    /** The documents in force. */
    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<StandardDocument> documents() {
        return data.documents();
    }

    /** The minimum share, such as 0.30. */
    public BigDecimal minShare() {
        return share.decimal(BigDecimal.ZERO, BigDecimal.ONE);
    }

    /** The date from which the share applies: the effective date of the document that set it. */
    public LocalDate effective() {
        return share.document().effective();
    }

    /** The administrative levels whose units the share applies to, such as [CENTRAL]. */
    public Set<AdministrativeLevel> levels() {
        return scope;
    }

    /** Whether the share applies to a unit of {@code level}; a unit of unknown level (null) is not in scope. */
    public boolean appliesTo(AdministrativeLevel level) {
        return level != null && scope.contains(level);
    }

    /** Whether {@code newEnergy} of {@code purchases} meets the share (exactly at the share meets it). */
    public boolean isMet(int newEnergy, int purchases) {
        return BigDecimal.valueOf(newEnergy).compareTo(minShare().multiply(BigDecimal.valueOf(purchases))) >= 0;
    }

    /** The rule with its citation. */
    public Citation rule() {
        return share.cite("年度新增和更新车辆中新能源汽车比例不低于 "
                + minShare().movePointRight(2).stripTrailingZeros().toPlainString() + "%");
    }
}
