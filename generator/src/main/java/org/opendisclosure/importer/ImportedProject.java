package org.opendisclosure.importer;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A project's performance-target form (财政项目支出绩效目标申报表, 2024 form) as read from a sheet,
 * ready to be written as the keys of {@code projects/<year>/<id>.yaml} a form provides.
 *
 * @param year           the year of the form's title line ({@code (2024 年度)}), or 0
 * @param name           项目名称
 * @param nature         项目性质
 * @param category       项目类别
 * @param departmentName 主管部门, as printed
 * @param unitName       实施单位, as printed
 * @param start          计划开始日期, as {@code 2024-01-01}
 * @param end            计划完成日期
 * @param funding        funding keys of the content format in the form's order, amounts in 元
 * @param overall        项目总目标, or empty
 * @param annual         年度总体目标, or empty
 * @param indicators     the indicator table: 一级指标 in order → 二级指标 in order → (三级指标, 指标值)
 * @param remarks        备注, or empty
 * @param cells          the cell each figure came from, by key path ({@code funding.annual_total})
 */
public record ImportedProject(int year, String name, String nature, String category, String departmentName,
        String unitName, String start, String end, Map<String, BigDecimal> funding, String overall, String annual,
        List<Level1> indicators, String remarks, Map<String, String> cells) {

    /** 一级指标 with its 二级指标. */
    public record Level1(String name, List<Level2> groups) {
    }

    /** 二级指标 with its rows. */
    public record Level2(String name, List<Item> items) {
    }

    /** 三级指标 and its 指标值, with the cell of the 指标值. */
    public record Item(String name, String target, String cell) {
    }
}
