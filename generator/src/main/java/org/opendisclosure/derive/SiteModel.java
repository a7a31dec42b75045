package org.opendisclosure.derive;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

import org.opendisclosure.model.BudgetUnit;
import org.opendisclosure.model.ClassificationCatalogue;
import org.opendisclosure.model.Content;
import org.opendisclosure.model.Department;
import org.opendisclosure.model.DepartmentBudget;
import org.opendisclosure.model.DisclosureRules;
import org.opendisclosure.model.KeyProject;
import org.opendisclosure.model.Project;
import org.opendisclosure.model.SiteSettings;

/**
 * The derive stage's result: checked content grouped once — years → departments → units →
 * projects — with the totals, budget roll-ups, spending by functional code and the links across
 * years that the pages, the open data and the search read. Built with maps in one pass over the
 * content, so its cost grows linearly with it; immutable afterwards and safe to read from many
 * threads. Nothing downstream recomputes a figure that is here.
 *
 * <pre>{@code
 * SiteModel site = new SiteModel(content, BudgetRollups.of(content.budgets()));
 * for (YearInSite year : site.years()) { ... }
 * }</pre>
 */
public final class SiteModel {

    /** Projects are listed largest first, then by id, so the order never depends on file order. */
    public static final Comparator<Project> PROJECT_ORDER = Comparator
            .comparing((Project p) -> annual(p)).reversed()
            .thenComparing(Project::id);

    private final Content content;
    private final boolean gatherAtOnce;
    private final Map<String, Department> departments = new HashMap<>();
    private final Map<String, BudgetUnit> units = new HashMap<>();
    private final Map<String, List<Project>> projectsById = new HashMap<>();
    private final TreeMap<Integer, YearInSite> years = new TreeMap<>();
    /** Budgets explaining a project at length, by year and project id. */
    private final Map<String, List<DepartmentYear>> explainedIn = new HashMap<>();
    /** The difference between a project's own indicators and a budget's section on it, by year/project/department. */
    private final Map<String, IndicatorVersions> indicatorVersions = new HashMap<>();
    /** 公开完整性 by year/department, for the years that have rules. */
    private final Map<String, Completeness> completeness = new HashMap<>();
    private final Map<Integer, DisclosureRules> rules = new HashMap<>();

    /** Derives the model, gathering each year's indicators on another core meanwhile. */
    public SiteModel(Content content, BudgetRollups rollups) {
        this(content, rollups, true);
    }

    /**
     * @param gatherAtOnce whether each year's indicators are gathered on another core at once, or only
     *                     when first read ({@link YearInSite#indicators()}): the live preview renders the
     *                     pages an editor has open first, which do not read them, and on two cores the
     *                     gathering would slow those down
     */
    public SiteModel(Content content, BudgetRollups rollups, boolean gatherAtOnce) {
        this.gatherAtOnce = gatherAtOnce;
        this.content = content;
        for (Department department : content.departments()) {
            departments.put(department.id(), department);
            for (BudgetUnit unit : department.units()) {
                units.put(unit.id(), unit);
            }
        }
        Map<Integer, ClassificationCatalogue> catalogues = new TreeMap<>();
        content.catalogues().forEach(c -> catalogues.put(c.year(), c));

        TreeMap<Integer, List<Project>> projectsByYear = new TreeMap<>();
        for (Project project : content.projects()) {
            projectsByYear.computeIfAbsent(project.year(), y -> new ArrayList<>()).add(project);
            projectsById.computeIfAbsent(project.id(), id -> new ArrayList<>()).add(project);
        }
        projectsByYear.values().forEach(SiteModel::sortInProjectOrder);
        projectsById.values().forEach(list -> list.sort(Comparator.comparingInt(Project::year)));

        TreeMap<Integer, Map<String, DepartmentYear>> budgetsByYear = new TreeMap<>();
        for (DepartmentBudget budget : content.budgets()) {
            DepartmentYear departmentYear = DepartmentYear.of(department(budget.departmentId()), budget,
                    Objects.requireNonNull(catalogues.get(budget.catalogueYear()), "catalogue"), rollups.of(budget));
            budgetsByYear.computeIfAbsent(budget.year(), y -> new TreeMap<>()).put(budget.departmentId(),
                    departmentYear);
            for (KeyProject key : budget.keyProjects()) {
                List<DepartmentYear> explaining = explainedIn.computeIfAbsent(budget.year() + "/" + key.projectId(),
                        k -> new ArrayList<>());
                if (!explaining.contains(departmentYear)) {
                    explaining.add(departmentYear);
                }
                Project explained = projectOrNull(budget.year(), key.projectId());
                if (explained != null && !explained.indicators().isEmpty() && !key.indicators().isEmpty()) {
                    indicatorVersions.put(versionsKey(budget.year(), key.projectId(), budget.departmentId()),
                            IndicatorVersions.compare(explained.indicators(), key.indicators()));
                }
            }
        }
        explainedIn.values().forEach(list -> list.sort(Comparator.comparing(b -> b.department().id())));

        content.rules().forEach(r -> rules.putIfAbsent(r.year(), r));

        TreeSet<Integer> allYears = new TreeSet<>(projectsByYear.keySet());
        allYears.addAll(budgetsByYear.keySet());
        for (int year : allYears) {
            years.put(year, year(year, projectsByYear.getOrDefault(year, List.of()),
                    budgetsByYear.getOrDefault(year, Map.of()), budgetsByYear.getOrDefault(year - 1, Map.of()),
                    catalogues));
        }
    }

