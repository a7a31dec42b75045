package org.opendisclosure.render;

import java.util.List;

import org.opendisclosure.address.SiteAddresses;
import org.opendisclosure.derive.DepartmentInYear;
import org.opendisclosure.derive.FunctionalSpending;
import org.opendisclosure.derive.SiteModel;
import org.opendisclosure.derive.YearInSite;
import org.opendisclosure.model.MoneyFormat;

/** Builds a year's page: its departments with budgets and projects, totals, change and the chart by 类. */
final class YearPageBuilder {

    private final SiteModel site;
    private final PageFrames frames;
    private final BudgetPages budgets;

    YearPageBuilder(SiteModel site, PageFrames frames, BudgetPages budgets) {
        this.site = site;
        this.frames = frames;
        this.budgets = budgets;
    }

    YearPage build(YearInSite inYear) {
        int year = inYear.year();
        List<GroupSummary> departments = inYear.departments().stream().map(d -> summary(year, d)).toList();
        FunctionalSpending spending = inYear.spending();
        boolean hasBudgets = !inYear.budgets().isEmpty();
        List<ChartView> charts = hasBudgets ? List.of(budgets.yearChart(inYear)) : List.of();
        String budgetSummary = !hasBudgets ? ""
                : inYear.budgets().size() + " 个部门的部门预算，支出合计 "
                        + MoneyFormat.readableWithExact(spending.total().expenditure()) + "；";
        String total = MoneyFormat.readableWithExact(inYear.projectTotal());
        PageFrame frame = frames.frame(SiteAddresses.year(year), year + " 年", year + " 年：" + budgetSummary
                + inYear.projects().size() + " 个项目的绩效目标，项目资金合计 " + total + "。", List.of(PageFrames.HOME));
        String change = inYear.expenditureChange().map(c -> YearChange.describe(c, MoneyFormat::readableWithExact)).orElse("");
        return new YearPage(frame, year, ListTables.groups("department-list", year + " 年各部门", "主管部门", departments,
                "项目资金合计", inYear.projectTotal()), inYear.projects().size(), total,
                MoneyFormat.readableWithExact(spending.total().expenditure()), inYear.budgets().size(), charts, change,
                inYear.hasFunctionPages() ? SiteAddresses.functionsIndex(year) : "",
                inYear.indicators().count() == 0 ? "" : SiteAddresses.indicatorsOfYear(year),
                IndicatorListPageBuilder.number(inYear.indicators().count()), CompletenessViews.year(site, inYear),
                site.rules(year).isPresent() ? "" : CompletenessViews.noRules(site, year));
    }

    private static GroupSummary summary(int year, DepartmentInYear d) {
        String detail = d.budget().map(b -> "部门预算支出 " + MoneyFormat.whole(b.functional().total().expenditure())
                + " 元；").orElse("") + d.units().size() + " 个单位有公开项目";
        return new GroupSummary(d.department().name(), SiteAddresses.department(year, d.department().id()), detail,
                d.projects().size(), d.projectTotal());
    }
}
