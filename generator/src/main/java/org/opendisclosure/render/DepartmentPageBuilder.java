package org.opendisclosure.render;

import java.util.List;

import org.opendisclosure.address.SiteAddresses;
import org.opendisclosure.derive.DepartmentInYear;
import org.opendisclosure.derive.SiteModel;
import org.opendisclosure.model.Department;
import org.opendisclosure.model.MoneyFormat;

/** Builds a department's page of one year: its budget, units and projects. */
final class DepartmentPageBuilder {

    private final SiteModel site;
    private final PageFrames frames;
    private final BudgetPages budgets;

    DepartmentPageBuilder(SiteModel site, PageFrames frames, BudgetPages budgets) {
        this.site = site;
        this.frames = frames;
        this.budgets = budgets;
    }

    DepartmentPage build(DepartmentInYear inYear) {
        int year = inYear.year();
        Department department = inYear.department();
        String total = MoneyFormat.readableWithExact(inYear.projectTotal());
        List<GroupSummary> units = inYear.units().stream()
                .map(u -> new GroupSummary(u.unit().name(), SiteAddresses.unit(year, u.unit().id()),
                        u.unit().kind() == null ? "" : u.unit().kind() + "单位", u.projects().size(),
                        u.projectTotal()))
                .toList();
        List<GroupSummary> otherUnits = inYear.unitsWithoutProjects().stream()
                .map(u -> new GroupSummary(u.name(), null, u.kind() == null ? "" : u.kind() + "单位", 0, null))
                .toList();
        String budgetSummary = inYear.budget().map(b -> "部门预算支出总计 "
                + MoneyFormat.readableWithExact(b.functional().total().expenditure()) + "；").orElse("");
        int projectCount = inYear.projects().size();
        PageFrame frame = frames.frame(SiteAddresses.department(year, department.id()), department.name(),
                department.name() + " " + year + " 年：" + budgetSummary + projectCount + " 个公开项目，项目资金合计 "
                        + total + "。", List.of(PageFrames.HOME, new Link(year + " 年", SiteAddresses.year(year))));
        List<BudgetView> budget = inYear.budget().map(b -> List.of(budgets.budgetView(b, inYear.expenditureChange())))
                .orElse(List.of());
        return new DepartmentPage(frame, year, department.name(), otherUnits, projectCount,
                units.isEmpty() ? List.of() : List.of(ListTables.groups("unit-list", year + " 年有公开项目的预算单位",
                        "预算单位", units, "合计", inYear.projectTotal())),
                inYear.projects().isEmpty() ? List.of() : List.of(ListTables.projects("project-list", year + " 年 "
                        + department.name() + " 的项目", ProjectLists.summaries(site, inYear.projects()))),
                total, budget, CompletenessViews.department(site, inYear));
    }
}
