package org.opendisclosure.render;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.opendisclosure.chart.BarChart;
import org.opendisclosure.check.CheckReport;
import org.opendisclosure.derive.DepartmentYear;
import org.opendisclosure.derive.EconomicAmounts;
import org.opendisclosure.derive.FunctionalAmounts;
import org.opendisclosure.derive.FunctionalSpending;
import org.opendisclosure.derive.SiteIndex;
import org.opendisclosure.model.BudgetSection;
import org.opendisclosure.model.ClassificationCatalogue;
import org.opendisclosure.model.ClassificationCode;
import org.opendisclosure.model.DepartmentBudget;
import org.opendisclosure.model.KeyProject;
import org.opendisclosure.model.MoneyFormat;
import org.opendisclosure.model.PerformanceSummary;
import org.opendisclosure.model.Procurement;
import org.opendisclosure.model.Project;
import org.opendisclosure.model.ProjectForm;
import org.opendisclosure.model.ThreePublicCosts;
import org.opendisclosure.render.DataTable.HeaderCell;
import org.opendisclosure.render.DataTable.TableCell;
import org.opendisclosure.render.DataTable.TableRow;

/**
 * Builds the department budget views and the functional-code pages: the budget part of a
 * department page, the year's spending by 类, and one page per functional code with spending.
 */
final class BudgetPages {

    private static final List<String> BASIC_PROJECT = List.of("基本支出", "项目支出");

    private final SiteIndex index;
    private final CheckReport report;
    private final Charts yuanCharts = new Charts(MoneyFormat::whole);
    private final Charts wanCharts = new Charts(MoneyFormat::yuan);
    private final MarkdownRenderer markdown = new MarkdownRenderer(2);

    BudgetPages(SiteIndex index, CheckReport report) {
        this.index = index;
        this.report = report;
    }

