package org.opendisclosure.render;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

import org.opendisclosure.address.SiteAddresses;
import org.opendisclosure.chart.BarChart;
import org.opendisclosure.check.CheckReport;
import org.opendisclosure.derive.DepartmentYear;
import org.opendisclosure.derive.ProjectSums;
import org.opendisclosure.derive.SiteModel;
import org.opendisclosure.derive.YearOverYear;
import org.opendisclosure.model.BudgetUnit;
import org.opendisclosure.model.Contact;
import org.opendisclosure.model.Department;
import org.opendisclosure.model.Funding;
import org.opendisclosure.model.MoneyFormat;
import org.opendisclosure.model.MoneyStyle;
import org.opendisclosure.render.DataTable.TableCell;
import org.opendisclosure.model.Project;
import org.opendisclosure.model.ProjectForm;
import org.opendisclosure.model.ProjectProse;

/**
 * Builds a project's page: its form's facts, funding (with the computed shares and the change from
 * the year before), sub-projects, prose, goals and indicators, links to its other years and to the
 * budgets that explain it, and the chart of its sub-projects.
 */
final class ProjectPageBuilder {

    private final SiteModel site;
    private final CheckReport report;
    private final PageFrames frames;
    private final Charts yuanCharts;
    private final Glossary glossary;

    /** @param glossary the terms each department defines, linked in the prose of its projects' pages */
    ProjectPageBuilder(SiteModel site, CheckReport report, PageFrames frames, Charts yuanCharts, Glossary glossary) {
        this.glossary = glossary;
        this.site = site;
        this.report = report;
        this.frames = frames;
        this.yuanCharts = yuanCharts;
    }

    ProjectPage build(Project project) {
        Department department = site.department(project.departmentId());
        BudgetUnit unit = site.unit(project.unitId());
        int year = project.year();
        GlossaryLinks terms = glossary.links(SiteAddresses.project(year, project.id()), year, department.id(), false);
        BigDecimal annual = project.funding().annualTotal();
        PageFrame frame = frames.frame(SiteAddresses.project(year, project.id()), project.name(), project.name() + "：" + unit.name() + " "
                + year + " 年项目" + (annual == null ? "" : "，当年资金 " + MoneyFormat.readableWithExact(annual))
                + "；资金来源、绩效目标与指标。", List.of(PageFrames.HOME, new Link(year + " 年", SiteAddresses.year(year)),
                        new Link(department.name(), SiteAddresses.department(year, department.id())),
                        new Link(unit.name(), SiteAddresses.unit(year, unit.id()))));
        ProjectView view = new ProjectView(project.name(), year, project.form().title() + "（" + project.form().code()
                + (project.form() == ProjectForm.FORM_2019 ? " 年）" : " 年度）"),
                facts(project, department, unit), ListTables.funding(funding(project, site.annualChange(project))),
                project.subprojects().isEmpty() ? null
                        : ListTables.subprojects(subprojects(project), ProjectSums.subprojects(project)),
                prose(project.prose(), terms),
                Stream.of(TextBlock.of("项目总目标", project.goals().overall(), terms),
                        TextBlock.of(project.form() == ProjectForm.FORM_2019 ? "年度绩效目标" : "年度总体目标",
                                project.goals().annual(), terms))
                        .filter(Objects::nonNull).toList(),
                project.indicators().isEmpty() ? null : IndicatorTableView.of("indicator-table", project.form(), project.indicators(),
                        project.cells()),
                TextBlock.of("备注", project.remarks(), terms), report.discrepancies(project.file()), project.editorNotes(),
                site.series(project.id()).stream().filter(p -> p.year() != year)
                        .map(p -> new Link(p.year() + " 年：" + p.name(), SiteAddresses.project(p.year(), p.id()))).toList(),
                site.explainedIn(project).stream()
                        .map(b -> new Link(year + " 年 " + b.department().name() + " 部门预算：重点项目说明",
                                SiteAddresses.department(year, b.department().id()) + "#key-projects"))
                        .toList(),
                versions(site, project),
                site.history(project).map(h -> ProjectHistoryView.of(h, year)).orElse(null),
                project.source() == null ? null : project.source().title(),
                project.source() == null ? null : project.source().url());
        boolean chartable = project.subprojects().size() > 1 && ProjectSums.allSubprojectsHaveAmounts(project);
        List<ChartView> charts = !chartable ? List.of()
                : List.of(yuanCharts.view(new BarChart("chart-subprojects", "子项目构成",
                        year + " 年 " + project.name() + " 各子项目的预算金额（元）。", List.of("预算金额"),
                        project.subprojects().stream().map(sp -> new BarChart.Category(
                                sp.name() == null ? "—" : sp.name(), List.of(sp.amount()))).toList(), "元"),
                        "子项目", null));
        return new ProjectPage(frame, view, charts);
    }

