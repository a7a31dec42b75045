package org.opendisclosure.derive;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
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
import org.opendisclosure.model.Project;

/**
 * The derive stage for projects: groups checked content by year, department and unit, in a fixed
 * order, and computes the totals the pages show. Built once per run from content without
 * errors; immutable afterwards.
 */
public final class SiteIndex {

    /** Projects are listed largest first, then by id, so the order never depends on file order. */
    public static final Comparator<Project> PROJECT_ORDER = Comparator
            .comparing((Project p) -> annual(p)).reversed()
            .thenComparing(Project::id);

    private final Content content;
    private final Map<String, Department> departments = new TreeMap<>();
    private final Map<String, BudgetUnit> units = new TreeMap<>();
    private final TreeMap<Integer, List<Project>> projectsByYear = new TreeMap<>();
    private final Map<String, List<Project>> projectsById = new TreeMap<>();
    /** Department budgets by year, then department id. */
    private final TreeMap<Integer, Map<String, DepartmentYear>> budgets = new TreeMap<>();
    private final Map<Integer, ClassificationCatalogue> catalogues = new TreeMap<>();

    public SiteIndex(Content content) {
        this.content = content;
        for (Department department : content.departments()) {
            departments.put(department.id(), department);
            for (BudgetUnit unit : department.units()) {
                units.put(unit.id(), unit);
            }
        }
        for (Project project : content.projects()) {
            projectsByYear.computeIfAbsent(project.year(), y -> new ArrayList<>()).add(project);
            projectsById.computeIfAbsent(project.id(), id -> new ArrayList<>()).add(project);
        }
        for (ClassificationCatalogue catalogue : content.catalogues()) {
            catalogues.put(catalogue.year(), catalogue);
        }
        for (DepartmentBudget budget : content.budgets()) {
            budgets.computeIfAbsent(budget.year(), y -> new TreeMap<>()).put(budget.departmentId(),
                    DepartmentYear.of(department(budget.departmentId()), budget,
                            Objects.requireNonNull(catalogues.get(budget.catalogueYear()), "catalogue")));
        }
        projectsByYear.values().forEach(list -> list.sort(PROJECT_ORDER));
        projectsById.values().forEach(list -> list.sort(Comparator.comparingInt(Project::year)));
    }

    public Content content() {
        return content;
    }

    /** Years that have projects or department budgets, ascending. */
    public List<Integer> years() {
        TreeSet<Integer> years = new TreeSet<>(projectsByYear.keySet());
        years.addAll(budgets.keySet());
        return List.copyOf(years);
    }

    /** The department budgets of a year, by department id. */
    public List<DepartmentYear> budgets(int year) {
        return List.copyOf(budgets.getOrDefault(year, Map.of()).values());
    }

    public Optional<DepartmentYear> budget(int year, Department department) {
        return Optional.ofNullable(budgets.getOrDefault(year, Map.of()).get(department.id()));
    }

    /** Spending by functional code across the year's department budgets and projects. */
    public FunctionalSpending functionalSpending(int year) {
        return new FunctionalSpending(year, budgets(year), projects(year));
    }

    /** The catalogue that names the codes of {@code year}'s budgets, if any budget has one. */
    public Optional<ClassificationCatalogue> catalogueOf(int year) {
        return Optional.ofNullable(catalogues.get(year))
                .or(() -> budgets(year).stream().map(DepartmentYear::catalogue).findFirst());
    }

    public List<Project> projects(int year) {
        return List.copyOf(projectsByYear.getOrDefault(year, List.of()));
    }

    public List<Project> projects(int year, Department department) {
        return projects(year).stream().filter(p -> p.departmentId().equals(department.id())).toList();
    }

    public List<Project> projects(int year, BudgetUnit unit) {
        return projects(year).stream().filter(p -> p.unitId().equals(unit.id())).toList();
    }

    /**
     * Departments with projects or a budget in {@code year}: by budget total descending, then by
     * project total descending, then id.
     */
    public List<Department> departments(int year) {
        TreeSet<String> ids = new TreeSet<>(budgets.getOrDefault(year, Map.of()).keySet());
        projects(year).forEach(p -> ids.add(p.departmentId()));
        return ids.stream().map(departments::get)
                .sorted(Comparator.comparing((Department d) -> budgetTotal(year, d)).reversed()
                        .thenComparing(Comparator.comparing((Department d) -> total(projects(year, d))).reversed())
                        .thenComparing(Department::id))
                .toList();
    }

    /** 支出总计 of a department's budget in {@code year}, or zero without one. */
    public BigDecimal budgetTotal(int year, Department department) {
        return budget(year, department).map(b -> b.functional().total().expenditure()).orElse(BigDecimal.ZERO);
    }

    /** Units of a department with projects in {@code year}, in the department file's order. */
    public List<BudgetUnit> unitsWithProjects(int year, Department department) {
        return department.units().stream().filter(u -> !projects(year, u).isEmpty()).toList();
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

    /** Sum of 项目当年预算 / 年度资金申请总额 of the projects. */
    public static BigDecimal total(List<Project> projects) {
        return projects.stream().map(SiteIndex::annual).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static BigDecimal annual(Project project) {
        return Optional.ofNullable(project.funding().annualTotal()).orElse(BigDecimal.ZERO);
    }
}