    private YearInSite year(int year, List<Project> projects, Map<String, DepartmentYear> budgets,
            Map<String, DepartmentYear> previousBudgets, Map<Integer, ClassificationCatalogue> catalogues) {
        // The year's indicators are one pass over every indicator, independent of the rest: on
        // another core meanwhile, or when first read.
        Deferred<YearIndicators> indicators = gatherAtOnce ? Deferred.start(() -> YearIndicators.of(projects))
                : Deferred.whenRead(() -> YearIndicators.of(projects));
        Map<String, List<Project>> byDepartment = new HashMap<>();
        Map<String, List<Project>> byUnit = new HashMap<>();
        int yearScale = largestScale(projects);
        AnnualSum yearTotal = new AnnualSum(yearScale);
        Map<String, AnnualSum> departmentTotals = new HashMap<>();
        Map<String, AnnualSum> unitTotals = new HashMap<>();
        for (Project project : projects) {
            byDepartment.computeIfAbsent(project.departmentId(), d -> new ArrayList<>()).add(project);
            byUnit.computeIfAbsent(project.unitId(), u -> new ArrayList<>()).add(project);
            BigDecimal amount = annual(project);
            long whole = AnnualSum.whole(amount, yearScale);
            yearTotal.add(amount, whole);
            departmentTotals.computeIfAbsent(project.departmentId(), d -> new AnnualSum(yearScale)).add(amount, whole);
            unitTotals.computeIfAbsent(project.unitId(), u -> new AnnualSum(yearScale)).add(amount, whole);
        }
        TreeSet<String> departmentIds = new TreeSet<>(budgets.keySet());
        departmentIds.addAll(byDepartment.keySet());
        Map<String, UnitInYear> unitsById = new HashMap<>();
        byUnit.forEach((unitId, unitProjects) -> {
            BudgetUnit unit = unit(unitId);
            unitsById.put(unitId, new UnitInYear(year, unit, department(unit.departmentId()), unitProjects,
                    unitTotals.get(unitId).total()));
        });
        List<DepartmentInYear> departmentsInYear = new ArrayList<>();
        Map<String, DepartmentInYear> departmentsById = new HashMap<>();
        for (String id : departmentIds) {
            Department department = department(id);
            List<Project> departmentProjects = byDepartment.getOrDefault(id, List.of());
            List<UnitInYear> withProjects = new ArrayList<>();
            List<BudgetUnit> without = new ArrayList<>();
            for (BudgetUnit unit : department.units()) {
                UnitInYear inYear = unitsById.get(unit.id());
                if (inYear == null) {
                    without.add(unit);
                } else {
                    withProjects.add(inYear);
                }
            }
            AnnualSum departmentTotal = departmentTotals.get(id);
            DepartmentInYear inYear = new DepartmentInYear(year, department, departmentProjects,
                    departmentTotal == null ? BigDecimal.ZERO : departmentTotal.total(), withProjects, without,
                    Optional.ofNullable(budgets.get(id)),
                    Optional.ofNullable(previousBudgets.get(id)));
            departmentsInYear.add(inYear);
            departmentsById.put(id, inYear);
            DisclosureRules yearRules = rules.get(year);
            if (yearRules != null) {
                completeness.put(year + "/" + id, Completeness.of(yearRules,
                        inYear.budget().map(DepartmentYear::budget), departmentProjects));
            }
        }
        departmentsInYear.sort(Comparator.comparing(DepartmentInYear::budgetTotal).reversed()
                .thenComparing(Comparator.comparing(DepartmentInYear::projectTotal).reversed())
                .thenComparing(d -> d.department().id()));
        List<DepartmentYear> yearBudgets = List.copyOf(budgets.values());
        Optional<ClassificationCatalogue> catalogue = Optional.ofNullable(catalogues.get(year))
                .or(() -> yearBudgets.stream().map(DepartmentYear::catalogue).findFirst());
        YearInSite before = years.get(year - 1);
        Optional<FunctionalSpending> previousSpending = previousBudgets.isEmpty() || before == null
                ? Optional.empty() : Optional.of(before.spending());
        return new YearInSite(year, projects, yearTotal.total(), departmentsInYear, yearBudgets,
                new FunctionalSpending(year, yearBudgets, projects), catalogue, previousSpending, departmentsById,
                unitsById, indicators);
    }

    public Content content() {
        return content;
    }

    public SiteSettings settings() {
        return content.settings();
    }

    /** Years that have projects or department budgets, ascending. */
    public List<YearInSite> years() {
        return List.copyOf(years.values());
    }

    /** Years that have projects or department budgets, newest first. */
    public List<YearInSite> yearsNewestFirst() {
        return List.copyOf(years.descendingMap().values());
    }