    /** The budget part of a department page. */
    BudgetView budgetView(DepartmentYear dy) {
        DepartmentBudget budget = dy.budget();
        int year = dy.year();
        FunctionalAmounts total = dy.functional().total();
        List<Fact> facts = new ArrayList<>();
        facts.add(new Fact("支出总计", MoneyFormat.whole(total.expenditure()) + " 元（" + Amounts.readable(
                total.expenditure()) + "）", null));
        index.budget(year - 1, dy.department()).ifPresent(previous -> facts.add(new Fact("比上年",
                YearChange.describe(total.expenditure(), previous.functional().total().expenditure(), year - 1,
                        MoneyFormat::whole), SitePages.departmentPath(year - 1, dy.department().id()))));
        facts.add(new Fact("基本支出", MoneyFormat.whole(total.basic()) + " 元，占 "
                + Percent.of(total.basic(), total.expenditure()), null));
        facts.add(new Fact("项目支出", MoneyFormat.whole(total.project()) + " 元，占 "
                + Percent.of(total.project(), total.expenditure()), null));
        facts.add(new Fact("财政拨款收入", MoneyFormat.whole(total.fiscal()) + " 元，占收入总计 "
                + Percent.of(total.fiscal(), total.income()), null));
        ThreePublicCosts t = budget.threePublic();
        if (t != null) {
            facts.add(new Fact("“三公”经费", MoneyFormat.yuan(t.total()) + " 万元", null));
            if (t.operatingCosts() != null) {
                facts.add(new Fact("机关运行经费", MoneyFormat.yuan(t.operatingCosts()) + " 万元", null));
            }
        }
        Procurement p = budget.procurement();
        if (p != null && p.total() != null) {
            StringBuilder text = new StringBuilder(MoneyFormat.whole(p.total()) + " 万元");
            List<String> parts = new ArrayList<>();
            if (p.goods() != null) {
                parts.add("货物 " + MoneyFormat.whole(p.goods()) + " 万元");
            }
            if (p.works() != null) {
                parts.add("工程 " + MoneyFormat.whole(p.works()) + " 万元");
            }
            if (p.services() != null) {
                parts.add("服务 " + MoneyFormat.whole(p.services()) + " 万元");
            }
            if (!parts.isEmpty()) {
                text.append("（").append(String.join("、", parts)).append("）");
            }
            if (p.smeReserved() != null) {
                text.append("；面向中小企业预留 ").append(MoneyFormat.whole(p.smeReserved())).append(" 万元");
                if (p.smallMicroReserved() != null) {
                    text.append("，其中小型和微型企业 ").append(MoneyFormat.whole(p.smallMicroReserved())).append(" 万元");
                }
            }
            facts.add(new Fact("政府采购预算", text.toString(), null));
        }
        PerformanceSummary perf = budget.performance();
        if (perf != null) {
            List<String> parts = new ArrayList<>();
            if (perf.units() != null) {
                parts.add(perf.units() + " 个预算单位");
            }
            if (perf.projects() != null) {
                parts.add(perf.projects() + " 个项目");
            }
            if (perf.funds() != null) {
                parts.add("涉及项目预算资金 " + MoneyFormat.whole(perf.funds()) + " 万元");
            }
            facts.add(new Fact("绩效目标编报", String.join("，", parts), null));
        }

        List<ChartView> charts = new ArrayList<>();
        List<String> classes = dy.functional().codes(ClassificationCode.CLASS);
        charts.add(yuanCharts.view(new BarChart("chart-functional", year + " 年支出按功能分类（类）",
                dy.department().name() + " " + year + " 年各类功能分类科目的基本支出和项目支出（元），条形末端为该类合计。",
                BASIC_PROJECT, classes.stream().map(c -> new BarChart.Category(dy.functionalName(c),
                        List.of(dy.functional().at(c).basic(), dy.functional().at(c).project()))).toList(), "元"),
                "功能分类科目（类）", classes.stream().map(c -> SitePages.functionPath(year, c)).toList()));
        List<String> economicClasses = dy.economic().codes(ClassificationCode.CLASS);
        if (!economicClasses.isEmpty()) {
            charts.add(yuanCharts.view(new BarChart("chart-economic", year + " 年一般公共预算基本支出按经济分类（类）",
                    dy.department().name() + " " + year + " 年一般公共预算基本支出各经济分类的人员经费和公用经费（元）。",
                    List.of("人员经费", "公用经费"), economicClasses.stream().map(c -> {
                        EconomicAmounts a = dy.economic().at(c);
                        return new BarChart.Category(dy.economicName(c), List.of(a.personnel(), a.office()));
                    }).toList(), "元"), "经济分类科目（类）", null));
        }
        if (t != null) {
            charts.add(wanCharts.view(new BarChart("chart-three-public", year + " 年“三公”经费构成",
                    dy.department().name() + " " + year + " 年“三公”经费合计 " + MoneyFormat.yuan(t.total())
                            + " 万元的构成（万元）。",
                    List.of("预算数"), List.of(new BarChart.Category("因公出国(境)费", List.of(t.overseas())),
                            new BarChart.Category("公务接待费", List.of(t.reception())),
                            new BarChart.Category("公务用车购置费", List.of(t.vehiclePurchase())),
                            new BarChart.Category("公务用车运行费", List.of(t.vehicleOperation()))),
                    "万元"), "“三公”经费", null));
        }

        List<BudgetView.Prose> sections = new ArrayList<>();
        for (BudgetSection section : BudgetSection.ALL) {
            String text = budget.sections().get(section.key());
            if (text != null) {
                sections.add(new BudgetView.Prose("section-" + section.key(), section.heading(),
                        markdown.toHtml(text)));
            }
        }
        List<BudgetView.KeyProjectView> keyProjects = new ArrayList<>();
        for (KeyProject key : budget.keyProjects()) {
            Project project = index.projects(year).stream().filter(pr -> pr.id().equals(key.projectId())).findFirst()
                    .orElseThrow();
            keyProjects.add(new BudgetView.KeyProjectView(key.title(), markdown.toHtml(key.text()),
                    new Link(project.name() + "（" + year + " 年项目页）", SitePages.projectPath(year, project.id())),
                    key.indicators().isEmpty() ? null
                            : IndicatorTableView.of("key-project-" + (keyProjects.size() + 1) + "-indicators",
                                    ProjectForm.FORM_2019, key.indicators())));
        }
        return new BudgetView(budget.title(), facts, charts, new BudgetTables(dy).all(), sections, keyProjects,
                report.discrepancies(budget.file()), budget.editorNotes(),
                budget.source() == null ? null : budget.source().title(),
                budget.source() == null ? null : budget.source().url());
    }