    /** The other published versions of the project's indicators that differ from its form's, one per budget. */
    private static List<IndicatorVersionsView> versions(SiteModel site, Project project) {
        List<IndicatorVersionsView> views = new ArrayList<>();
        for (DepartmentYear budget : site.explainedIn(project)) {
            site.indicatorVersions(project, budget.department().id()).filter(v -> !v.isSame()).ifPresent(v -> {
                String budgetName = project.year() + " 年" + budget.department().name() + "部门预算";
                views.add(IndicatorVersionsView.of("indicator-versions" + (views.isEmpty() ? "" : "-" + (views.size() + 1)),
                        v, budgetName, new Link(budgetName + "重点项目说明中的绩效目标表",
                                SiteAddresses.department(project.year(), budget.department().id()) + "#key-projects")));
            });
        }
        return views;
    }

    private static List<Fact> facts(Project project, Department department, BudgetUnit unit) {
        List<Fact> facts = new ArrayList<>();
        facts.add(new Fact("项目名称", project.name(), null));
        facts.add(new Fact("预算年度", project.year() + " 年", null));
        if (project.funding().annualTotal() != null) {
            // The headline figure for readers; the funding table below keeps the exact published amounts.
            facts.add(new Fact("当年资金", MoneyFormat.readableWithExact(project.funding().annualTotal()), null));
        }
        facts.add(new Fact("主管部门", department.name(), SiteAddresses.department(project.year(), department.id())));
        facts.add(new Fact(project.form() == ProjectForm.FORM_2019 ? "申报单位" : "实施单位", unit.name(),
                SiteAddresses.unit(project.year(), unit.id())));
        facts.add(new Fact(project.form().natureLabel(), PageFrames.orDash(project.nature()), null));
        if (project.form() == ProjectForm.FORM_2024) {
            facts.add(new Fact("项目类别", PageFrames.orDash(project.category()), null));
        } else {
            facts.add(new Fact("资金用途", PageFrames.orDash(project.purpose()), null));
        }
        String start = project.period().start() == null ? "—" : project.period().start().display();
        String end = project.period().end() == null ? "—" : project.period().end().display();
        facts.add(new Fact(project.form() == ProjectForm.FORM_2019 ? "开始时间" : "计划开始日期", start, null));
        facts.add(new Fact(project.form() == ProjectForm.FORM_2019 ? "结束时间" : "计划完成日期", end, null));
        Contact contact = project.contact();
        if (contact != null && !contact.isEmpty()) {
            facts.add(new Fact("项目负责人", PageFrames.orDash(contact.manager()), null));
            facts.add(new Fact("联系人", PageFrames.orDash(contact.person()), null));
            facts.add(new Fact("联系电话", PageFrames.orDash(contact.phone()), null));
        }
        return facts;
    }

