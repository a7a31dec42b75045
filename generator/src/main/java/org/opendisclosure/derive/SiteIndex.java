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
import org.opendisclosure.model.Content;
import org.opendisclosure.model.Department;
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
        projectsByYear.values().forEach(list -> list.sort(PROJECT_ORDER));
        projectsById.values().forEach(list -> list.sort(Comparator.comparingInt(Project::year)));
    }

    public Content content() {
        return content;
    }

    /** Years that have content, ascending. */
    public List<Integer> years() {
        return List.copyOf(projectsByYear.keySet());
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

    /** Departments with projects in {@code year}, by total descending, then id. */
    public List<Department> departments(int year) {
        TreeSet<String> ids = new TreeSet<>();
        projects(year).forEach(p -> ids.add(p.departmentId()));
        return ids.stream().map(departments::get)
                .sorted(Comparator.comparing((Department d) -> total(projects(year, d))).reversed()
                        .thenComparing(Department::id))
                .toList();
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
