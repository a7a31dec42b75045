package org.opendisclosure.derive;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.opendisclosure.model.ClassificationCatalogue;
import org.opendisclosure.model.Project;

/**
 * One year of the site, derived once: its projects, departments (each with its units), department
 * budgets and the spending by functional code across them, with the year before where published.
 *
 * @param year             预算年度
 * @param projects         every project of the year, largest first ({@link SiteModel#PROJECT_ORDER})
 * @param projectTotal     项目资金合计 of the year
 * @param departments      departments with projects or a budget: by budget total, then project total
 *                         (both descending), then id
 * @param budgets          the department budgets of the year, by department id
 * @param spending         spending by functional code across the budgets and projects
 * @param catalogue        the catalogue naming the year's codes, if any
 * @param previousSpending the year before's spending, when that year has department budgets
 * @param gathering        the projects' indicators by 一级/二级指标 (the indicator browser's), being
 *                         gathered on another core; read them with {@link #indicators()}
 */
public record YearInSite(int year, List<Project> projects, BigDecimal projectTotal,
        List<DepartmentInYear> departments, List<DepartmentYear> budgets, FunctionalSpending spending,
        Optional<ClassificationCatalogue> catalogue, Optional<FunctionalSpending> previousSpending,
        Map<String, DepartmentInYear> departmentsById, Map<String, UnitInYear> unitsById,
        Deferred<YearIndicators> gathering) {

    public YearInSite {
        projects = List.copyOf(projects);
        departments = List.copyOf(departments);
        budgets = List.copyOf(budgets);
        departmentsById = Map.copyOf(departmentsById);
        unitsById = Map.copyOf(unitsById);
    }

    /** The projects' indicators by 一级/二级指标, waiting for them to be gathered if need be. */
    public YearIndicators indicators() {
        return gathering.get();
    }

    public DepartmentInYear department(String departmentId) {
        return Objects.requireNonNull(departmentsById.get(departmentId), departmentId);
    }

    /** Every unit with projects this year, by id. */
    public UnitInYear unit(String unitId) {
        return Objects.requireNonNull(unitsById.get(unitId), unitId);
    }

    /** How the year's 支出合计 changed from the year before, when both years have department budgets. */
    public Optional<YearOverYear> expenditureChange() {
        return budgets.isEmpty() ? Optional.empty() : previousSpending.map(previous -> new YearOverYear(
                spending.total().expenditure(), previous.total().expenditure(), year - 1));
    }

    /** How spending on a functional code changed from the year before, when that year spent on it. */
    public Optional<YearOverYear> expenditureChange(String code) {
        return previousSpending.filter(previous -> previous.has(code)).map(previous -> new YearOverYear(
                spending.at(code).expenditure(), previous.at(code).expenditure(), year - 1));
    }

    /** Whether the year has pages by functional code: codes with spending or projects, and names for them. */
    public boolean hasFunctionPages() {
        return !spending.codes().isEmpty() && catalogue.isPresent();
    }
}
