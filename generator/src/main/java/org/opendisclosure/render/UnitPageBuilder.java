package org.opendisclosure.render;

import java.util.List;

import org.opendisclosure.address.SiteAddresses;
import org.opendisclosure.chart.BarChart;
import org.opendisclosure.derive.SiteModel;
import org.opendisclosure.derive.UnitInYear;
import org.opendisclosure.model.BudgetUnit;
import org.opendisclosure.model.Department;
import org.opendisclosure.model.MoneyFormat;
import org.opendisclosure.model.MoneyStyle;
import org.opendisclosure.model.Project;

/** Builds a budget unit's page of one year: its projects, their total and the chart of their amounts. */
final class UnitPageBuilder {

    private final SiteModel site;
    private final PageFrames frames;
    private final Charts yuanCharts;

    UnitPageBuilder(SiteModel site, PageFrames frames, Charts yuanCharts) {
        this.site = site;
        this.frames = frames;
        this.yuanCharts = yuanCharts;
    }

    UnitPage build(UnitInYear inYear) {
        int year = inYear.year();
        BudgetUnit unit = inYear.unit();
        Department department = inYear.department();
        List<Project> projects = inYear.projects();
        String total = MoneyFormat.readableWithExact(inYear.projectTotal());
        PageFrame frame = frames.frame(SiteAddresses.unit(year, unit.id()), unit.name(), unit.name() + "（"
                + department.name() + "）" + year + " 年：" + projects.size() + " 个公开项目，项目资金合计 " + total + "。",
                List.of(PageFrames.HOME, new Link(year + " 年", SiteAddresses.year(year)),
                        new Link(department.name(), SiteAddresses.department(year, department.id()))));
        List<Project> funded = projects.stream().filter(p -> p.funding().annualTotal() != null).toList();
        List<ChartView> charts = funded.isEmpty() ? List.of()
                : List.of(yuanCharts.view(new BarChart("chart-unit-projects", year + " 年各项目资金",
                        year + " 年 " + unit.name() + " 各项目的当年资金（元），从大到小。", List.of("当年资金"),
                        funded.stream().map(p -> new BarChart.Category(p.name(), List.of(p.funding().annualTotal())))
                                .toList(), "元"),
                        "项目", funded.stream().map(p -> SiteAddresses.project(year, p.id())).toList()));
        return new UnitPage(frame, year, unit.name(), charts, unit.kind() == null ? "" : unit.kind() + "单位",
                new Link(department.name(), SiteAddresses.department(year, department.id())),
                ListTables.projects("project-list", year + " 年 " + unit.name() + " 的项目",
                        ProjectLists.summaries(site, projects)),
                total);
    }
}
