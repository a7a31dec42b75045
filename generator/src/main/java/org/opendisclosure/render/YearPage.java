package org.opendisclosure.render;

import java.util.List;

/**
 * A year: its departments, totals, the change from the year before and the chart by 类.
 *
 * @param departments   the departments with their budgets and projects
 * @param projectCount  projects of the year
 * @param total         项目资金合计, for readers ({@link org.opendisclosure.model.MoneyFormat#readableWithExact})
 * @param budgetTotal   部门预算支出合计, for readers, as {@code total}
 * @param budgetCount   department budgets of the year
 * @param charts        spending by 类 across departments, when there are budgets
 * @param change        the change of 支出合计 from the year before, in words, or empty
 * @param functionsHref the year's functional-code index, or empty when it has none
 * @param indicatorsHref the indicator browser set to the year, or empty when the year has no indicators
 * @param indicatorCount the year's indicators, formatted (1,234)
 * @param completeness  公开完整性 of every department against the year's rules, or null when the year has none
 * @param noCompleteness why the year has no completeness table, or empty when it has one
 */
public record YearPage(PageFrame page, int year, DataTable departments, int projectCount, String total,
        String budgetTotal, int budgetCount, List<ChartView> charts, String change, String functionsHref,
        String indicatorsHref, String indicatorCount, DataTable completeness, String noCompleteness)
        implements Page {

    public YearPage {
        charts = List.copyOf(charts);
    }

    @Override
    public String template() {
        return "year.ftlh";
    }

    @Override
    public List<DownloadableTable> downloadableTables() {
        List<DownloadableTable> tables = new java.util.ArrayList<>(PageTables.of(List.of(departments), charts));
        if (completeness != null) {
            tables.add(completeness);
        }
        return tables;
    }
}
