package io.github.jiguan.standards.vehicle;

import io.github.jiguan.core.fleet.VehicleCategory;
import io.github.jiguan.core.finding.Citation;
import io.github.jiguan.standards.source.StandardData;
import io.github.jiguan.standards.source.StandardData.Value;
import io.github.jiguan.standards.source.Standard;
import io.github.jiguan.standards.source.StandardDocument;
import io.github.jiguan.standards.source.StandardSet;
import io.github.jiguan.standards.source.StandardFile;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * 《党政机关公务用车管理办法》(中办发〔2017〕71号) as data: the configuration ceilings by category and
 * tier, the new-energy saloon ceiling, which categories must carry the uniform marking, the quota
 * (编制) rule and the per-vehicle disclosure rule.
 *
 * <p>Every category must define its {@link ConfigurationTier#STANDARD} tier. Immutable and thread-safe.
 */
public final class VehicleConfigurationStandard implements Standard {

    /** The id of the standard, which an override names in {@code document.overrides}. */
    public static final String ID = "vehicle-configuration-2017";

    /** How a {@link StandardSet} builds this standard. */
    public static final Standard.Kind<VehicleConfigurationStandard> KIND = Standard.Kind.of(ID, VehicleConfigurationStandard.class, VehicleConfigurationStandard::national,
            VehicleConfigurationStandard::withOverrides);

    /** The shipped resource. */
    public static final String RESOURCE = "vehicle-configuration-2017.csv";

    private static final BigDecimal MAX_DISPLACEMENT = new BigDecimal("20");
    private static final BigDecimal MAX_PRICE = new BigDecimal("100000000");

    private final StandardData data;
    private final Map<VehicleCategory, Map<ConfigurationTier, Ceiling>> ceilings = new EnumMap<>(VehicleCategory.class);
    private final Value newEnergySaloon;

    private VehicleConfigurationStandard(StandardData data) {
        this.data = data.requireKnownKeys(VehicleConfigurationStandard::isKey,
                "ceiling.<CATEGORY>.<TIER>.displacement_l|price_yuan, ceiling.new_energy_saloon.price_yuan, "
                        + "marking.<CATEGORY>, quota.enforced, disclosure.per_vehicle");
        for (VehicleCategory c : VehicleCategory.values()) {
            Map<ConfigurationTier, Ceiling> tiers = new EnumMap<>(ConfigurationTier.class);
            for (ConfigurationTier t : ConfigurationTier.values()) {
                readCeiling(c, t).ifPresent(ceiling -> tiers.put(t, ceiling));
            }
            ceilings.put(c, tiers);
            data.require("marking." + c.name()).flag();
        }
        newEnergySaloon = data.require("ceiling.new_energy_saloon.price_yuan");
        newEnergySaloon.decimal(BigDecimal.ONE, MAX_PRICE);
        data.require("quota.enforced").flag();
        data.require("disclosure.per_vehicle").flag();
    }

    /** The national standard as shipped. */
    public static VehicleConfigurationStandard national() {
        return of(StandardFile.resource(RESOURCE), List.of());
    }

    /** The standard from a national file and a province's overrides (later ones win). */
    public static VehicleConfigurationStandard of(StandardFile national, List<StandardFile> overrides) {
        return new VehicleConfigurationStandard(StandardData.of(national, overrides));
    }

    /** The national standard with a province's overrides applied. */
    public static VehicleConfigurationStandard withOverrides(List<StandardFile> overrides) {
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

    /** The ceiling of a category's tier, if the standard defines that tier for the category. */
    public Optional<Ceiling> ceiling(VehicleCategory category, ConfigurationTier tier) {
        return Optional.ofNullable(ceilings.get(category).get(tier));
    }

    /** The price ceiling of a new-energy saloon (180,000 yuan). */
    public BigDecimal newEnergySaloonPrice() {
        return newEnergySaloon.decimal(BigDecimal.ONE, MAX_PRICE);
    }

    /** The citation of the new-energy saloon ceiling. */
    public Citation newEnergySaloonRule() {
        return newEnergySaloon.cite("新能源轿车价格不超过 " + newEnergySaloonPrice().toPlainString() + " 元");
    }

    /** Whether vehicles of the category must carry the uniform marking unless exempt. */
    public boolean markingRequired(VehicleCategory category) {
        return data.require("marking." + category.name()).flag();
    }

    /** The citation of the marking rule for a category. */
    public Citation markingRule(VehicleCategory category) {
        return data.require("marking." + category.name()).cite(category.chineseName() + "应当喷涂统一标识，经批准免于标识的除外");
    }

    /** Whether the quota (编制) is audited. */
    public boolean quotaEnforced() {
        return data.require("quota.enforced").flag();
    }

    /** The citation of the quota rule with the figure applied. */
    public Citation quotaRule(String figure) {
        return data.require("quota.enforced").cite(figure);
    }

    /** The citation of the per-vehicle disclosure rule with the figure applied. */
    public Citation disclosureRule(String figure) {
        return data.require("disclosure.per_vehicle").cite(figure);
    }

    private Optional<Ceiling> readCeiling(VehicleCategory c, ConfigurationTier t) {
        String prefix = "ceiling." + c.name() + "." + t.name() + ".";
        Optional<Value> displacement = data.find(prefix + "displacement_l");
        Optional<Value> price = t == ConfigurationTier.STANDARD ? Optional.of(data.require(prefix + "price_yuan"))
                : data.find(prefix + "price_yuan");
        if (t == ConfigurationTier.STANDARD) {
            data.require(prefix + "displacement_l");
        }
        if (displacement.isPresent() != price.isPresent()) {
            Value given = displacement.orElseGet(price::get);
            throw given.error("needs its pair: a tier gives both displacement_l and price_yuan");
        }
        if (price.isEmpty()) {
            return Optional.empty();
        }
        Value d = displacement.get();
        Value p = price.get();
        BigDecimal litres = d.isNotInTable() ? null : d.decimal(new BigDecimal("0.1"), MAX_DISPLACEMENT);
        BigDecimal yuan = p.decimal(BigDecimal.ONE, MAX_PRICE);
        String figure = c.chineseName() + "（" + t.chineseName() + "）" + (litres == null ? "不限排气量"
                : "排气量 " + litres.toPlainString() + " 升（含）以下") + "、价格 " + yuan.toPlainString() + " 元以内";
        return Optional.of(new Ceiling(c, t, litres, yuan,
                p.document().citation(p.entry().article(), figure, p.provisional() || d.provisional())));
    }

    private static boolean isKey(String key) {
        if (key.equals("ceiling.new_energy_saloon.price_yuan") || key.equals("quota.enforced")
                || key.equals("disclosure.per_vehicle")) {
            return true;
        }
        if (key.startsWith("marking.")) {
            return isName(VehicleCategory.values(), key.substring("marking.".length()));
        }
        String[] parts = key.split("\\.", -1);
        return parts.length == 4 && parts[0].equals("ceiling") && isName(VehicleCategory.values(), parts[1])
                && isName(ConfigurationTier.values(), parts[2])
                && (parts[3].equals("displacement_l") || parts[3].equals("price_yuan"));
    }

    private static boolean isName(Enum<?>[] values, String name) {
        for (Enum<?> e : values) {
            if (e.name().equals(name)) {
                return true;
            }
        }
        return false;
    }
}
