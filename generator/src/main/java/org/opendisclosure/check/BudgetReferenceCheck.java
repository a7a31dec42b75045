package org.opendisclosure.check;

import java.util.List;
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

    static void check(Content content, DepartmentBudget budget, ProblemCollector problems) {
        List<String> departmentIds = content.departments().stream().map(Department::id).filter(id -> id != null)
                .sorted().toList();
        if (content.incomplete().departmentsComplete() && !departmentIds.contains(budget.departmentId())) {
            problems.error(ProblemCodes.REFERENCE, budget.sourceMap().at("department"), "department",
                    FieldLabels.BUDGET.of("department"),
                    "没有标识为“" + budget.departmentId() + "”的部门（content/departments/）"
                            + ReferenceCheck.nearest(budget.departmentId(), departmentIds));
        }
        Set<String> projectIds = new TreeSet<>();
        for (Project project : content.projects()) {
            if (project.year() == budget.year() && budget.departmentId().equals(project.departmentId())) {
                projectIds.add(project.id());
            }
        }
        for (KeyProject key : budget.keyProjects()) {
            if (key.projectId() != null && !projectIds.contains(key.projectId())) {
                String path = key.keyPath() + ".project";
                problems.error(ProblemCodes.REFERENCE, budget.sourceMap().at(path), path, FieldLabels.BUDGET.of(path),
                        "本部门 " + budget.year() + " 年没有标识为“" + key.projectId() + "”的项目"
                                + ReferenceCheck.nearest(key.projectId(), projectIds));
            }
        }
    }
}
