package org.opendisclosure.derive;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * How a figure changed from the year before: both figures exact, the difference, and the change
 * as a share of the year before. Made in the derive stage (by {@link SiteModel} and the models it
 * holds); pages only word it.
 *
 * @param current      this year's figure
 * @param previous     the year before's figure
 * @param previousYear the year before
 */
public record YearOverYear(BigDecimal current, BigDecimal previous, int previousYear) {

    /** This year's figure less the year before's. */
    public BigDecimal difference() {
        return current.subtract(previous);
    }

    /**
     * The size of the change as a percentage of the year before's figure (an increase or a decrease
     * of that many percent); empty when that figure was zero.
     */
    public Optional<BigDecimal> percent() {
        return Shares.percent(difference().abs(), previous);
    }
}
