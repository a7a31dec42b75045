package org.opendisclosure.model;

import java.math.BigDecimal;

/**
 * A total as the published table prints it, typed so that it can be checked against the total
 * computed from the rows. Never shown instead of the computed one.
 *
 * @param table   which figure: {@code functional}, {@code economic}, {@code income} or {@code expenditure}
 * @param code    the 类/款 code it totals, or empty for the grand total (合计)
 * @param column  the column: {@code total}, {@code basic}, {@code project}, {@code personnel}, {@code office}
 * @param value   the published figure
 * @param keyPath where it was typed
 */
public record PublishedTotal(String table, String code, String column, BigDecimal value, String keyPath) {
}
