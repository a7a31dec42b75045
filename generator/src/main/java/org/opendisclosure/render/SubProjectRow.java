package org.opendisclosure.render;

import java.math.BigDecimal;

/**
 * One 子项目 with its amount in 元 (null when the form gives none), share of the sub-projects' total,
 * and the workbook cell the amount was imported from (null when typed by hand).
 */
public record SubProjectRow(String name, BigDecimal amount, String share, String source) {
}
