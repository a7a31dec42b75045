package org.opendisclosure.model;

import java.math.BigDecimal;

/**
 * One row of 一般公共预算基本支出 by economic code (部门预算经济分类科目, 款, 5 digits), in 元.
 *
 * @param code      经济分类科目编码 (款)
 * @param name      经济分类科目名称 as typed, or null; checked against the catalogue
 * @param personnel 人员经费
 * @param office    公用经费
 * @param keyPath   where the row stands, e.g. {@code economic[0]}
 * @param cells     where each amount was imported from ({@code personnel} → {@code 经济分类!D9}); empty
 *                  for hand-written rows
 */
public record EconomicRow(String code, String name, BigDecimal personnel, BigDecimal office, String keyPath,
        java.util.Map<String, String> cells) {

    public EconomicRow {
        cells = java.util.Map.copyOf(cells);
    }

    public BigDecimal total() {
        return personnel.add(office);
    }
}
