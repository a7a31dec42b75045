package org.opendisclosure.render;

import java.math.BigDecimal;
import java.util.function.Function;

import org.opendisclosure.derive.YearOverYear;

/**
 * How a figure changed from the year before, in words a reader takes in at once:
 * {@code 比 2018 年（3,000 元）增加 500 元，增长 16.67%}. The figures come from the derive stage
 * ({@link YearOverYear}); this class only words them.
 */
final class YearChange {

    private YearChange() {
    }

    /**
     * @param format how the page writes an amount, with its unit
     *               ({@link org.opendisclosure.model.MoneyFormat#readableWithExact} in summaries)
     */
    static String describe(YearOverYear change, Function<BigDecimal, String> format) {
        BigDecimal difference = change.difference();
        int previousYear = change.previousYear();
        String before = "比 " + previousYear + " 年（" + format.apply(change.previous()) + "）";
        if (difference.signum() == 0) {
            return "与 " + previousYear + " 年持平（" + format.apply(change.previous()) + "）";
        }
        boolean up = difference.signum() > 0;
        String rate = change.percent().map(p -> "，" + (up ? "增长 " : "下降 ") + p.toPlainString() + "%").orElse("");
        return before + (up ? "增加 " : "减少 ") + format.apply(difference.abs()) + rate;
    }
}
