package org.opendisclosure.check;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.opendisclosure.model.ClassificationCatalogue;
import org.opendisclosure.model.Project;
import org.opendisclosure.problem.Problem;
import org.opendisclosure.problem.ProblemCollector;

/**
 * What the checks of one project alone found, kept between runs of the live preview: a project
 * read from an unchanged file is the same object as before (the load reuses it), and with the same
 * catalogues its own checks find the same problems, so they are not run again. Checks that look
 * across files (duplicate ids, references, budgets) always run. One cache per preview, used by one
 * check at a time.
 */
public final class ProjectCheckCache {

    private record Entry(List<ClassificationCatalogue> catalogues, boolean cataloguesComplete, List<Problem> problems) {
    }

    private Map<Project, Entry> entries = new IdentityHashMap<>();
    private Map<Project, Entry> next = new IdentityHashMap<>();

    /** Adds the problems of {@code project}'s own checks, running them only when not known. */
    void check(Project project, List<ClassificationCatalogue> catalogues, boolean cataloguesComplete,
            ProblemCollector problems, Consumer<ProblemCollector> checks) {
        Entry entry = entries.get(project);
        if (entry == null || entry.cataloguesComplete() != cataloguesComplete
                || !sameObjects(entry.catalogues(), catalogues)) {
            ProblemCollector own = new ProblemCollector();
            checks.accept(own);
            entry = new Entry(catalogues, cataloguesComplete, own.sorted());
        }
        next.put(project, entry);
        entry.problems().forEach(problems::add);
    }

    /** Forgets the projects the last check did not see. */
    void endCheck() {
        entries = next;
        next = new IdentityHashMap<>();
    }

    private static boolean sameObjects(List<?> a, List<?> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i) != b.get(i)) {
                return false;
            }
        }
        return true;
    }

    /** For tests: the projects whose problems are kept. */
    Set<Project> cached() {
        return entries.keySet();
    }
}
