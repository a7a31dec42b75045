package org.opendisclosure.diff;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.opendisclosure.check.CheckReport;
import org.opendisclosure.problem.Problem;
import org.opendisclosure.problem.ProblemCodes;
import org.opendisclosure.problem.Severity;

/** Compares what the checks found on each side; see {@link CheckChanges}. */
final class CheckComparison {

    private CheckComparison() {
    }

    static CheckChanges compare(CheckReport base, CheckReport head) {
        return new CheckChanges(
                added(base, head, p -> p.severity() == Severity.ERROR),
                added(head, base, p -> p.severity() == Severity.ERROR),
                added(base, head, p -> p.severity() == Severity.WARNING),
                added(head, base, p -> p.severity() == Severity.WARNING),
                added(base, head, CheckComparison::acknowledged),
                added(head, base, CheckComparison::acknowledged));
    }

    /** An acknowledged discrepancy is reported as a note; other notes (deferred checks) are not acknowledgements. */
    private static boolean acknowledged(Problem problem) {
        return problem.severity() == Severity.NOTE && !problem.code().equals(ProblemCodes.CHECKS_DEFERRED);
    }

    /** The problems of {@code to} that {@code from} has not, matched without their line and column. */
    private static List<Problem> added(CheckReport from, CheckReport to, Predicate<Problem> kind) {
        Map<String, Integer> known = new LinkedHashMap<>();
        from.problems().stream().filter(kind).forEach(p -> known.merge(key(p), 1, Integer::sum));
        List<Problem> added = new ArrayList<>();
        for (Problem problem : to.problems()) {
            if (!kind.test(problem)) {
                continue;
            }
            Integer count = known.get(key(problem));
            if (count == null || count == 0) {
                added.add(problem);
            } else {
                known.put(key(problem), count - 1);
            }
        }
        return added;
    }

    private static String key(Problem p) {
        return ContentDiffer.pathOf(p.position().file()) + "\u0000" + p.code() + "\u0000" + p.keyPath() + "\u0000"
                + p.message();
    }
}
