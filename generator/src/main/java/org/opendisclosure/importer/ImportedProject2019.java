package org.opendisclosure.importer;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A project's 2019 performance-target form (上海市财政支出项目绩效目标申报表, 2019 年) as read from a
 * sheet, ready to be written as the keys of {@code projects/<year>/<id>.yaml} the form provides.
 *
 * @param year        the year of the form's title line ({@code (2019年)}), or 0
 * @param unitName    申报单位名称, as printed
 * @param name        项目名称
 * @param nature      the ticked 项目类型, or empty
 * @param purpose     the ticked 资金用途, or empty
 * @param start       开始时间, as {@code 2019-01-01} (or {@code 2019-01} when printed without a day)
 * @param end         结束时间
 * @param prose       项目概况, 立项依据, 项目设立的必要性, 保证项目实施的制度、措施, 项目实施计划 by their
 *                    content keys ({@code overview} …), only those filled in
 * @param funding     项目总预算, 项目当年预算, 同名项目上年预算额, 同名项目上年预算执行数 by their content keys, in 元
 * @param subprojects 项目当年投入资金构成: 子项目名称 and 预算金额, in order
 * @param overall     项目总目标, or empty
 * @param annual      年度绩效目标, or empty
 * @param threeLevel  whether the 分解目标 table has three levels (一级 | 二级 | 三级指标) or two (分解目标内容 | 绩效指标)
 * @param indicators  the 分解目标 table; in a two-level table each 一级指标 has one group without a name
 * @param remarks     备注, or empty
 * @param cells       the cell each figure came from, by key path ({@code funding.annual_total}, {@code subprojects[2].amount})
 */
public record ImportedProject2019(int year, String unitName, String name, String nature, String purpose, String start,
        String end, Map<String, String> prose, Map<String, BigDecimal> funding, List<SubProject> subprojects,
        String overall, String annual, boolean threeLevel, List<ImportedProject.Level1> indicators, String remarks,
        Map<String, String> cells) {

    /** One row of 项目当年投入资金构成; {@code amount} is null when the row has none. */
    public record SubProject(String name, BigDecimal amount) {
    }
}
