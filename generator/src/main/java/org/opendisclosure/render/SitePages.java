package org.opendisclosure.render;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import org.opendisclosure.chart.BarChart;
import org.opendisclosure.check.CheckReport;
import org.opendisclosure.derive.FunctionalSpending;
import org.opendisclosure.derive.SiteIndex;
import org.opendisclosure.export.DataFile;
import org.opendisclosure.export.OpenData;
import org.opendisclosure.model.BudgetUnit;
import org.opendisclosure.model.ClassificationCode;
import org.opendisclosure.model.Contact;
import org.opendisclosure.model.Department;
import org.opendisclosure.model.Funding;
import org.opendisclosure.model.MoneyFormat;
import org.opendisclosure.model.Project;
import org.opendisclosure.model.ProjectForm;
import org.opendisclosure.model.ProjectProse;
import org.opendisclosure.model.SiteSettings;
import org.opendisclosure.model.SubProject;

/**
 * Decides which pages the site has, where they go, and builds the view model of each: all
 * sorting, grouping, totals and formatting happen here, so templates only lay things out.
 * Paths are built from validated ids only.
 */
public final class SitePages {

    /** The home page link; hrefs are relative to the site root like every other link. */
    private static final Link HOME = new Link("首页", "index.html");

    private final SiteIndex index;
    private final CheckReport report;
    private final SiteSettings settings;
    private final BudgetPages budgets;
    private final Charts yuanCharts = new Charts(MoneyFormat::yuan);
    private final List<DataFile> dataFiles;

    /**
     * @param dataFiles the open-data files the data page lists, with their sizes and hashes; none,
     *                  and the site has no data page
     */
    public SitePages(SiteIndex index, CheckReport report, List<DataFile> dataFiles) {
        this.index = index;
        this.report = report;
        this.dataFiles = List.copyOf(dataFiles);
        this.settings = index.content().settings();
        this.budgets = new BudgetPages(index, report);
    }

    public static String yearPath(int year) {
        return year + "/index.html";
    }

    public static String departmentPath(int year, String departmentId) {
        return year + "/departments/" + departmentId + ".html";
    }

    public static String unitPath(int year, String unitId) {
        return year + "/units/" + unitId + ".html";
    }

    public static String projectPath(int year, String projectId) {
        return year + "/projects/" + projectId + ".html";
    }

    /** The page of a functional code; codes are digits only (checked when loading). */
    public static String functionPath(int year, String code) {
        return year + "/functions/" + code + ".html";
    }

    public static String functionsIndexPath(int year) {
        return year + "/functions/index.html";
    }

    /** The open-data page, in the folder of the files it lists. */
    public static String dataPath() {
        return OpenData.FOLDER + "index.html";
    }

    /** The search page; its results come from the index under {@code search/} (see the search stage). */
    public static final String SEARCH_PATH = "search.html";

    public List<Page> all() {
        List<Page> pages = new ArrayList<>();
        pages.add(home());
        pages.add(notFound());
        if (!dataFiles.isEmpty()) {
            pages.add(data());
        }
        pages.add(search());
        for (int year : index.years()) {
            pages.add(year(year));
            for (Department department : index.departments(year)) {
                pages.add(department(year, department));
                for (BudgetUnit unit : index.unitsWithProjects(year, department)) {
                    pages.add(unit(year, department, unit));
                }
            }
            for (Project project : index.projects(year)) {
                pages.add(project(project));
            }
            FunctionalSpending spending = index.functionalSpending(year);
            if (!spending.codes().isEmpty() && index.catalogueOf(year).isPresent()) {
                pages.add(functionsIndex(spending));
                for (String code : spending.codes()) {
                    pages.add(function(spending, code));
                }
            }
        }
        return pages;
    }

    private Page home() {
        List<GroupSummary> years = new ArrayList<>();
        List<Integer> newestFirst = new ArrayList<>(index.years());
        java.util.Collections.reverse(newestFirst);
        for (int year : newestFirst) {
            List<Project> projects = index.projects(year);
            years.add(new GroupSummary(year + " 年", yearPath(year), index.departments(year).size() + " 个部门",
                    projects.size(), MoneyFormat.yuan(SiteIndex.total(projects))));
        }
        PageFrame frame = frame("index.html", settings.title(),
                settings.description().isEmpty() ? settings.title() : settings.description(), List.of());
        return new Page("index.html", "home.ftlh", Map.of("page", frame, "description", settings.description(),
                "years", ListTables.groups("year-list", "按年度浏览", "年度", years, "", "")));
    }

