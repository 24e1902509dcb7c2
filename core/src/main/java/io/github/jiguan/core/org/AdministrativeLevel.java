package io.github.jiguan.core.org;


import io.github.jiguan.core.Checks;
import java.util.Optional;

/**
 * 行政层级: the administrative level of an agency, from the centre down to townships.
 *
 * <p>The natural order runs from the highest level ({@link #CENTRAL}) to the lowest
 * ({@link #TOWNSHIP}).
 */
public enum AdministrativeLevel {
    /** 中央: central Party and State organs. */
    CENTRAL("中央"),
    /** 省级: provinces, autonomous regions and municipalities directly under the central government. */
    PROVINCE("省级"),
    /** 市级: prefecture-level cities, autonomous prefectures and leagues. */
    CITY("市级"),
    /** 县级: counties, county-level cities and city districts. */
    COUNTY("县级"),
    /** 乡级: townships and towns (乡镇), street offices (街道). */
    TOWNSHIP("乡级");

    private final String chineseName;

    AdministrativeLevel(String chineseName) {
        this.chineseName = chineseName;
    }

    /** The Chinese name, such as 省级. */
    public String chineseName() {
        return chineseName;
    }

    /** The level immediately above this one, or empty for {@link #CENTRAL}. */
    public Optional<AdministrativeLevel> higher() {
        return ordinal() == 0 ? Optional.empty() : Optional.of(values()[ordinal() - 1]);
    }

    /** Whether this level is above {@code other} (closer to the centre). */
    public boolean isAbove(AdministrativeLevel other) {
        return ordinal() < other.ordinal();
    }

    /**
     * Parses a level from its code ({@code COUNTY}), case-insensitively, or from its Chinese name
     * ({@code 县级}).
     *
     * @throws io.github.jiguan.core.InvalidValueException naming the allowed codes when the text is neither
     */
    public static AdministrativeLevel parse(String text) {
        return Checks.code("administrative level", AdministrativeLevel.class, text,
                AdministrativeLevel::chineseName);
    }
}