    public YearInSite year(int year) {
        return Objects.requireNonNull(years.get(year), () -> "no year " + year);
    }

    public Department department(String id) {
        return Objects.requireNonNull(departments.get(id), id);
    }

    public BudgetUnit unit(String id) {
        return Objects.requireNonNull(units.get(id), id);
    }

    /** The same project (same id) in every year, ascending. */
    public List<Project> series(String projectId) {
        return List.copyOf(projectsById.getOrDefault(projectId, List.of()));
    }

    /**
     * The project's history across the years it was published (funding side by side, indicators matched by name),
     * or empty when it was published in one year only. Computed here on each call, not stored: see
     * {@link ProjectHistory}.
     */
    public Optional<ProjectHistory> history(Project project) {
        return ProjectHistory.of(projectsById.getOrDefault(project.id(), List.of()));
    }

    /** The rules of disclosure (公开内容清单) of a budget year, when the content has them. */
    public Optional<DisclosureRules> rules(int year) {
        return Optional.ofNullable(rules.get(year));
    }

    /** 公开完整性 of a department in a year, when the year has rules; derived once, when the model is built. */
    public Optional<Completeness> completeness(DepartmentInYear department) {
        return Optional.ofNullable(completeness.get(department.year() + "/" + department.department().id()));
    }

    /** The project with this id in this year. */
    public Project project(int year, String projectId) {
        return projectsById.getOrDefault(projectId, List.of()).stream().filter(p -> p.year() == year).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no project " + projectId + " in " + year));
    }

    /** The same project in the year before, or empty. */
    public Optional<Project> previousYear(Project project) {
        return projectsById.getOrDefault(project.id(), List.of()).stream()
                .filter(p -> p.year() == project.year() - 1).findFirst();
    }

    /** How the project's annual amount changed from the same project the year before, when both give one. */
    public Optional<YearOverYear> annualChange(Project project) {
        return previousYear(project)
                .filter(before -> before.funding().annualTotal() != null && project.funding().annualTotal() != null)
                .map(before -> new YearOverYear(project.funding().annualTotal(), before.funding().annualTotal(),
                        before.year()));
    }

    /** The department budgets of the project's year that explain it at length (重点项目说明), by department id. */
    /**
     * How a project's indicators differ between its own form and a department budget's section on it, when both
     * publish indicators; empty otherwise.
     */
    public Optional<IndicatorVersions> indicatorVersions(Project project, String departmentId) {
        return Optional.ofNullable(indicatorVersions.get(versionsKey(project.year(), project.id(), departmentId)));
    }

    private static String versionsKey(int year, String projectId, String departmentId) {
        return year + "/" + projectId + "/" + departmentId;
    }

    private Project projectOrNull(int year, String projectId) {
        return projectsById.getOrDefault(projectId, List.of()).stream().filter(p -> p.year() == year).findFirst()
                .orElse(null);
    }

    public List<DepartmentYear> explainedIn(Project project) {
        return List.copyOf(explainedIn.getOrDefault(project.year() + "/" + project.id(), List.of()));
    }

    /**
     * Sorts like {@link #PROJECT_ORDER}, faster: amounts of different scales (12000, 73985000.40)
     * compare slowly, and a city's year compares them a few hundred thousand times, so each is
     * first brought to the list's largest scale as a whole number ({@link AnnualSum#whole}) — the
     * same value, so the same order — or, should one not fit a {@code long}, compared as decimals.
     */
    private static void sortInProjectOrder(List<Project> projects) {
        int scale = largestScale(projects);
        List<ProjectByAmount> keyed = new ArrayList<>(projects.size());
        boolean allWhole = true;
        for (Project project : projects) {
            long whole = AnnualSum.whole(annual(project), scale);
            allWhole &= whole != AnnualSum.DOES_NOT_FIT;
            keyed.add(new ProjectByAmount(whole, annual(project), project));
        }
        keyed.sort(allWhole ? ProjectByAmount.BY_WHOLE : ProjectByAmount.BY_DECIMAL);
        for (int i = 0; i < keyed.size(); i++) {
            projects.set(i, keyed.get(i).project());
        }
    }

    private record ProjectByAmount(long whole, BigDecimal amount, Project project) {
        static final Comparator<ProjectByAmount> BY_WHOLE = (a, b) -> {
            int byAmount = Long.compare(b.whole(), a.whole());
            return byAmount != 0 ? byAmount : a.project().id().compareTo(b.project().id());
        };
        static final Comparator<ProjectByAmount> BY_DECIMAL = (a, b) -> {
            int byAmount = b.amount().compareTo(a.amount());
            return byAmount != 0 ? byAmount : a.project().id().compareTo(b.project().id());
        };
    }

    /** The largest scale of the projects' annual amounts, at least 0: the scale {@link AnnualSum} adds at. */
    private static int largestScale(List<Project> projects) {
        int scale = 0;
        for (Project project : projects) {
            scale = Math.max(scale, annual(project).scale());
        }
        return scale;
    }

    private static BigDecimal annual(Project project) {
        return Optional.ofNullable(project.funding().annualTotal()).orElse(BigDecimal.ZERO);
    }
}
