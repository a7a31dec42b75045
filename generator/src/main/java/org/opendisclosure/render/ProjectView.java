package org.opendisclosure.render;

import java.util.List;

import org.opendisclosure.check.AcknowledgedDiscrepancy;

/**
 * Everything the project template shows, ready to lay out.
 *
 * @param name             项目名称
 * @param year             预算年度
 * @param formTitle        the form it was published on
 * @param facts            基本信息
 * @param funding          项目资金, rows in the form's order with computed figures last
 * @param subprojects      子项目 with their computed total, or null when the form lists none
 * @param prose            项目概况 and the other narrative fields, in the form's order
 * @param goals            项目总目标 and 年度目标
 * @param indicators       绩效指标, or null when the form lists none
 * @param remarks          备注, or null
 * @param discrepancies    已知差异: acknowledged discrepancies of the published form
 * @param editorNotes      编者注
 * @param otherYears       the same project in other years
 * @param explainedIn      department budgets that explain the project at length
 * @param versions         how the indicators differ from those of a budget's section on the project; one per budget
 *                         whose version differs
 * @param history          历年对比: the same project in its other years side by side, or null when it was published in
 *                         one year only
 * @param sourceTitle      资料来源, or null
 * @param sourceUrl        checked http(s) link to it, or null
 */
public record ProjectView(String name, int year, String formTitle, List<Fact> facts, DataTable funding,
        DataTable subprojects, List<TextBlock> prose, List<TextBlock> goals,
        IndicatorTableView indicators, TextBlock remarks, List<AcknowledgedDiscrepancy> discrepancies,
        List<String> editorNotes, List<Link> otherYears, List<Link> explainedIn, List<IndicatorVersionsView> versions, ProjectHistoryView history, String sourceTitle,
        String sourceUrl) {

    public ProjectView {
        versions = List.copyOf(versions);
    }
}
