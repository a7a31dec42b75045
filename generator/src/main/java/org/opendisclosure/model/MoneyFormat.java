package org.opendisclosure.model;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Formats 元 amounts for readers, in one place: the way the published tables do — thousands
 * separators and two decimals ({@code 73,985,000.40}), exact, as amounts carry at most two
 * decimals — and, for headlines only, rounded to 万元 or 亿元. Independent of the default locale.
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

    /**
     * An amount the way department budget tables print it: thousands separators, and decimals only
     * when there are any ({@code 2,218,956,423}; {@code 1,073.70} stays as it is).
     */
    public static String whole(BigDecimal amount) {
        String formatted = yuan(amount);
        return formatted.endsWith(".00") ? formatted.substring(0, formatted.length() - 3) : formatted;
    }

    private static final BigDecimal WAN = BigDecimal.valueOf(10_000);
    private static final BigDecimal YI = BigDecimal.valueOf(100_000_000);

    /**
     * A headline figure in the unit people read: {@code 22.19 亿元}, {@code 1,073.70 万元} or
     * {@code 950 元} — two decimals, half up; pages print the exact 元 beside it.
     */
    public static String readable(BigDecimal yuan) {
        BigDecimal abs = yuan.abs();
        if (abs.compareTo(YI) >= 0) {
            return yuan(yuan.divide(YI, 2, RoundingMode.HALF_UP)) + " 亿元";
        }
        if (abs.compareTo(WAN) >= 0) {
            return yuan(yuan.divide(WAN, 2, RoundingMode.HALF_UP)) + " 万元";
        }
        return whole(yuan) + " 元";
    }

    /** Two decimals, no separators: {@code 73985000.40}; what CSV and spreadsheets read. */
    public static String plain(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.UNNECESSARY).toPlainString();
    }

    /** As {@link #plain}, without {@code .00}: {@code 2218956423}, {@code 1073.70}. */
    public static String plainWhole(BigDecimal amount) {
        String plain = plain(amount);
        return plain.endsWith(".00") ? plain.substring(0, plain.length() - 3) : plain;
    }

    /** A difference with its sign, as {@link #whole}: {@code +1} or {@code -1,000}. */
    public static String signedWhole(BigDecimal amount) {
        return (amount.signum() > 0 ? "+" : "") + whole(amount);
    }

    /** A difference with its sign: {@code +1.00} or {@code -1.00}. */
    public static String signed(BigDecimal amount) {
        return (amount.signum() > 0 ? "+" : "") + yuan(amount);
    }
}
