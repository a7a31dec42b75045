package org.opendisclosure.derive;

import java.math.BigDecimal;
import java.util.Objects;

import org.opendisclosure.model.Project;
import org.opendisclosure.model.SubProject;

/**
 * The sums of one project's figures, defined once: the check compares them with the form's
 * figures and the project page prints them.
 */
public final class ProjectSums {

    private ProjectSums() {
    }

    /** 子项目合计: the sum of the sub-projects' amounts that are given. */
    public static BigDecimal subprojects(Project project) {
        BigDecimal sum = BigDecimal.ZERO;
        for (SubProject subproject : project.subprojects()) {
            if (subproject.amount() != null) {
                sum = sum.add(subproject.amount());
            }
        }
        return sum;
    }

    /** Whether every sub-project has an amount, so that their sum is the whole. */
    public static boolean allSubprojectsHaveAmounts(Project project) {
        return project.subprojects().stream().map(SubProject::amount).allMatch(Objects::nonNull);
    }
}
