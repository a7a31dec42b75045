package org.opendisclosure.model;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Formats 元 amounts for readers, in one place: the way the published tables do — thousands
 * separators and two decimals ({@code 73,985,000.40}), exact, as amounts carry at most two
 * decimals — and, for summaries and charts, rounded to 万元 or 亿元 by one rule ({@link #readable}).
 * Tables always print the exact figures. Independent of the default locale.
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
     * The site's one rule for amounts people read at a glance (summaries, chart labels): an amount
     * whose size, rounded to 万元 with two decimals, reaches 10,000.00 万元 is shown in 亿元, one of
     * at least 1 万元 in 万元, anything smaller exactly in 元. 亿元 and 万元 have two decimals,
     * rounded half up (half away from zero, so a negative amount rounds as its size does):
     * {@code 22.19 亿元}, {@code 1,073.70 万元}, {@code 950 元}, {@code -1.50 万元}. The unit is
     * chosen after rounding, so 99,999,999 元 reads {@code 1.00 亿元}, not {@code 10,000.00 万元}.
     * Two decimals of 亿元 are a million 元, enough to compare departments; the exact figure is
     * always beside it ({@link #readableWithExact}) or in the table under the chart. The footer of
     * every page ({@code layout.ftlh}) states this rule to readers; change both together.
     */
    public static String readable(BigDecimal yuan) {
        BigDecimal abs = yuan.abs();
        BigDecimal inWan = abs.divide(WAN, 2, RoundingMode.HALF_UP);
        if (abs.compareTo(YI) >= 0 || inWan.compareTo(WAN) >= 0) {
            return yuan(yuan.divide(YI, 2, RoundingMode.HALF_UP)) + " 亿元";
        }
        if (abs.compareTo(WAN) >= 0) {
            return yuan(yuan.divide(WAN, 2, RoundingMode.HALF_UP)) + " 万元";
        }
        return whole(yuan) + " 元";
    }

    /** As {@link #readable}, for an amount a document states in 万元 (三公经费, 政府采购). */
    public static String readableFromWan(BigDecimal wan) {
        return readable(wan.multiply(WAN));
    }

    /**
     * A summary's amount: {@link #readable}, and the exact figure in brackets when rounding may have
     * changed it: {@code 22.19 亿元（2,218,956,423 元）}; {@code 950 元} alone.
     */
    public static String readableWithExact(BigDecimal yuan) {
        String readable = readable(yuan);
        return readable.endsWith(" 元") ? readable : readable + "（" + whole(yuan) + " 元）";
    }

    /**
     * As {@link #readableWithExact}, for an amount stated in 万元: {@code 1.34 亿元（13,424.26 万元）};
     * {@code 1,073.70 万元} alone, as 万元 with two decimals is already the document's own figure.
     */
    public static String readableFromWanWithExact(BigDecimal wan) {
        String readable = readableFromWan(wan);
        return readable.endsWith(" 万元") ? readable : readable + "（" + whole(wan) + " 万元）";
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
