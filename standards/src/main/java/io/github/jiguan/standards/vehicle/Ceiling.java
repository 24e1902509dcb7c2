package io.github.jiguan.standards.vehicle;

import io.github.jiguan.core.fleet.VehicleCategory;
import io.github.jiguan.core.Checks;
import io.github.jiguan.core.finding.Citation;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * The configuration ceiling of a category and tier: displacement (none for large buses) and price.
 *
 * @param category           the category
 * @param tier               the tier
 * @param displacementLitres the displacement ceiling in litres, or {@code null} when there is none
 * @param priceYuan          the price ceiling in yuan
 * @param rule               the citation of both figures
 */
public record Ceiling(VehicleCategory category, ConfigurationTier tier, BigDecimal displacementLitres,
                      BigDecimal priceYuan, Citation rule) {

    /** Validates the fields. */
    public Ceiling {
        Checks.notNull("category", category);
        Checks.notNull("tier", tier);
        Checks.notNull("price ceiling", priceYuan);
        Checks.notNull("rule", rule);
    }

    /** The displacement ceiling, if the tier has one. */
    public Optional<BigDecimal> displacement() {
        return Optional.ofNullable(displacementLitres);
    }

    /** The ceiling in words, such as 1.6 L / 120000 元. */
    public String describe() {
        return (displacementLitres == null ? "不限排气量" : displacementLitres.toPlainString() + " L") + " / "
                + priceYuan.toPlainString() + " 元";
    }
}
