package org.opendisclosure.render;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.opendisclosure.chart.BarChart;
import org.opendisclosure.check.CheckReport;
import org.opendisclosure.derive.DepartmentYear;
import org.opendisclosure.derive.EconomicAmounts;
import org.opendisclosure.derive.FunctionalAmounts;
import org.opendisclosure.derive.FunctionalSpending;
import org.opendisclosure.derive.SiteModel;
import org.opendisclosure.derive.YearInSite;
import org.opendisclosure.derive.YearOverYear;
import org.opendisclosure.address.SiteAddresses;
import org.opendisclosure.model.BudgetSection;
import org.opendisclosure.model.ClassificationCatalogue;
import org.opendisclosure.model.ClassificationCode;
import org.opendisclosure.model.DepartmentBudget;
import org.opendisclosure.model.KeyProject;
import org.opendisclosure.model.MoneyFormat;
import org.opendisclosure.model.MoneyStyle;
import org.opendisclosure.model.PerformanceSummary;
import org.opendisclosure.model.Procurement;
import org.opendisclosure.model.Project;
import org.opendisclosure.model.ProjectForm;
import org.opendisclosure.model.ThreePublicCosts;
import org.opendisclosure.render.DataTable.HeaderCell;
import org.opendisclosure.render.DataTable.TableCell;
import org.opendisclosure.render.DataTable.TableRow;

/**
 * Builds the department budget views: the budget part of a department page (facts, charts, the
 * eight tables, prose and key projects), and the year's spending by 类 across departments.
 */
final class BudgetPages {

    private static final List<String> BASIC_PROJECT = List.of("基本支出", "项目支出");

    private final SiteModel site;
    private final CheckReport report;
    private final Charts yuanCharts;
    private final Charts wanCharts;
    private final MarkdownRenderer markdown = new MarkdownRenderer(2);
    private final Glossary glossary;

    /**
     * @param wholeCharts charts of 元 amounts as the budget tables print them
     * @param wanCharts   charts of 万元 amounts, with two decimals
     * @param glossary    the terms each department defines, linked in its prose
     */
    BudgetPages(SiteModel site, CheckReport report, Charts wholeCharts, Charts wanCharts, Glossary glossary) {
        this.glossary = glossary;
        this.site = site;
        this.yuanCharts = wholeCharts;
        this.wanCharts = wanCharts;
        this.report = report;
    }

