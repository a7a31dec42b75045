package org.opendisclosure.derive;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.opendisclosure.model.BudgetUnit;
import org.opendisclosure.model.Department;
import org.opendisclosure.model.Project;

/**
 * A department in one year, derived once: its projects, the units that have projects, the units
 * that have none, and its budget with the budget of the year before for comparison.
 *
 * @param year                 预算年度
 * @param department           主管部门
 * @param projects             its projects of the year, largest first
 * @param projectTotal         项目资金合计
 * @param units                its units with projects this year, in the department file's order
 * @param unitsWithoutProjects its other units, in the department file's order
 * @param budget               its department budget of the year, if published
 * @param previousBudget       its department budget of the year before, if published
 */
public record DepartmentInYear(int year, Department department, List<Project> projects, BigDecimal projectTotal,
        List<UnitInYear> units, List<BudgetUnit> unitsWithoutProjects, Optional<DepartmentYear> budget,
        Optional<DepartmentYear> previousBudget) {

    public DepartmentInYear {
        projects = List.copyOf(projects);
        units = List.copyOf(units);
        unitsWithoutProjects = List.copyOf(unitsWithoutProjects);
    }

    /** How its 支出总计 changed from the year before, when both years' budgets are published. */
    public Optional<YearOverYear> expenditureChange() {
        return budget.flatMap(b -> previousBudget.map(before -> new YearOverYear(b.functional().total().expenditure(),
                before.functional().total().expenditure(), year - 1)));
    }

    /** 支出总计 of its budget, or zero without one. */
    public BigDecimal budgetTotal() {
        return budget.map(b -> b.functional().total().expenditure()).orElse(BigDecimal.ZERO);
    }
}
