package io.github.jiguan.testkit.office;

import io.github.jiguan.core.office.Area;
import java.math.BigDecimal;

/** Where a room's area lies against the figure it is held to: one hundredth of a m² under, at, or over. */
public enum Side {

    /** 0.01 m² under the figure: not over the standard. */
    JUST_UNDER(new BigDecimal("-0.01")),
    /** Exactly the figure: not over the standard (the figures are upper bounds). */
    AT(BigDecimal.ZERO),
    /** 0.01 m² over the figure: over the standard. */
    JUST_OVER(new BigDecimal("0.01"));

    private final BigDecimal delta;

    Side(BigDecimal delta) {
        this.delta = delta;
    }

    /** The area on this side of {@code figure} (a figure of 0 stays 0 under it). */
    public Area of(Area figure) {
        BigDecimal v = figure.squareMetres().add(delta);
        return Area.of(v.signum() < 0 ? BigDecimal.ZERO : v);
    }

    /** Whether a room on this side is over the figure. */
    public boolean isOver() {
        return this == JUST_OVER;
    }
}
