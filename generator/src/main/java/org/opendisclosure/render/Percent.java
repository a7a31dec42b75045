package org.opendisclosure.render;

import java.math.BigDecimal;

import org.opendisclosure.derive.Shares;

/** A share or rate as a page prints it: {@code 92.43%}, or {@code —} where there is none. */
final class Percent {

    private Percent() {
    }

    /** {@code part / whole} as {@code 92.43%} ({@link Shares#percent}), or {@code —} when {@code whole} is zero. */
    static String of(BigDecimal part, BigDecimal whole) {
        return Shares.percent(part, whole).map(p -> p.toPlainString() + "%").orElse("—");
    }
}
