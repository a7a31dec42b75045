package org.opendisclosure.check;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.opendisclosure.concurrent.Await;
import org.opendisclosure.concurrent.DaemonThreads;
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
 * acknowledgements to everything that loading and checking found. The checks of each project,
 * which read that project and the catalogues only, run on up to {@code threads} threads, each
 * over its own consecutive share of the projects; their problems are gathered in project order,
 * so the report is the same whatever the number. Immutable and thread-safe.
 */
public final class ContentChecker {

    /** Fewer projects than this are checked on the calling thread alone: starting threads costs more. */
    static final int PROJECTS_PER_THREAD = 500;

    private final int threads;

    /** Checks on the calling thread only. */
    public ContentChecker() {
        this(1);
    }

    /** Checks each project's own content on up to {@code threads} threads (at least one). */
    public ContentChecker(int threads) {
        this.threads = Math.max(1, threads);
    }

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
        if (cache == null) {
            checkProjects(content, incomplete, problems);
        } else {
            for (Project project : content.projects()) {
                cache.check(project, content.catalogues(), incomplete.cataloguesComplete(), problems,
                        own -> checkProject(project, content, incomplete, own));
            }
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

    /**
     * Every project's own checks: the projects split into consecutive shares, one per thread, the
     * first share on this thread; each share's problems are added in turn.
     */
    private void checkProjects(Content content, IncompleteFiles incomplete, ProblemCollector problems) {
        List<Project> projects = content.projects();
        int shares = Math.min(threads, Math.max(1, projects.size() / PROJECTS_PER_THREAD));
        if (shares == 1) {
            projects.forEach(project -> checkProject(project, content, incomplete, problems));
            return;
        }
        List<ProblemCollector> found = new ArrayList<>();
        List<Future<?>> others = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(shares - 1, DaemonThreads.numbered("disclosure-check"));
        try {
            List<Runnable> work = new ArrayList<>();
            for (int share = 0; share < shares; share++) {
                List<Project> part = projects.subList(share * projects.size() / shares,
                        (share + 1) * projects.size() / shares);
                ProblemCollector collector = new ProblemCollector();
                found.add(collector);
                work.add(() -> part.forEach(project -> checkProject(project, content, incomplete, collector)));
            }
            work.subList(1, shares).forEach(share -> others.add(pool.submit(share)));
            work.get(0).run();
            others.forEach(other -> Await.value(other, () -> new IllegalStateException("检查内容时被中断")));
        } finally {
            pool.shutdownNow();
        }
        found.forEach(problems::addAll);
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