    /**
     * The page a server shows for any missing address, at any depth, so its links cannot be
     * relative: they start from the site's address when it is known, else from the host's root.
     */
    private Page notFound() {
        // Served for any missing address at any depth: links from the absolute root, and no address
        // of its own to declare.
        String root = settings.baseUrl() == null ? "/" : settings.baseUrl();
        PageFrame frame = new PageFrame(settings.title(), "页面未找到", "页面未找到", root, List.of(HOME), "", false,
                "404.html");
        return new Page("404.html", "404.ftlh", Map.of("page", frame), false);
    }

    private Page data() {
        PageFrame frame = frame(dataPath(), "开放数据", "下载本站全部数据：各年度的项目、绩效指标和部门预算（按功能分类、经济分类），"
                + "CSV 与 JSON 两种格式，附 datapackage.json 说明，并列出每个文件的大小和 SHA-256。", List.of(HOME));
        List<DataTable> tables = new ArrayList<>();
        Map<Integer, List<DataFile>> byYear = new java.util.TreeMap<>(java.util.Comparator.reverseOrder());
        dataFiles.forEach(f -> byYear.computeIfAbsent(f.year(), y -> new ArrayList<>()).add(f));
        byYear.forEach((year, files) -> tables.add(dataFileTable(year, files)));
        return new Page(dataPath(), "data.ftlh", Map.of("page", frame, "tables", tables,
                "descriptor", dataFiles.get(dataFiles.size() - 1).path().substring(OpenData.FOLDER.length())));
    }

    private static DataTable dataFileTable(int year, List<DataFile> files) {
        String id = year == 0 ? "data-package" : "data-" + year;
        List<DataTable.TableRow> rows = files.stream().map(f -> new DataTable.TableRow(List.of(
                DataTable.TableCell.heading(f.fileName(), f.path()),
                DataTable.TableCell.plain(f.title()), DataTable.TableCell.plain(f.format()),
                DataTable.TableCell.amount(f.rows() < 0 ? "—" : MoneyFormat.whole(BigDecimal.valueOf(f.rows()))),
                DataTable.TableCell.amount(MoneyFormat.whole(BigDecimal.valueOf(f.size()))),
                new DataTable.TableCell(f.sha256(), false, null, 1, "hash")), "")).toList();
        return new DataTable(id, year == 0 ? "全站" : year + " 年", "", "", List.of(List.of(
                DataTable.HeaderCell.column("文件"), DataTable.HeaderCell.column("内容"), DataTable.HeaderCell.column("格式"),
                DataTable.HeaderCell.amount("行数"), DataTable.HeaderCell.amount("大小（字节）"),
                DataTable.HeaderCell.column("SHA-256"))), rows, List.of(), "");
    }

    /** The form and an empty results region; assets/search.js fills it in the browser. */
    private Page search() {
        PageFrame frame = frame(SEARCH_PATH, "搜索", "在" + settings.title() + "中搜索项目、绩效指标、部门、单位和支出功能分类科目。",
                List.of(HOME));
        return new Page(SEARCH_PATH, "search.ftlh", Map.of("page", frame));
    }

