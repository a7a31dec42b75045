package org.opendisclosure.render;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Shares and rates for display, computed exactly and rounded only at the end (two decimals, half up). */
final class Percent {

    private Percent() {
    }

    /** {@code part / whole} as {@code 92.43%}, or {@code —} when {@code whole} is zero. */
    static String of(BigDecimal part, BigDecimal whole) {
        if (whole.signum() == 0) {
            return "—";
        }
        return part.multiply(BigDecimal.valueOf(100)).divide(whole, 2, RoundingMode.HALF_UP).toPlainString() + "%";
    }
}