    /**
     * 项目资金 as the form lists it, then the computed figures; {@code change} is how the annual amount
     * changed from the same project in the year before, when both give one.
     */
    private static List<AmountRow> funding(Project project, Optional<YearOverYear> change) {
        Funding f = project.funding();
        List<AmountRow> rows = new ArrayList<>();
        java.util.function.Function<String, String> cell = key -> project.cells().get("funding." + key);
        if (project.form() == ProjectForm.FORM_2024) {
            add(rows, "项目资金总额", f.projectTotal(), "", 0, cell.apply("project_total"));
            add(rows, "其中：财政资金", f.projectFiscal(), "", 1, cell.apply("project_fiscal"));
            add(rows, "其他资金（项目资金总额）", f.projectOther(), "", 1, cell.apply("project_other"));
            add(rows, "年度资金申请总额", f.annualTotal(), "", 0, cell.apply("annual_total"));
            add(rows, "其中：当年财政拨款", f.appropriation(), share(f.appropriation(), f.annualTotal()), 1,
                    cell.apply("appropriation"));
            add(rows, "上年结转资金", f.carriedOver(), share(f.carriedOver(), f.annualTotal()), 1,
                    cell.apply("carried_over"));
            add(rows, "其他资金", f.other(), share(f.other(), f.annualTotal()), 1, cell.apply("other"));
            addChange(change, rows);
            return rows;
        }
        add(rows, "项目总预算", f.projectTotal(), "", 0, cell.apply("project_total"));
        add(rows, "项目当年预算", f.annualTotal(), "", 0, cell.apply("annual_total"));
        add(rows, "同名项目上年预算额", f.priorYearBudget(), "", 0, cell.apply("prior_year_budget"));
        add(rows, "同名项目上年预算执行数", f.priorYearExecution(), "", 0, cell.apply("prior_year_execution"));
        if (f.priorYearBudget() != null && f.priorYearExecution() != null) {
            rows.add(new AmountRow("上年预算执行率", TableCell.figure(Percent.of(f.priorYearExecution(), f.priorYearBudget())),
                    "计算值：上年预算执行数 ÷ 上年预算额", 0));
        }
        if (f.priorYearBudget() != null && f.annualTotal() != null && f.priorYearBudget().signum() != 0) {
            BigDecimal difference = f.annualTotal().subtract(f.priorYearBudget());
            rows.add(new AmountRow("当年预算较上年预算增减", TableCell.amount(difference, MoneyStyle.SIGNED),
                    "计算值：" + Percent.of(difference, f.priorYearBudget()), 0));
        }
        addChange(change, rows);
        return rows;
    }

    /** The change of the annual amount from the same project's previous year, when it was published. */
    private static void addChange(Optional<YearOverYear> change, List<AmountRow> rows) {
        change.ifPresent(c -> rows.add(new AmountRow("较 " + c.previousYear() + " 年本项目增减",
                TableCell.amount(c.difference(), MoneyStyle.SIGNED), "计算值：" + YearChange.describe(c, a -> MoneyFormat.yuan(a) + " 元"),
                0)));
    }

    /** A figure of the form, traced to the workbook {@code cell} it was imported from (null: typed by hand). */
    private static void add(List<AmountRow> rows, String label, BigDecimal amount, String note, int level,
            String cell) {
        if (amount != null) {
            rows.add(new AmountRow(label, TableCell.amount(amount, MoneyStyle.YUAN).from(cell), note, level));
        }
    }

    private static String share(BigDecimal part, BigDecimal whole) {
        return part == null || whole == null ? "" : "占 " + Percent.of(part, whole);
    }

    private static List<SubProjectRow> subprojects(Project project) {
        BigDecimal total = ProjectSums.subprojects(project);
        return project.subprojects().stream()
                .map(s -> new SubProjectRow(PageFrames.orDash(s.name()), s.amount(),
                        s.amount() == null ? "" : Percent.of(s.amount(), total),
                        project.cells().get(s.keyPath() + ".amount")))
                .toList();
    }

    private static List<TextBlock> prose(ProjectProse prose, GlossaryLinks terms) {
        return Stream.of(TextBlock.of("项目概况", prose.overview(), terms), TextBlock.of("立项依据", prose.basis(), terms),
                TextBlock.of("项目设立的必要性", prose.necessity(), terms),
                TextBlock.of("保证项目实施的制度、措施", prose.safeguards(), terms),
                TextBlock.of("项目实施计划", prose.plan(), terms)).filter(Objects::nonNull).toList();
    }
}
