package org.opendisclosure.check;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.opendisclosure.content.FieldLabels;
import org.opendisclosure.model.Content;
import org.opendisclosure.model.Department;
import org.opendisclosure.model.DepartmentBudget;
import org.opendisclosure.model.KeyProject;
import org.opendisclosure.model.Project;
import org.opendisclosure.problem.ProblemCodes;
import org.opendisclosure.problem.ProblemCollector;

/**
 * Checks what a department budget refers to: its department exists, and each project it explains
 * exists in the same year (so the explanation can link to the project's page).
 */
final class BudgetReferenceCheck {

    private BudgetReferenceCheck() {
    }

    /**
     * What the check looks budgets up in, made once per run: the department ids, and the project ids
     * of each department and year (a scan of all projects per budget was quadratic at city scale).
     */
    record Index(boolean departmentsComplete, List<String> departmentIds, Map<String, Set<String>> projectIds) {

        Set<String> projects(int year, String departmentId) {
            return projectIds.getOrDefault(year + "/" + departmentId, Set.of());
        }
    }

    static Index index(Content content) {
        List<String> departmentIds = content.departments().stream().map(Department::id).filter(id -> id != null)
                .sorted().toList();
        Map<String, Set<String>> projectIds = new HashMap<>();
        for (Project project : content.projects()) {
            if (project.id() == null || project.departmentId() == null) {
                continue; // reported by the project's own checks
            }
            projectIds.computeIfAbsent(project.year() + "/" + project.departmentId(), k -> new HashSet<>())
                    .add(project.id());
        }
        return new Index(content.incomplete().departmentsComplete(), departmentIds, projectIds);
    }

    static void check(Index index, DepartmentBudget budget, ProblemCollector problems) {
        List<String> departmentIds = index.departmentIds();
        if (index.departmentsComplete() && !departmentIds.contains(budget.departmentId())) {
            problems.error(ProblemCodes.REFERENCE, budget.sourceMap().at("department"), "department",
                    FieldLabels.BUDGET.of("department"),
                    "没有标识为“" + budget.departmentId() + "”的部门（content/departments/）"
                            + ReferenceCheck.nearest(budget.departmentId(), departmentIds));
        }
        Set<String> projectIds = index.projects(budget.year(), budget.departmentId());
        for (KeyProject key : budget.keyProjects()) {
            if (key.projectId() != null && !projectIds.contains(key.projectId())) {
                String path = key.keyPath() + ".project";
                problems.error(ProblemCodes.REFERENCE, budget.sourceMap().at(path), path, FieldLabels.BUDGET.of(path),
                        "本部门 " + budget.year() + " 年没有标识为“" + key.projectId() + "”的项目"
                                + ReferenceCheck.nearest(key.projectId(), new TreeSet<>(projectIds)));
            }
        }
    }
}
