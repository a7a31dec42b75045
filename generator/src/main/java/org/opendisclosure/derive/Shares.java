package org.opendisclosure.derive;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * Shares and rates, computed in one place: exactly, and rounded only at the end to two decimals,
 * half up ({@code 92.43}). Pages print them with a percent sign; nothing recomputes them.
 */
public final class Shares {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Shares() {
    }

    /** {@code part / whole} in percent, two decimals; empty when {@code whole} is zero. */
    public static Optional<BigDecimal> percent(BigDecimal part, BigDecimal whole) {
        if (whole.signum() == 0) {
            return Optional.empty();
        }
        return Optional.of(part.multiply(HUNDRED).divide(whole, 2, RoundingMode.HALF_UP));
    }
}
