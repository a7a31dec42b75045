package org.opendisclosure.workbook;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One cell of a {@link Sheet}: text, or an exact number. A number is written to the file as its
 * exact decimal digits (never through {@code double}), shown with thousands separators and, when it
 * has any, two decimals. Codes ({@code 2080101}, {@code 01}) are text, so that no leading zero is lost.
 *
 * @param text   the text, or the number's plain digits
 * @param number the exact number, or null for text
 * @param bold   whether the cell is a heading
 */
public record SheetCell(String text, BigDecimal number, boolean bold) {

    /** An empty cell. */
    public static final SheetCell EMPTY = new SheetCell("", null, false);

    public SheetCell {
        Objects.requireNonNull(text, "text");
    }

    public static SheetCell text(String text) {
        return text.isEmpty() ? EMPTY : new SheetCell(text, null, false);
    }

    public static SheetCell heading(String text) {
        return new SheetCell(text, null, true);
    }

    public static SheetCell number(BigDecimal number) {
        return new SheetCell(number.toPlainString(), number, false);
    }

    public boolean isEmpty() {
        return number == null && text.isEmpty();
    }

    /** Whether the number has a fraction to show: {@code 1073.70} does, {@code 2218956423} does not. */
    boolean hasFraction() {
        return number != null && number.stripTrailingZeros().scale() > 0;
    }
}
