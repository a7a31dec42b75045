package org.opendisclosure.render;

import java.util.List;

/**
 * One functional code of a year: who spends on it, the codes below it and the projects under it.
 *
 * @param level       类, 款 or 项
 * @param total       its spending, in 万元 or 亿元 with the exact 元 beside it
 * @param share       its share of the year's spending
 * @param departments the departments spending on it
 * @param change      the change from the year before, in words, or empty
 * @param children    the codes below it, when there are any (zero or one table)
 * @param charts      the spending of its direct children (zero or one chart)
 * @param projects    the projects budgeted under it (zero or one table)
 */
public record FunctionPage(PageFrame page, int year, String code, String level, String name, String total,
        String share, DataTable departments, String change, List<DataTable> children,
        List<ChartView> charts, List<DataTable> projects) implements Page {

    public FunctionPage {
        children = List.copyOf(children);
        charts = List.copyOf(charts);
        projects = List.copyOf(projects);
    }

    @Override
    public String template() {
        return "function.ftlh";
    }

    @Override
    public List<DataTable> workbookTables() {
        List<DataTable> tables = new java.util.ArrayList<>();
        tables.add(departments);
        tables.addAll(children);
        return tables;
    }

    @Override
    public List<DownloadableTable> downloadableTables() {
        return PageTables.of(PageTables.concat(List.of(departments), children, projects), charts);
    }
}
