package org.opendisclosure.render;

import java.math.BigDecimal;
import java.util.function.Function;

/**
 * How a figure changed from the year before, in words a reader takes in at once:
 * {@code 比 2018 年（3,000 元）增加 500 元，增长 16.67%}. Exact: the difference is computed on the
 * decimals and only the percentage is rounded.
 */
final class YearChange {

    private YearChange() {
    }

    /**
     * @param format how the page writes amounts ({@link org.opendisclosure.model.MoneyFormat#whole}
     *               in budget tables, {@code yuan} for projects)
     */
    static String describe(BigDecimal current, BigDecimal previous, int previousYear,
            Function<BigDecimal, String> format) {
        BigDecimal difference = current.subtract(previous);
        String before = "比 " + previousYear + " 年（" + format.apply(previous) + " 元）";
        if (difference.signum() == 0) {
            return "与 " + previousYear + " 年持平（" + format.apply(previous) + " 元）";
        }
        boolean up = difference.signum() > 0;
        String rate = previous.signum() == 0 ? ""
                : "，" + (up ? "增长 " : "下降 ") + Percent.of(difference.abs(), previous);
        return before + (up ? "增加 " : "减少 ") + format.apply(difference.abs()) + " 元" + rate;
    }
}
