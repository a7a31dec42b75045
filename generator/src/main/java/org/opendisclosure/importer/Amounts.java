package org.opendisclosure.importer;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * Amounts as cells hold them: a number cell (already exact, see {@link GridCell#number()}), or text
 * such as {@code 2,218,956,423} or {@code 1,073.70}; a dash or nothing is zero. Conversion between
 * 元 and 万元 moves the decimal point, never goes through floating point.
 */
final class Amounts {

    private static final Pattern TEXT_AMOUNT = Pattern.compile("-?\\d{1,3}(,\\d{3})*(\\.\\d+)?|-?\\d+(\\.\\d+)?");

    private Amounts() {
    }

    /** The cell's amount, zero when blank or a dash, or null when it holds something else. */
    static BigDecimal of(GridCell cell) {
        if (cell == null) {
            return BigDecimal.ZERO;
        }
        if (cell.number() != null) {
            return cell.number();
        }
        String text = HeaderText.normal(cell.text());
        if (text.isEmpty() || text.equals("-") || text.equals("—") || text.equals("--")) {
            return BigDecimal.ZERO;
        }
        return TEXT_AMOUNT.matcher(text).matches() ? new BigDecimal(text.replace(",", "")) : null;
    }

    /** 万元 to 元: ×10,000, exactly. */
    static BigDecimal wanToYuan(BigDecimal wan) {
        return strip(wan.movePointRight(4));
    }

    /** 元 to 万元: ÷10,000, exactly. */
    static BigDecimal yuanToWan(BigDecimal yuan) {
        return yuan.movePointLeft(4);
    }

    /** Without a fraction of zeros ({@code 2218956423.00} is {@code 2218956423}), never in exponent form. */
    static BigDecimal strip(BigDecimal amount) {
        BigDecimal stripped = amount.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** As content files write money: thousands separators, the decimals there are ({@code 1,073.70}). */
    static String yaml(BigDecimal amount) {
        String plain = amount.toPlainString();
        boolean negative = plain.startsWith("-");
        if (negative) {
            plain = plain.substring(1);
        }
        int point = plain.indexOf('.');
        String whole = point < 0 ? plain : plain.substring(0, point);
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                grouped.append(',');
            }
            grouped.append(whole.charAt(i));
        }
        return (negative ? "-" : "") + grouped + (point < 0 ? "" : plain.substring(point));
    }
}
