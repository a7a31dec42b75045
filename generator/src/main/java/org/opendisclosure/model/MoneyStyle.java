package org.opendisclosure.model;

import java.math.BigDecimal;

/**
 * How a table prints an amount, and the same amount for machines: every money cell of the site
 * carries its exact amount and one of these, so that a page shows {@code 1,234.50} and its CSV
 * download {@code 1234.50} — written from the number, never parsed back from the text.
 */
public enum MoneyStyle {

    /** Two decimals always: {@code 73,985,000.40}, {@code 12.00}. Projects, 万元 tables. */
    YUAN,
    /** Decimals only when there are any: {@code 2,218,956,423}, {@code 1,073.70}. Budget tables. */
    WHOLE,
    /** As {@link #WHOLE}, and blank for zero, as the published budget tables print nothing. */
    BLANK_ZERO,
    /** With its sign: {@code +1.00}, {@code -1,000.00}. Differences. */
    SIGNED;

    /** The amount as readers see it. */
    public String display(BigDecimal amount) {
        return switch (this) {
            case YUAN -> MoneyFormat.yuan(amount);
            case WHOLE -> MoneyFormat.whole(amount);
            case BLANK_ZERO -> amount.signum() == 0 ? "" : MoneyFormat.whole(amount);
            case SIGNED -> MoneyFormat.signed(amount);
        };
    }

    /**
     * The amount for spreadsheets and programs: the decimals readers see, no thousands separators,
     * no plus sign ({@code 1234.50}, {@code -1000}).
     */
    public String machine(BigDecimal amount) {
        return switch (this) {
            case YUAN, SIGNED -> MoneyFormat.plain(amount);
            case WHOLE -> MoneyFormat.plainWhole(amount);
            case BLANK_ZERO -> amount.signum() == 0 ? "" : MoneyFormat.plainWhole(amount);
        };
    }
}