    private Page year(int year) {
        List<GroupSummary> departments = index.departments(year).stream()
                .map(d -> {
                    List<Project> projects = index.projects(year, d);
                    String detail = index.budget(year, d)
                            .map(b -> "部门预算支出 " + MoneyFormat.whole(b.functional().total().expenditure()) + " 元；")
                            .orElse("") + index.unitsWithProjects(year, d).size() + " 个单位有公开项目";
                    return new GroupSummary(d.name(), departmentPath(year, d.id()), detail, projects.size(),
                            MoneyFormat.yuan(SiteIndex.total(projects)));
                })
                .toList();
        List<Project> projects = index.projects(year);
        FunctionalSpending spending = index.functionalSpending(year);
        boolean hasFunctions = !spending.codes().isEmpty() && index.catalogueOf(year).isPresent();
        List<ChartView> charts = index.budgets(year).isEmpty() ? List.of() : List.of(budgets.yearChart(spending));
        String budgetSummary = index.budgets(year).isEmpty() ? ""
                : index.budgets(year).size() + " 个部门的部门预算，支出合计 "
                        + MoneyFormat.whole(spending.total().expenditure()) + " 元；";
        PageFrame frame = frame(yearPath(year), year + " 年", year + " 年：" + budgetSummary + projects.size()
                + " 个项目的绩效目标，项目资金合计 " + MoneyFormat.yuan(SiteIndex.total(projects)) + " 元。", List.of(HOME));
        return new Page(yearPath(year), "year.ftlh", Map.of("page", frame, "year", year,
                "departments", ListTables.groups("department-list", year + " 年各部门", "主管部门", departments,
                        "项目资金合计", MoneyFormat.yuan(SiteIndex.total(projects))),
                "projectCount", projects.size(), "total", MoneyFormat.yuan(SiteIndex.total(projects)),
                "budgetTotal", MoneyFormat.whole(spending.total().expenditure()),
                "budgetCount", index.budgets(year).size(), "charts", charts,
                "change", index.budgets(year).isEmpty() || index.budgets(year - 1).isEmpty() ? ""
                        : YearChange.describe(spending.total().expenditure(),
                                index.functionalSpending(year - 1).total().expenditure(), year - 1, MoneyFormat::whole),
                "functionsHref", hasFunctions ? functionsIndexPath(year) : ""));
    }

    private Page functionsIndex(FunctionalSpending spending) {
        int year = spending.year();
        PageFrame frame = frame(functionsIndexPath(year), year + " 年支出功能分类", year
                + " 年各部门预算支出按功能分类科目（类、款、项）汇总：合计 " + MoneyFormat.whole(spending.total().expenditure())
                + " 元（" + Amounts.readable(spending.total().expenditure()) + "）。",
                List.of(HOME, new Link(year + " 年", yearPath(year))));
        return new Page(functionsIndexPath(year), "functions.ftlh", Map.of("page", frame, "year", year,
                "table", budgets.functionsTable(spending)));
    }

    private Page function(FunctionalSpending spending, String code) {
        int year = spending.year();
        var catalogue = index.catalogueOf(year).orElseThrow();
        List<Link> crumbs = new ArrayList<>(List.of(HOME, new Link(year + " 年", yearPath(year)),
                new Link("功能分类", functionsIndexPath(year))));
        for (String ancestor : ClassificationCode.lineage(code)) {
            if (!ancestor.equals(code)) {
                crumbs.add(new Link(ancestor + " " + catalogue.functional().get(ancestor), functionPath(year, ancestor)));
            }
        }
        String name = catalogue.functional().get(code);
        BigDecimal spent = spending.at(code).expenditure();
        PageFrame frame = frame(functionPath(year, code), code + " " + name, year + " 年功能分类科目 " + code + " " + name
                + "（" + ClassificationCode.levelName(code) + "级）：各部门预算在此支出 " + MoneyFormat.whole(spent) + " 元（"
                + Amounts.readable(spent) + "），占全年 " + Percent.of(spent, spending.total().expenditure())
                + "；哪些部门和项目在此支出。", crumbs);
        java.util.Map<String, Object> model = new java.util.HashMap<>(budgets.functionModel(spending, code));
        model.put("page", frame);
        return new Page(functionPath(year, code), "function.ftlh", model);
    }

