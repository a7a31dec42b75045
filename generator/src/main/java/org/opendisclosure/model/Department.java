package org.opendisclosure.model;

import java.util.List;

/**
 * 主管部门: a department that publishes a budget, with its 预算单位 (budget units).
 *
 * @param id     validated id, used in file names
 * @param name   部门名称
 * @param units  预算单位, in file order
 * @param sourceMap where the department's keys stand
 */
public record Department(String id, String name, List<BudgetUnit> units, SourceMap sourceMap) {
    public Department {
        units = List.copyOf(units);
    }
}
