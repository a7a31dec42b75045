package org.opendisclosure.importer;

import java.math.BigDecimal;
import java.util.Map;

/**
 * One row of a coded table (收入, 支出, 一般公共预算, 政府性基金, 经济分类): its code (类, 款 or 项,
 * or empty for the 合计 row), its name and its amounts in 元 by column, with the cell each came from.
 *
 * @param code    the full code ({@code 2080101}), or empty for the total row
 * @param name    the name as printed
 * @param amounts amount by column role
 * @param cells   {@code 支出预算总表!E12} by column role: where each amount came from
 * @param at      the row's first cell, {@code 支出预算总表!A12}
 */
record CodeLine(String code, String name, Map<ColumnRole, BigDecimal> amounts, Map<ColumnRole, String> cells,
        String at) {

    boolean isTotal() {
        return code.isEmpty();
    }

    BigDecimal amount(ColumnRole role) {
        return amounts.getOrDefault(role, BigDecimal.ZERO);
    }
}
