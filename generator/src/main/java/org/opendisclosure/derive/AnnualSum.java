package org.opendisclosure.derive;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An exact sum of projects' annual amounts (项目当年预算 / 年度资金申请总额) for a year, a department
 * or a unit. A city's year adds each of its 15,000 amounts three times; adding them as
 * {@link BigDecimal}s made a new object per addition and rescaled amounts of different scales. Here
 * each amount is brought once to the year's largest scale ({@link #whole}) and added as a whole
 * number of that unit. The total has the value and the scale that adding the amounts one by one to
 * {@link BigDecimal#ZERO} gives (the largest of theirs, at least 0); a sum that would not fit a
 * {@code long} goes on as a {@link BigDecimal}. Not thread-safe.
 */
final class AnnualSum {

    /** {@link #whole}'s answer for an amount that does not fit a {@code long} at the year's scale. */
    static final long DOES_NOT_FIT = Long.MIN_VALUE;

    private final int yearScale;
    private long units;
    private int scale;
    private BigDecimal exact;

    /** @param yearScale the largest scale of the year's amounts, at least 0 */
    AnnualSum(int yearScale) {
        this.yearScale = yearScale;
    }

    /** {@code amount} as a whole number of the year's smallest unit, or {@link #DOES_NOT_FIT}. */
    static long whole(BigDecimal amount, int yearScale) {
        try {
            long whole = amount.movePointRight(yearScale).longValueExact();
            return whole == DOES_NOT_FIT ? DOES_NOT_FIT : whole;
        } catch (ArithmeticException tooLarge) {
            return DOES_NOT_FIT;
        }
    }

    /** Adds {@code amount}, given also as {@code whole} ({@link #whole} at the year's scale). */
    void add(BigDecimal amount, long whole) {
        scale = Math.max(scale, amount.scale());
        if (exact == null && whole != DOES_NOT_FIT) {
            long sum = units + whole;
            if (((units ^ sum) & (whole ^ sum)) >= 0) {
                units = sum;
                return;
            }
        }
        if (exact == null) {
            exact = BigDecimal.valueOf(units, yearScale);
        }
        exact = exact.add(amount);
    }

    /** The sum so far. */
    BigDecimal total() {
        BigDecimal sum = exact != null ? exact : BigDecimal.valueOf(units, yearScale);
        // Every amount added has a scale of at most `scale`, so the sum has an exact value there.
        return sum.setScale(scale, RoundingMode.UNNECESSARY);
    }
}
