package org.opendisclosure.render;

import java.util.List;

/**
 * A budget unit in one year: its projects and their amounts.
 *
 * @param kind       单位性质, e.g. 事业单位, or empty
 * @param department its 主管部门
 * @param projects   its projects
 * @param total      项目资金合计, for readers ({@link org.opendisclosure.model.MoneyFormat#readableWithExact})
 */
public record UnitPage(PageFrame page, int year, String name, List<ChartView> charts, String kind, Link department,
        DataTable projects, String total) implements Page {

    public UnitPage {
        charts = List.copyOf(charts);
    }

    @Override
    public String template() {
        return "unit.ftlh";
    }

    @Override
    public List<DownloadableTable> downloadableTables() {
        return PageTables.of(List.of(projects), charts);
    }
}
