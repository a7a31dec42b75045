package org.opendisclosure.content;

import java.nio.file.Path;
import java.util.List;

import org.opendisclosure.FixtureSite;
import org.opendisclosure.check.CheckReport;
import org.opendisclosure.check.ContentChecker;
import org.opendisclosure.derive.BudgetRollups;
import org.opendisclosure.derive.SiteModel;
import org.opendisclosure.model.Content;
import org.opendisclosure.problem.Problem;
import org.opendisclosure.problem.ProblemCollector;

/**
 * The valid fixture site (a department, the catalogue, a budget, a 2019 and a 2024 project) with
 * one of its files replaced by arbitrary bytes, run through loading, checking and, when nothing is
 * wrong, the roll-ups of the derive stage (not charts and pages: they take a second each). Used
 * by the fuzz tests. The site is written once; each input
 * overwrites only its one file, so no input depends on the one before.
 */
final class OneFileSite {

    private final FixtureSite site;
    private final String file;

    private OneFileSite(FixtureSite site, String file) {
        this.site = site;
        this.file = file;
    }

    /** Writes the fixture site under {@code root}; {@code file} is the one the inputs replace. */
    static OneFileSite of(Path root, String file) {
        return new OneFileSite(FixtureSite.in(root).withBudget(), file);
    }

    /** Writes {@code bytes} as the file and returns every problem of the run. */
    List<Problem> problemsWith(byte[] bytes) {
        site.bytes(file, bytes);
        ProblemCollector problems = new ProblemCollector();
        Content content = new ContentLoader(ContentLimits.DEFAULT).load(site.content(), site.root(), problems);
        BudgetRollups rollups = BudgetRollups.of(content.budgets());
        CheckReport report = new ContentChecker().check(content, rollups, problems);
        if (!report.hasErrors()) {
            new SiteModel(content, rollups).years();
        }
        return report.problems();
    }
}
