package io.github.jiguan.standards.vehicle;

import io.github.jiguan.core.finding.Citation;
import io.github.jiguan.standards.source.StandardData;
import io.github.jiguan.standards.source.StandardData.Value;
import io.github.jiguan.standards.source.Standard;
import io.github.jiguan.standards.source.StandardDocument;
import io.github.jiguan.standards.source.StandardSet;
import io.github.jiguan.standards.source.StandardFile;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * When a vehicle may be replaced (更新): after 8 years of use, and where a province requires it,
 * after a distance such as 250,000 km. Immutable and thread-safe.
 */
public final class ReplacementRule implements Standard {

    /** The id of the standard, which an override names in {@code document.overrides}. */
    public static final String ID = "vehicle-replacement-2017";

    /** How a {@link StandardSet} builds this standard. */
    public static final Standard.Kind<ReplacementRule> KIND = Standard.Kind.of(ID, ReplacementRule.class, ReplacementRule::national,
            ReplacementRule::withOverrides);

    /** The shipped resource. */
    public static final String RESOURCE = "vehicle-replacement-2017.csv";

    private static final Set<String> KEYS = Set.of("replacement.min_years", "replacement.min_km");

    private final StandardData data;
    private final Value years;
    private final Value km;

    private ReplacementRule(StandardData data) {
        this.data = data.requireKnownKeys(KEYS::contains, KEYS.toString());
        this.years = data.require("replacement.min_years");
        years.wholeNumber(1, 50);
        this.km = data.require("replacement.min_km");
        if (!km.isNotInTable()) {
            km.decimal(BigDecimal.ONE, new BigDecimal("10000000"));
        }
    }

    /** The national rule as shipped. */
    public static ReplacementRule national() {
        return of(StandardFile.resource(RESOURCE), List.of());
    }

    /** The rule from a national file and a province's overrides (later ones win). */
    public static ReplacementRule of(StandardFile national, List<StandardFile> overrides) {
        return new ReplacementRule(StandardData.of(national, overrides));
    }

    /** The national rule with a province's overrides applied. */
    public static ReplacementRule withOverrides(List<StandardFile> overrides) {
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

    /** Years of use before replacement: 8. */
    public int minYears() {
        return years.wholeNumber(1, 50);
    }

    /** The distance required as well, if the province sets one. */
    public Optional<BigDecimal> minKm() {
        return km.isNotInTable() ? Optional.empty() : Optional.of(km.decimal(BigDecimal.ONE, new BigDecimal("10000000")));
    }

    /** The first day the vehicle has been in use long enough. */
    public LocalDate eligibleFrom(LocalDate purchased) {
        return purchased.plusYears(minYears());
    }

    /**
     * Whether a vehicle bought on {@code purchased} with {@code odometerKm} on the clock (null when
     * unknown) may be replaced on {@code on}: the years are served on the anniversary itself, and
     * an unknown odometer never meets a distance condition.
     */
    public boolean isEligible(LocalDate purchased, BigDecimal odometerKm, LocalDate on) {
        boolean years = !on.isBefore(eligibleFrom(purchased));
        return years && minKm().map(min -> odometerKm != null && odometerKm.compareTo(min) >= 0).orElse(true);
    }

    /** The rule in words with its citation. */
    public Citation rule() {
        String figure = "使用满 " + minYears() + " 年" + minKm().map(k -> "且行驶满 " + k.toPlainString() + " 公里").orElse("")
                + "方可更新";
        Value source = minKm().isPresent() && !km.document().equals(years.document()) ? km : years;
        return source.document().citation(source.entry().article(), figure, years.provisional() || km.provisional());
    }
}
