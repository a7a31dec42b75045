package org.opendisclosure.check;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.opendisclosure.content.DidYouMean;
import org.opendisclosure.model.BudgetUnit;
import org.opendisclosure.model.Content;
import org.opendisclosure.model.Department;
import org.opendisclosure.model.Project;
import org.opendisclosure.problem.ProblemCodes;
import org.opendisclosure.problem.ProblemCollector;

/** Checks that each project names an existing department and a unit of that department. */
final class ReferenceCheck {

    private ReferenceCheck() {
    }

    static void check(Content content, ProblemCollector problems) {
        Map<String, Department> departments = content.departments().stream().filter(d -> d.id() != null)
                .collect(Collectors.toMap(Department::id, Function.identity(), (a, b) -> a));
        Map<String, BudgetUnit> units = content.departments().stream().flatMap(d -> d.units().stream())
                .filter(u -> u.id() != null)
                .collect(Collectors.toMap(BudgetUnit::id, Function.identity(), (a, b) -> a));
        for (Project project : content.projects()) {
            var labels = ProjectArithmeticCheck.labels(project);
            Department department = null;
            if (project.departmentId() != null) {
                department = departments.get(project.departmentId());
                if (department == null) {
                    problems.error(ProblemCodes.REFERENCE, project.sourceMap().at("department"), "department",
                            labels.of("department"), "没有标识为“" + project.departmentId() + "”的部门（content/departments/）"
                                    + nearest(project.departmentId(), departments.keySet().stream().toList()));
                }
            }
            if (project.unitId() == null) {
                continue;
            }
            BudgetUnit unit = units.get(project.unitId());
            if (unit == null) {
                List<String> candidates = department != null
                        ? department.units().stream().map(BudgetUnit::id).toList()
                        : units.keySet().stream().sorted().toList();
                problems.error(ProblemCodes.REFERENCE, project.sourceMap().at("unit"), "unit", labels.of("unit"),
                        "没有标识为“" + project.unitId() + "”的预算单位" + nearest(project.unitId(), candidates));
            } else if (department != null && !department.id().equals(unit.departmentId())) {
                problems.error(ProblemCodes.REFERENCE, project.sourceMap().at("unit"), "unit", labels.of("unit"),
                        "预算单位“" + unit.id() + "”（" + unit.name() + "）属于部门“" + unit.departmentId() + "”，不属于本项目的主管部门“"
                                + department.id() + "”（" + department.name() + "）");
            }
        }
    }

    /** A hint naming the closest known values, or (when none is close) the known ones. */
    static String nearest(String found, java.util.Collection<String> known) {
        List<String> near = DidYouMean.closest(found, known);
        if (!near.isEmpty()) {
            return "；是否想写：" + String.join("、", near) + "？";
        }
        return known.isEmpty() ? "" : "；现有：" + String.join("、", known.stream().sorted().limit(20).toList())
                + (known.size() > 20 ? " 等 " + known.size() + " 个" : "");
    }
}
