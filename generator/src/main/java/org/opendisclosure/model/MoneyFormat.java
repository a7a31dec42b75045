package org.opendisclosure.model;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Formats 元 amounts the way the published tables do: thousands separators and two decimals
 * ({@code 73,985,000.40}). Exact: amounts carry at most two decimals, so nothing is rounded.
 * Independent of the default locale.
 */
public final class MoneyFormat {

    private MoneyFormat() {
    }

    public static String yuan(BigDecimal amount) {
        BigDecimal scaled = amount.setScale(2, RoundingMode.UNNECESSARY);
        String plain = scaled.abs().toPlainString();
        int dot = plain.indexOf('.');
        String whole = plain.substring(0, dot);
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                grouped.append(',');
            }
            grouped.append(whole.charAt(i));
        }
        return (scaled.signum() < 0 ? "-" : "") + grouped + plain.substring(dot);
    }

    /** A difference with its sign: {@code +1.00} or {@code -1.00}. */
    public static String signed(BigDecimal amount) {
        return (amount.signum() > 0 ? "+" : "") + yuan(amount);
    }
}