    private Page department(int year, Department department) {
        List<Project> projects = index.projects(year, department);
        List<GroupSummary> units = index.unitsWithProjects(year, department).stream()
                .map(u -> {
                    List<Project> unitProjects = index.projects(year, u);
                    return new GroupSummary(u.name(), unitPath(year, u.id()), u.kind() == null ? "" : u.kind() + "单位",
                            unitProjects.size(), MoneyFormat.yuan(SiteIndex.total(unitProjects)));
                })
                .toList();
        List<GroupSummary> otherUnits = department.units().stream()
                .filter(u -> index.projects(year, u).isEmpty())
                .map(u -> new GroupSummary(u.name(), null, u.kind() == null ? "" : u.kind() + "单位", 0, ""))
                .toList();
        String budgetSummary = index.budget(year, department).map(b -> "部门预算支出总计 "
                + MoneyFormat.whole(b.functional().total().expenditure()) + " 元（"
                + Amounts.readable(b.functional().total().expenditure()) + "）；").orElse("");
        PageFrame frame = frame(departmentPath(year, department.id()), department.name(), department.name() + " " + year
                + " 年：" + budgetSummary + projects.size() + " 个公开项目，项目资金合计 "
                + MoneyFormat.yuan(SiteIndex.total(projects)) + " 元。", List.of(HOME, new Link(year + " 年", yearPath(year))));
        List<BudgetView> budget = index.budget(year, department).map(b -> List.of(budgets.budgetView(b)))
                .orElse(List.of());
        return new Page(departmentPath(year, department.id()), "department.ftlh", Map.of("page", frame, "year", year,
                "name", department.name(), "otherUnits", otherUnits, "projectCount", projects.size(),
                "units", units.isEmpty() ? List.of() : List.of(ListTables.groups("unit-list", year
                        + " 年有公开项目的预算单位", "预算单位", units, "合计", MoneyFormat.yuan(SiteIndex.total(projects)))),
                "projects", projects.isEmpty() ? List.of() : List.of(ListTables.projects("project-list", year + " 年 "
                        + department.name() + " 的项目", summaries(projects))),
                "total", MoneyFormat.yuan(SiteIndex.total(projects)), "budget", budget));
    }

    private Page unit(int year, Department department, BudgetUnit unit) {
        List<Project> projects = index.projects(year, unit);
        PageFrame frame = frame(unitPath(year, unit.id()), unit.name(), unit.name() + "（" + department.name() + "）"
                + year + " 年：" + projects.size() + " 个公开项目，项目资金合计 " + MoneyFormat.yuan(SiteIndex.total(projects))
                + " 元。", List.of(HOME, new Link(year + " 年", yearPath(year)),
                        new Link(department.name(), departmentPath(year, department.id()))));
        List<Project> funded = projects.stream().filter(p -> p.funding().annualTotal() != null).toList();
        List<ChartView> charts = funded.isEmpty() ? List.of()
                : List.of(yuanCharts.view(new BarChart("chart-unit-projects", year + " 年各项目资金",
                        year + " 年 " + unit.name() + " 各项目的当年资金（元），从大到小。", List.of("当年资金"),
                        funded.stream().map(p -> new BarChart.Category(p.name(), List.of(p.funding().annualTotal())))
                                .toList(), "元"),
                        "项目", funded.stream().map(p -> projectPath(year, p.id())).toList()));
        return new Page(unitPath(year, unit.id()), "unit.ftlh", Map.of("page", frame, "year", year, "name", unit.name(),
                "charts", charts,
                "kind", unit.kind() == null ? "" : unit.kind() + "单位",
                "department", new Link(department.name(), departmentPath(year, department.id())),
                "projects", ListTables.projects("project-list", year + " 年 " + unit.name() + " 的项目", summaries(projects)),
                "total", MoneyFormat.yuan(SiteIndex.total(projects))));
    }

