package org.opendisclosure.render;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Headline figures in the units people read: 亿元 or 万元, rounded for reading, the exact 元 beside. */
final class Amounts {

    private static final BigDecimal WAN = BigDecimal.valueOf(10_000);
    private static final BigDecimal YI = BigDecimal.valueOf(100_000_000);

    private Amounts() {
    }

    /** {@code 22.19 亿元}, {@code 1,073.70 万元} or {@code 950 元}: two decimals, half up. */
    static String readable(BigDecimal yuan) {
        BigDecimal abs = yuan.abs();
        if (abs.compareTo(YI) >= 0) {
            return org.opendisclosure.model.MoneyFormat.yuan(yuan.divide(YI, 2, RoundingMode.HALF_UP)) + " 亿元";
        }
        if (abs.compareTo(WAN) >= 0) {
            return org.opendisclosure.model.MoneyFormat.yuan(yuan.divide(WAN, 2, RoundingMode.HALF_UP)) + " 万元";
        }
        return org.opendisclosure.model.MoneyFormat.whole(yuan) + " 元";
    }
}
