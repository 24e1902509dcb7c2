package io.github.jiguan.core.org;

import io.github.jiguan.core.Checks;


/**
 * 职务层次: the grade of a post, from 省部级正职 down to 科员及以下.
 *
 * <p>The natural order runs from the highest grade to the lowest, so {@code compareTo} and
 * {@link #isAbove(Grade)} agree with seniority.
 */
public enum Grade {
    /** 省部级正职. */
    PROVINCIAL_MINISTERIAL_PRINCIPAL("省部级正职", "PMP"),
    /** 省部级副职. */
    PROVINCIAL_MINISTERIAL_DEPUTY("省部级副职", "PMD"),
    /** 厅局级正职. */
    BUREAU_PRINCIPAL("厅局级正职", "BP"),
    /** 厅局级副职. */
    BUREAU_DEPUTY("厅局级副职", "BD"),
    /** 县处级正职. */
    COUNTY_DIVISION_PRINCIPAL("县处级正职", "CDP"),
    /** 县处级副职. */
    COUNTY_DIVISION_DEPUTY("县处级副职", "CDD"),
    /** 乡科级正职. */
    TOWNSHIP_SECTION_PRINCIPAL("乡科级正职", "TSP"),
    /** 乡科级副职. */
    TOWNSHIP_SECTION_DEPUTY("乡科级副职", "TSD"),
    /** 科员及以下. */
    STAFF("科员及以下", "STAFF");

    private final String chineseName;
    private final String abbreviation;

    Grade(String chineseName, String abbreviation) {
        this.chineseName = chineseName;
        this.abbreviation = abbreviation;
    }

    /** The Chinese name, such as 县处级正职. */
    public String chineseName() {
        return chineseName;
    }

    /** The short code used in the tables of docs/standards.md, such as {@code CDP}. */
    public String abbreviation() {
        return abbreviation;
    }

    /** Seniority rank: 1 for 省部级正职 up to 9 for 科员及以下; a smaller rank is more senior. */
    public int rank() {
        return ordinal() + 1;
    }

    /** Whether this grade is more senior than {@code other}. */
    public boolean isAbove(Grade other) {
        return ordinal() < other.ordinal();
    }

    /** Whether this is a principal (正职) grade. */
    public boolean isPrincipal() {
        return this != STAFF && ordinal() % 2 == 0;
    }

    /**
     * Parses a grade from its code ({@code BUREAU_DEPUTY}), its abbreviation ({@code BD}) or its
     * Chinese name ({@code 厅局级副职}).
     *
     * @throws io.github.jiguan.core.InvalidValueException naming the allowed codes otherwise
     */
    public static Grade parse(String text) {
        if (text != null) {
            for (Grade g : values()) {
                if (g.abbreviation.equalsIgnoreCase(text.strip())) {
                    return g;
                }
            }
        }
        return Checks.code("grade", Grade.class, text, Grade::chineseName);
    }
}