    /** The budget part of a department page; {@code change} is how its 支出总计 changed from the year before. */
    BudgetView budgetView(DepartmentYear dy, Optional<YearOverYear> change) {
        DepartmentBudget budget = dy.budget();
        int year = dy.year();
        FunctionalAmounts total = dy.functional().total();
        List<Fact> facts = new ArrayList<>();
        facts.add(new Fact("支出总计", MoneyFormat.readableWithExact(total.expenditure()), null));
        change.ifPresent(c -> facts.add(new Fact("比上年", YearChange.describe(c, MoneyFormat::readableWithExact),
                SiteAddresses.department(c.previousYear(), dy.department().id()))));
        facts.add(new Fact("基本支出", MoneyFormat.readableWithExact(total.basic()) + "，占 "
                + Percent.of(total.basic(), total.expenditure()), null));
        facts.add(new Fact("项目支出", MoneyFormat.readableWithExact(total.project()) + "，占 "
                + Percent.of(total.project(), total.expenditure()), null));
        facts.add(new Fact("财政拨款收入", MoneyFormat.readableWithExact(total.fiscal()) + "，占收入总计 "
                + Percent.of(total.fiscal(), total.income()), null));
        ThreePublicCosts t = budget.threePublic();
        if (t != null) {
            facts.add(new Fact("“三公”经费", MoneyFormat.readableFromWanWithExact(t.total()), null));
            if (t.operatingCosts() != null) {
                facts.add(new Fact("机关运行经费", MoneyFormat.readableFromWanWithExact(t.operatingCosts()), null));
            }
        }
        Procurement p = budget.procurement();
        if (p != null && p.total() != null) {
            StringBuilder text = new StringBuilder(MoneyFormat.readableFromWanWithExact(p.total()));
            List<String> parts = new ArrayList<>();
            if (p.goods() != null) {
                parts.add("货物 " + MoneyFormat.readableFromWanWithExact(p.goods()));
            }
            if (p.works() != null) {
                parts.add("工程 " + MoneyFormat.readableFromWanWithExact(p.works()));
            }
            if (p.services() != null) {
                parts.add("服务 " + MoneyFormat.readableFromWanWithExact(p.services()));
            }
            if (!parts.isEmpty()) {
                text.append("（").append(String.join("、", parts)).append("）");
            }
            if (p.smeReserved() != null) {
                text.append("；面向中小企业预留 ").append(MoneyFormat.readableFromWanWithExact(p.smeReserved()));
                if (p.smallMicroReserved() != null) {
                    text.append("，其中小型和微型企业 ").append(MoneyFormat.readableFromWanWithExact(p.smallMicroReserved()));
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
                parts.add("涉及项目预算资金 " + MoneyFormat.readableFromWanWithExact(perf.funds()));
            }
            facts.add(new Fact("绩效目标编报", String.join("，", parts), null));
        }

        List<ChartView> charts = new ArrayList<>();
        List<String> classes = dy.functional().codes(ClassificationCode.CLASS);
        charts.add(yuanCharts.view(new BarChart("chart-functional", year + " 年支出按功能分类（类）",
                dy.department().name() + " " + year + " 年各类功能分类科目的基本支出和项目支出（元），条形末端为该类合计。",
                BASIC_PROJECT, classes.stream().map(c -> new BarChart.Category(dy.functionalName(c),
                        List.of(dy.functional().at(c).basic(), dy.functional().at(c).project()))).toList(), "元"),
                "功能分类科目（类）", classes.stream().map(c -> SiteAddresses.function(year, c)).toList()));
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

        String page = SiteAddresses.department(year, dy.department().id());
        List<BudgetView.Prose> sections = new ArrayList<>();
        for (BudgetSection section : BudgetSection.ALL) {
            String text = budget.sections().get(section.key());
            if (text != null) {
                boolean isGlossary = section.key().equals(Glossary.SECTION);
                sections.add(new BudgetView.Prose("section-" + section.key(), section.heading(),
                        markdown.toHtml(text, glossary.links(page, year, dy.department().id(), isGlossary)),
                        isGlossary && !glossary.of(year, dy.department().id()).isEmpty()
                                ? new Link("全站各部门的名词解释", SiteAddresses.GLOSSARY) : null));
            }
        }
        List<BudgetView.KeyProjectView> keyProjects = new ArrayList<>();
        for (KeyProject key : budget.keyProjects()) {
            Project project = site.project(year, key.projectId());
            String id = "key-project-" + (keyProjects.size() + 1);
            Link projectPage = new Link(project.name() + "（" + year + " 年项目页）",
                    SiteAddresses.project(year, project.id()));
            IndicatorVersionsView versions = site.indicatorVersions(project, budget.departmentId())
                    .filter(v -> !v.isSame())
                    .map(v -> IndicatorVersionsView.of(id + "-versions", v, "本部门预算",
                            new Link("项目申报表中的绩效指标（" + year + " 年项目页）",
                                    SiteAddresses.project(year, project.id()) + "#indicators")))
                    .orElse(null);
            keyProjects.add(new BudgetView.KeyProjectView(key.title(),
                    markdown.toHtml(key.text(), glossary.links(page, year, dy.department().id(), false)), projectPage,
                    key.indicators().isEmpty() ? null
                            : IndicatorTableView.of(id + "-indicators", ProjectForm.FORM_2019, key.indicators()),
                    versions));
        }
        return new BudgetView(budget.title(), facts, charts, new BudgetTables(dy).all(), sections, keyProjects,
                report.discrepancies(budget.file()), budget.editorNotes(),
                budget.source() == null ? null : budget.source().title(),
                budget.source() == null ? null : budget.source().url());
    }

    /** The year's spending by 类 across departments, stacked by department. */
    ChartView yearChart(YearInSite inYear) {
        FunctionalSpending spending = inYear.spending();
        int year = spending.year();
        List<DepartmentYear> budgets = inYear.budgets();
        List<String> classes = spending.codes(ClassificationCode.CLASS).stream()
                .filter(c -> spending.at(c).expenditure().signum() != 0).toList();
        ClassificationCatalogue catalogue = inYear.catalogue().orElseThrow();
        return yuanCharts.view(new BarChart("chart-year-functional", year + " 年各部门支出按功能分类（类）",
                year + " 年全部 " + budgets.size() + " 个部门预算的支出按功能分类（类）汇总（元），按部门分段。",
                budgets.stream().map(b -> b.department().name()).toList(),
                classes.stream().map(c -> new BarChart.Category(catalogue.functional().get(c),
                        budgets.stream().map(b -> b.functional().contains(c) ? b.functional().at(c).expenditure()
                                : BigDecimal.ZERO).toList()))
                        .toList(),
                "元"), "功能分类科目（类）", classes.stream().map(c -> SiteAddresses.function(year, c)).toList());
    }
}