    /** The year's spending by 类 across departments, stacked by department. */
    ChartView yearChart(FunctionalSpending spending) {
        int year = spending.year();
        List<DepartmentYear> budgets = index.budgets(year);
        List<String> classes = spending.codes(ClassificationCode.CLASS).stream()
                .filter(c -> spending.at(c).expenditure().signum() != 0).toList();
        ClassificationCatalogue catalogue = index.catalogueOf(year).orElseThrow();
        return yuanCharts.view(new BarChart("chart-year-functional", year + " 年各部门支出按功能分类（类）",
                year + " 年全部 " + budgets.size() + " 个部门预算的支出按功能分类（类）汇总（元），按部门分段。",
                budgets.stream().map(b -> b.department().name()).toList(),
                classes.stream().map(c -> new BarChart.Category(catalogue.functional().get(c),
                        budgets.stream().map(b -> b.functional().contains(c) ? b.functional().at(c).expenditure()
                                : BigDecimal.ZERO).toList()))
                        .toList(),
                "元"), "功能分类科目（类）", classes.stream().map(c -> SitePages.functionPath(year, c)).toList());
    }

    /** How spending on {@code code} changed from the year before, when that year has budgets spending on it. */
    private String change(int year, String code, BigDecimal expenditure) {
        FunctionalSpending previous = index.functionalSpending(year - 1);
        return previous.codes().contains(code) ? YearChange.describe(expenditure, previous.at(code).expenditure(),
                year - 1, MoneyFormat::whole) : "";
    }

