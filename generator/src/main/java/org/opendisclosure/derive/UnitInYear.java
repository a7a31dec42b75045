package org.opendisclosure.derive;

import java.math.BigDecimal;
import java.util.List;

import org.opendisclosure.model.BudgetUnit;
import org.opendisclosure.model.Department;
import org.opendisclosure.model.Project;

/**
 * A budget unit in one year, derived once: its projects in the site's order and their total.
 *
 * @param year         预算年度
 * @param unit         预算单位
 * @param department   its 主管部门
 * @param projects     its projects of the year, largest first ({@link SiteModel#PROJECT_ORDER})
 * @param projectTotal 项目资金合计: the sum of their annual amounts
 */
public record UnitInYear(int year, BudgetUnit unit, Department department, List<Project> projects,
        BigDecimal projectTotal) {

    public UnitInYear {
        projects = List.copyOf(projects);
    }
}
