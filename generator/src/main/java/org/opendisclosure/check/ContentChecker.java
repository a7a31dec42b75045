package org.opendisclosure.check;

import java.util.List;

import org.opendisclosure.model.Content;
import org.opendisclosure.model.DepartmentBudget;
import org.opendisclosure.model.Project;
import org.opendisclosure.problem.Problem;
import org.opendisclosure.problem.ProblemCollector;

/**
 * The checking stage: runs every check over loaded content, then applies the editors'
 * acknowledgements to everything that loading and checking found. Stateless and thread-safe.
 */
public final class ContentChecker {

    /**
     * @param content  what was loaded
     * @param problems what loading reported; the checks add theirs
     * @return every problem in file order, and the acknowledged discrepancies for the pages
     */
    public CheckReport check(Content content, ProblemCollector problems) {
        DuplicateIdCheck.check(content, problems);
        ReferenceCheck.check(content, problems);
        for (Project project : content.projects()) {
            ProjectArithmeticCheck.check(project, problems);
            ProjectPeriodCheck.check(project, problems);
            IndicatorLevelCheck.check(project, problems);
            ClassificationCheck.check(project, content.catalogues(), problems);
        }
        for (DepartmentBudget budget : content.budgets()) {
            BudgetReferenceCheck.check(content, budget, problems);
            ClassificationCheck.check(budget, content.catalogues(), problems);
            BudgetArithmeticCheck.check(budget, problems);
            PublishedTotalCheck.check(budget, problems);
        }
        List<Problem> all = problems.sorted();
        return Acknowledgements.apply(content, all);
    }
}