    private Page project(Project project) {
        Department department = index.department(project.departmentId());
        BudgetUnit unit = index.unit(project.unitId());
        int year = project.year();
        BigDecimal annual = project.funding().annualTotal();
        PageFrame frame = frame(projectPath(year, project.id()), project.name(), project.name() + "：" + unit.name() + " "
                + year + " 年项目" + (annual == null ? "" : "，当年资金 " + MoneyFormat.yuan(annual) + " 元")
                + "；资金来源、绩效目标与指标。", List.of(HOME, new Link(year + " 年", yearPath(year)),
                        new Link(department.name(), departmentPath(year, department.id())),
                        new Link(unit.name(), unitPath(year, unit.id()))));
        ProjectPage view = new ProjectPage(project.name(), year, project.form().title() + "（" + project.form().code()
                + (project.form() == ProjectForm.FORM_2019 ? " 年）" : " 年度）"),
                facts(project, department, unit), ListTables.funding(funding(project, index.series(project.id()).stream()
                        .filter(p -> p.year() == year - 1).findFirst().orElse(null))),
                project.subprojects().isEmpty() ? null
                        : ListTables.subprojects(subprojects(project), MoneyFormat.yuan(subprojectTotal(project))),
                prose(project.prose()),
                Stream.of(TextBlock.of("项目总目标", project.goals().overall()),
                        TextBlock.of(project.form() == ProjectForm.FORM_2019 ? "年度绩效目标" : "年度总体目标",
                                project.goals().annual()))
                        .filter(Objects::nonNull).toList(),
                project.indicators().isEmpty() ? null : IndicatorTableView.of("indicator-table", project.form(), project.indicators()),
                TextBlock.of("备注", project.remarks()), report.discrepancies(project.file()), project.editorNotes(),
                index.series(project.id()).stream().filter(p -> p.year() != year)
                        .map(p -> new Link(p.year() + " 年：" + p.name(), projectPath(p.year(), p.id()))).toList(),
                index.budgets(year).stream()
                        .filter(b -> b.budget().keyProjects().stream().anyMatch(k -> project.id().equals(k.projectId())))
                        .map(b -> new Link(year + " 年 " + b.department().name() + " 部门预算：重点项目说明",
                                departmentPath(year, b.department().id()) + "#key-projects"))
                        .toList(),
                project.source() == null ? null : project.source().title(),
                project.source() == null ? null : project.source().url());
        boolean chartable = project.subprojects().size() > 1
                && project.subprojects().stream().allMatch(sp -> sp.amount() != null);
        List<ChartView> charts = !chartable ? List.of()
                : List.of(yuanCharts.view(new BarChart("chart-subprojects", "子项目构成",
                        year + " 年 " + project.name() + " 各子项目的预算金额（元）。", List.of("预算金额"),
                        project.subprojects().stream().map(sp -> new BarChart.Category(
                                sp.name() == null ? "—" : sp.name(), List.of(sp.amount()))).toList(), "元"),
                        "子项目", null));
        return new Page(projectPath(year, project.id()), "project.ftlh",
                Map.of("page", frame, "project", view, "charts", charts));
    }

    private static List<Fact> facts(Project project, Department department, BudgetUnit unit) {
        List<Fact> facts = new ArrayList<>();
        facts.add(new Fact("项目名称", project.name(), null));
        facts.add(new Fact("预算年度", project.year() + " 年", null));
        facts.add(new Fact("主管部门", department.name(), departmentPath(project.year(), department.id())));
        facts.add(new Fact(project.form() == ProjectForm.FORM_2019 ? "申报单位" : "实施单位", unit.name(),
                unitPath(project.year(), unit.id())));
        facts.add(new Fact(project.form().natureLabel(), orDash(project.nature()), null));
        if (project.form() == ProjectForm.FORM_2024) {
            facts.add(new Fact("项目类别", orDash(project.category()), null));
        } else {
            facts.add(new Fact("资金用途", orDash(project.purpose()), null));
        }
        String start = project.period().start() == null ? "—" : project.period().start().display();
        String end = project.period().end() == null ? "—" : project.period().end().display();
        facts.add(new Fact(project.form() == ProjectForm.FORM_2019 ? "开始时间" : "计划开始日期", start, null));
        facts.add(new Fact(project.form() == ProjectForm.FORM_2019 ? "结束时间" : "计划完成日期", end, null));
        Contact contact = project.contact();
        if (contact != null && !contact.isEmpty()) {
            facts.add(new Fact("项目负责人", orDash(contact.manager()), null));
            facts.add(new Fact("联系人", orDash(contact.person()), null));
            facts.add(new Fact("联系电话", orDash(contact.phone()), null));
        }
        return facts;
    }

