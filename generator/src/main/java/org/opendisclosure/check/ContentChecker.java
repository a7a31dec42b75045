package org.opendisclosure.check;

import java.util.List;

import org.opendisclosure.derive.BudgetRollups;
import org.opendisclosure.model.Content;
import org.opendisclosure.model.DepartmentBudget;
import org.opendisclosure.model.IncompleteFiles;
import org.opendisclosure.model.Project;
import org.opendisclosure.problem.Problem;
import org.opendisclosure.problem.ProblemCodes;
import org.opendisclosure.problem.ProblemCollector;
import org.opendisclosure.problem.Severity;
import org.opendisclosure.problem.SourcePosition;

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
        return check(content, BudgetRollups.of(content.budgets()), problems);
    }

    /**
     * @param content  what was loaded
     * @param rollups  the budgets' sums, computed once by the derive stage and read here
     * @param problems what loading reported; the checks add theirs
     * @return every problem in file order, and the acknowledged discrepancies for the pages
     */
    public CheckReport check(Content content, BudgetRollups rollups, ProblemCollector problems) {
        return check(content, rollups, problems, null);
    }

    /**
     * Checks like {@link #check(Content, BudgetRollups, ProblemCollector)}; a project's own checks
     * run only when {@code cache} does not know their outcome already (the live preview's way).
     *
     * @param cache what earlier checks found per project, or null
     */
    public CheckReport check(Content content, BudgetRollups rollups, ProblemCollector problems,
            ProjectCheckCache cache) {
        IncompleteFiles incomplete = content.incomplete();
        DuplicateIdCheck.check(content, problems);
        if (incomplete.departmentsComplete()) {
            ReferenceCheck.check(content, problems);
        }
        for (Project project : content.projects()) {
            if (cache == null) {
                checkProject(project, content, incomplete, problems);
            } else {
                cache.check(project, content.catalogues(), incomplete.cataloguesComplete(), problems,
                        own -> checkProject(project, content, incomplete, own));
            }
        }
        if (cache != null) {
            cache.endCheck();
        }
        BudgetReferenceCheck.Index references = BudgetReferenceCheck.index(content);
        for (DepartmentBudget budget : content.budgets()) {
            BudgetReferenceCheck.check(references, budget, problems);
            MarkdownImageCheck.check(budget, problems);
            TargetFormatCheck.check(budget, problems);
            ClassificationCheck.check(budget, content.catalogues(), incomplete.cataloguesComplete(), problems);
            if (incomplete.isIncomplete(budget)) {
                deferArithmetic(budget, problems);
            } else {
                BudgetArithmeticCheck.check(budget, rollups.of(budget), problems);
                PublishedTotalCheck.check(budget, rollups.of(budget), problems);
            }
        }
        List<Problem> all = problems.sorted();
        return Acknowledgements.apply(content, all);
    }

    /** The checks that read one project and the catalogues only. */
    private static void checkProject(Project project, Content content, IncompleteFiles incomplete,
            ProblemCollector problems) {
        ProjectArithmeticCheck.check(project, problems);
        ProjectPeriodCheck.check(project, problems);
        IndicatorLevelCheck.check(project, problems);
        TargetFormatCheck.check(project, problems);
        GoalTextCheck.check(project, problems);
        if (incomplete.cataloguesComplete()) {
            ClassificationCheck.check(project, content.catalogues(), problems);
        }
    }

    /**
     * A budget file with errors may miss rows or amounts, so its sums would only repeat those
     * errors; say once that they are checked after the fix.
     */
    private static void deferArithmetic(DepartmentBudget budget, ProblemCollector problems) {
        problems.add(new Problem(Severity.NOTE, ProblemCodes.CHECKS_DEFERRED,
                SourcePosition.startOf(budget.file()), "", "",
                "本文件有错误；金额核对（各行合计、收支平衡、经济分类、“三公”、政府采购、原表合计）要等这些错误改正后才进行"));
    }
}
