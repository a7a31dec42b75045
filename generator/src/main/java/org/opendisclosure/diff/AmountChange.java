package org.opendisclosure.diff;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * One figure, in 元, before and after. A figure that did not exist on one side is null there.
 *
 * @param place   year and department
 * @param record  the record it belongs to, as {@link RecordKeys} names it
 * @param subject what the figure belongs to: {@code 项目「…」}, {@code 2080101 行政运行}
 * @param field   which figure: {@code 年度资金申请总额}, {@code 项目支出}
 * @param before  the older value, or null
 * @param after   the newer value, or null
 */
public record AmountChange(Place place, String record, String subject, String field, BigDecimal before, BigDecimal after) {

    public AmountChange {
        Objects.requireNonNull(place, "place");
    }

    /** after − before, with an absent side counted as zero. */
    public BigDecimal difference() {
        return orZero(after).subtract(orZero(before));
    }

    /**
     * The difference as a percentage of the older value, to one decimal place (half even), or null
     * when there was no older value to compare with.
     */
    public BigDecimal percent() {
        if (before == null || before.signum() == 0) {
            return null;
        }
        return difference().multiply(BigDecimal.valueOf(100)).divide(before, MathContext.DECIMAL64)
                .setScale(1, RoundingMode.HALF_EVEN);
    }

    static BigDecimal orZero(BigDecimal amount) {
        return amount == null ? BigDecimal.ZERO : amount;
    }
}