    /**
     * 项目资金 as the form lists it, then the computed figures; {@code previous} is the same project
     * in the year before, or null.
     */
    private static List<AmountRow> funding(Project project, Project previous) {
        Funding f = project.funding();
        List<AmountRow> rows = new ArrayList<>();
        if (project.form() == ProjectForm.FORM_2024) {
            add(rows, "项目资金总额", f.projectTotal(), "", 0);
            add(rows, "其中：财政资金", f.projectFiscal(), "", 1);
            add(rows, "其他资金（项目资金总额）", f.projectOther(), "", 1);
            add(rows, "年度资金申请总额", f.annualTotal(), "", 0);
            add(rows, "其中：当年财政拨款", f.appropriation(), share(f.appropriation(), f.annualTotal()), 1);
            add(rows, "上年结转资金", f.carriedOver(), share(f.carriedOver(), f.annualTotal()), 1);
            add(rows, "其他资金", f.other(), share(f.other(), f.annualTotal()), 1);
            addChangeFrom(previous, f, rows);
            return rows;
        }
        add(rows, "项目总预算", f.projectTotal(), "", 0);
        add(rows, "项目当年预算", f.annualTotal(), "", 0);
        add(rows, "同名项目上年预算额", f.priorYearBudget(), "", 0);
        add(rows, "同名项目上年预算执行数", f.priorYearExecution(), "", 0);
        if (f.priorYearBudget() != null && f.priorYearExecution() != null) {
            rows.add(new AmountRow("上年预算执行率", Percent.of(f.priorYearExecution(), f.priorYearBudget()),
                    "计算值：上年预算执行数 ÷ 上年预算额", 0));
        }
        if (f.priorYearBudget() != null && f.annualTotal() != null && f.priorYearBudget().signum() != 0) {
            BigDecimal change = f.annualTotal().subtract(f.priorYearBudget());
            rows.add(new AmountRow("当年预算较上年预算增减", MoneyFormat.signed(change),
                    "计算值：" + Percent.of(change, f.priorYearBudget()), 0));
        }
        addChangeFrom(previous, f, rows);
        return rows;
    }

    /** The change of the annual amount from the same project's previous year, when it was published. */
    private static void addChangeFrom(Project previous, Funding f, List<AmountRow> rows) {
        if (previous != null && previous.funding().annualTotal() != null && f.annualTotal() != null) {
            BigDecimal before = previous.funding().annualTotal();
            rows.add(new AmountRow("较 " + previous.year() + " 年本项目增减", MoneyFormat.signed(f.annualTotal()
                    .subtract(before)), "计算值：" + YearChange.describe(f.annualTotal(), before, previous.year(),
                            MoneyFormat::yuan), 0));
        }
    }

    private static void add(List<AmountRow> rows, String label, BigDecimal amount, String note, int level) {
        if (amount != null) {
            rows.add(new AmountRow(label, MoneyFormat.yuan(amount), note, level));
        }
    }

    private static String share(BigDecimal part, BigDecimal whole) {
        return part == null || whole == null ? "" : "占 " + Percent.of(part, whole);
    }

    private static List<SubProjectRow> subprojects(Project project) {
        BigDecimal total = subprojectTotal(project);
        return project.subprojects().stream()
                .map(s -> new SubProjectRow(orDash(s.name()), s.amount() == null ? "—" : MoneyFormat.yuan(s.amount()),
                        s.amount() == null ? "" : Percent.of(s.amount(), total)))
                .toList();
    }

    private static BigDecimal subprojectTotal(Project project) {
        return project.subprojects().stream().map(SubProject::amount).filter(Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static List<TextBlock> prose(ProjectProse prose) {
        return Stream.of(TextBlock.of("项目概况", prose.overview()), TextBlock.of("立项依据", prose.basis()),
                TextBlock.of("项目设立的必要性", prose.necessity()), TextBlock.of("保证项目实施的制度、措施", prose.safeguards()),
                TextBlock.of("项目实施计划", prose.plan())).filter(Objects::nonNull).toList();
    }

    private List<ProjectSummary> summaries(List<Project> projects) {
        return projects.stream().map(p -> {
            BudgetUnit unit = index.unit(p.unitId());
            return new ProjectSummary(p.name(), projectPath(p.year(), p.id()), unit.name(),
                    unitPath(p.year(), unit.id()), orDash(p.nature()),
                    p.funding().annualTotal() == null ? "—" : MoneyFormat.yuan(p.funding().annualTotal()));
        }).toList();
    }

    /**
     * The frame of the page at {@code path}: links go up one {@code ../} per folder to the root;
     * the canonical address is the base URL and the path, when the base URL is known.
     */
    private PageFrame frame(String path, String title, String description, List<Link> breadcrumbs) {
        int depth = (int) path.chars().filter(c -> c == '/').count();
        return new PageFrame(settings.title(), title, description, "../".repeat(depth), breadcrumbs,
                settings.baseUrl() == null ? "" : settings.baseUrl() + path, true, path);
    }

    private static String orDash(String value) {
        return value == null || value.isBlank() ? "—" : value;
    }
}