    /** The model of one functional-code page. */
    Map<String, Object> functionModel(FunctionalSpending spending, String code) {
        int year = spending.year();
        ClassificationCatalogue catalogue = index.catalogueOf(year).orElseThrow();
        FunctionalAmounts amounts = spending.at(code);
        BigDecimal yearTotal = spending.total().expenditure();
        String name = catalogue.functional().get(code);

        List<TableRow> departmentRows = new ArrayList<>();
        for (FunctionalSpending.Share share : spending.departments(code)) {
            FunctionalAmounts a = share.amounts();
            departmentRows.add(new TableRow(List.of(
                    TableCell.heading(share.department().department().name(),
                            SitePages.departmentPath(year, share.department().department().id()) + "#table-3"),
                    TableCell.amount(MoneyFormat.whole(a.expenditure())), TableCell.amount(BudgetTables.cell(a.basic())),
                    TableCell.amount(BudgetTables.cell(a.project())),
                    TableCell.amount(Percent.of(a.expenditure(), amounts.expenditure()))), ""));
        }
        DataTable departments = new DataTable("departments", code + " " + name + "：各部门支出", "",
                "单位：元", List.of(List.of(HeaderCell.column("部门"), HeaderCell.amount("合计"),
                        HeaderCell.amount("基本支出"), HeaderCell.amount("项目支出"), HeaderCell.amount("占本科目"))),
                departmentRows, List.of(), departmentRows.isEmpty() ? "本年度没有部门预算在此科目下安排支出。" : "");

        List<TableRow> below = new ArrayList<>();
        for (String child : descendants(spending, code)) {
            below.add(codeRow(spending, catalogue, child, amounts.expenditure()));
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
                    "下级科目", direct.stream().map(c -> SitePages.functionPath(year, c)).toList());
        }
        List<ProjectSummary> projects = spending.projects(code).stream().map(pr -> new ProjectSummary(pr.name(),
                SitePages.projectPath(year, pr.id()), index.unit(pr.unitId()).name(),
                SitePages.unitPath(year, pr.unitId()), pr.nature() == null ? "—" : pr.nature(),
                pr.funding().annualTotal() == null ? "—" : MoneyFormat.yuan(pr.funding().annualTotal()))).toList();
        return Map.ofEntries(Map.entry("year", year), Map.entry("code", code),
                Map.entry("level", ClassificationCode.levelName(code)), Map.entry("name", name),
                Map.entry("total", MoneyFormat.whole(amounts.expenditure())),
                Map.entry("readable", Amounts.readable(amounts.expenditure())),
                Map.entry("share", Percent.of(amounts.expenditure(), yearTotal)), Map.entry("departments", departments),
                Map.entry("change", change(year, code, amounts.expenditure())),
                Map.entry("children", children == null ? List.of() : List.of(children)),
                Map.entry("charts", chart == null ? List.of() : List.of(chart)),
                Map.entry("projects", projects.isEmpty() ? List.of() : List.of(ListTables.projects("project-list",
                        year + " 年功能分类科目为 " + code + " 或其下级科目的项目", projects))));
    }

    /** A row of a code table: 类/款/项 columns, the linked name, 合计/基本/项目 and the share of {@code whole}. */
    private static TableRow codeRow(FunctionalSpending spending, ClassificationCatalogue catalogue, String code,
            BigDecimal whole) {
        FunctionalAmounts a = spending.at(code);
        List<String> parts = ClassificationCode.columns(code);
        return new TableRow(List.of(TableCell.code(parts.get(0), null), TableCell.code(parts.get(1), null),
                TableCell.code(parts.get(2), null),
                TableCell.heading(catalogue.functional().get(code), SitePages.functionPath(spending.year(), code)),
                TableCell.amount(BudgetTables.cell(a.expenditure())), TableCell.amount(BudgetTables.cell(a.basic())),
                TableCell.amount(BudgetTables.cell(a.project())), TableCell.amount(Percent.of(a.expenditure(), whole))),
                "level-" + code.length());
    }

    /** For a 类 its 款 and their 项; for a 款 its 项. */
    private static List<String> descendants(FunctionalSpending spending, String code) {
        return spending.codes().stream().filter(c -> c.length() > code.length() && c.startsWith(code)).toList();
    }

    /** The index of functional codes of a year: every 类 and 款 with the year's totals. */
    DataTable functionsTable(FunctionalSpending spending) {
        int year = spending.year();
        ClassificationCatalogue catalogue = index.catalogueOf(year).orElseThrow();
        BigDecimal total = spending.total().expenditure();
        List<TableRow> rows = new ArrayList<>();
        for (String code : spending.codes()) {
            rows.add(codeRow(spending, catalogue, code, total));
        }
        return new DataTable("functions", year + " 年支出功能分类科目", "全部部门预算汇总", "单位：元",
                List.of(List.of(HeaderCell.group("功能分类科目编码", 3), HeaderCell.column("科目名称").rows(2),
                        HeaderCell.amount("合计").rows(2), HeaderCell.amount("基本支出").rows(2),
                        HeaderCell.amount("项目支出").rows(2), HeaderCell.amount("占全年").rows(2)),
                        List.of(HeaderCell.column("类"), HeaderCell.column("款"), HeaderCell.column("项"))),
                rows, List.of(new TableRow(List.of(TableCell.heading("合计", null).spanning(4),
                        TableCell.amount(MoneyFormat.whole(total)),
                        TableCell.amount(BudgetTables.cell(spending.total().basic())),
                        TableCell.amount(BudgetTables.cell(spending.total().project())), TableCell.amount("100.00%")),
                        "")),
                "");
    }
}
