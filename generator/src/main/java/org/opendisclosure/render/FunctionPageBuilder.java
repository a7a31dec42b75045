package org.opendisclosure.render;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.opendisclosure.address.SiteAddresses;
import org.opendisclosure.chart.BarChart;
import org.opendisclosure.derive.FunctionalAmounts;
import org.opendisclosure.derive.FunctionalSpending;
import org.opendisclosure.derive.SiteModel;
import org.opendisclosure.derive.YearInSite;
import org.opendisclosure.model.ClassificationCatalogue;
import org.opendisclosure.model.ClassificationCode;
import org.opendisclosure.model.MoneyFormat;
import org.opendisclosure.model.MoneyStyle;
import org.opendisclosure.render.DataTable.HeaderCell;
import org.opendisclosure.render.DataTable.TableCell;
import org.opendisclosure.render.DataTable.TableRow;

/**
 * Builds the pages by functional code: the year's index of codes, and one page per code with the
 * departments spending on it, the codes below it and the projects under it.
 */
final class FunctionPageBuilder {

    private static final List<String> BASIC_PROJECT = List.of("基本支出", "项目支出");

    private final SiteModel site;
    private final PageFrames frames;
    private final Charts yuanCharts;

    /** @param wholeCharts charts of 元 amounts as the budget tables print them */
    FunctionPageBuilder(SiteModel site, PageFrames frames, Charts wholeCharts) {
        this.site = site;
        this.frames = frames;
        this.yuanCharts = wholeCharts;
    }

    FunctionsPage index(YearInSite inYear) {
        FunctionalSpending spending = inYear.spending();
        int year = spending.year();
        PageFrame frame = frames.frame(SiteAddresses.functionsIndex(year), year + " 年支出功能分类", year
                + " 年各部门预算支出按功能分类科目（类、款、项）汇总：合计 " + MoneyFormat.readableWithExact(spending.total().expenditure())
                + "。",
                List.of(PageFrames.HOME, new Link(year + " 年", SiteAddresses.year(year))));
        return new FunctionsPage(frame, year,
                FunctionCodeTables.functionsTable(spending, inYear.catalogue().orElseThrow()));
    }

    FunctionPage page(YearInSite inYear, String code) {
        FunctionalSpending spending = inYear.spending();
        int year = inYear.year();
        ClassificationCatalogue catalogue = inYear.catalogue().orElseThrow();
        List<Link> crumbs = new ArrayList<>(List.of(PageFrames.HOME, new Link(year + " 年", SiteAddresses.year(year)),
                new Link("功能分类", SiteAddresses.functionsIndex(year))));
        for (String ancestor : ClassificationCode.lineage(code)) {
            if (!ancestor.equals(code)) {
                crumbs.add(new Link(ancestor + " " + catalogue.functional().get(ancestor),
                        SiteAddresses.function(year, ancestor)));
            }
        }
        String name = catalogue.functional().get(code);
        FunctionalAmounts amounts = spending.at(code);
        BigDecimal spent = amounts.expenditure();
        BigDecimal yearTotal = spending.total().expenditure();
        PageFrame frame = frames.frame(SiteAddresses.function(year, code), code + " " + name, year + " 年功能分类科目 "
                + code + " " + name + "（" + ClassificationCode.levelName(code) + "级）：各部门预算在此支出 "
                + MoneyFormat.readableWithExact(spent) + "，占全年 " + Percent.of(spent, yearTotal)
                + "；哪些部门和项目在此支出。", crumbs);

        List<TableRow> departmentRows = new ArrayList<>();
        for (FunctionalSpending.Share share : spending.departments(code)) {
            FunctionalAmounts a = share.amounts();
            departmentRows.add(new TableRow(List.of(
                    TableCell.heading(share.department().department().name(),
                            SiteAddresses.department(year, share.department().department().id()) + "#table-3"),
                    TableCell.amount(a.expenditure(), MoneyStyle.WHOLE), BudgetTables.cell(a.basic()),
                    BudgetTables.cell(a.project()), TableCell.figure(Percent.of(a.expenditure(), amounts.expenditure()))),
                    ""));
        }
        DataTable departments = new DataTable("departments", code + " " + name + "：各部门支出", "",
                "单位：元", List.of(List.of(HeaderCell.column("部门"), HeaderCell.amount("合计"),
                        HeaderCell.amount("基本支出"), HeaderCell.amount("项目支出"), HeaderCell.amount("占本科目"))),
                departmentRows, List.of(), departmentRows.isEmpty() ? "本年度没有部门预算在此科目下安排支出。" : "");

        List<TableRow> below = new ArrayList<>();
        for (String child : spending.descendants(code)) {
            below.add(FunctionCodeTables.codeRow(spending, catalogue, child, amounts.expenditure()));
        }
        DataTable children = below.isEmpty() ? null
                : new DataTable("children", code + " " + name + "：下级科目", "", "单位：元",
                        List.of(List.of(HeaderCell.group("功能分类科目编码", 3), HeaderCell.column("科目名称").rows(2),
                                HeaderCell.amount("合计").rows(2), HeaderCell.amount("基本支出").rows(2),
                                HeaderCell.amount("项目支出").rows(2), HeaderCell.amount("占本科目").rows(2)),
                                List.of(HeaderCell.column("类"), HeaderCell.column("款"), HeaderCell.column("项"))),
                        below, List.of(), "");

        List<String> direct = spending.children(code);
        ChartView chart = null;
        if (!direct.isEmpty()) {
            chart = yuanCharts.view(new BarChart("chart-children", code + " " + name + "：下级科目支出",
                    year + " 年 " + code + " " + name + " 下各" + (code.length() == ClassificationCode.CLASS ? "款" : "项")
                            + "级科目的基本支出和项目支出（元），条形末端为合计。",
                    BASIC_PROJECT, direct.stream().map(c -> new BarChart.Category(c + " " + catalogue.functional().get(c),
                            List.of(spending.at(c).basic(), spending.at(c).project()))).toList(), "元"),
                    "下级科目", direct.stream().map(c -> SiteAddresses.function(year, c)).toList());
        }
        List<ProjectSummary> projects = ProjectLists.summaries(site, spending.projects(code));
        String change = inYear.expenditureChange(code).map(c -> YearChange.describe(c, MoneyFormat::readableWithExact))
                .orElse("");
        return new FunctionPage(frame, year, code, ClassificationCode.levelName(code), name,
                MoneyFormat.readableWithExact(spent), Percent.of(spent, yearTotal), departments, change,
                children == null ? List.of() : List.of(children), chart == null ? List.of() : List.of(chart),
                projects.isEmpty() ? List.of() : List.of(ListTables.projects("project-list",
                        year + " 年功能分类科目为 " + code + " 或其下级科目的项目", projects)));
    }
}
