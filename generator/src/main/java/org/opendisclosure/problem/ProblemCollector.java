package org.opendisclosure.problem;

import java.util.ArrayList;
import java.util.List;

/**
 * Gathers the problems of one run, so that a stage reports all of them instead of stopping at
 * the first. One collector per run; never shared between runs.
 */
public final class ProblemCollector {

    private final List<Problem> problems = new ArrayList<>();

    public void add(Problem problem) {
        problems.add(problem);
    }

    /** Adds every problem {@code other} collected, in the order it collected them. */
    public void addAll(ProblemCollector other) {
        problems.addAll(other.problems);
    }

    public void error(String code, SourcePosition position, String keyPath, String label, String message) {
        add(new Problem(Severity.ERROR, code, position, keyPath, label, message));
    }

    public void warning(String code, SourcePosition position, String keyPath, String label, String message) {
        add(new Problem(Severity.WARNING, code, position, keyPath, label, message));
    }

    /**
     * Takes back a problem reported earlier, when a later finding explains the same mistake
     * better (a missing required key that turns out to be misspelt).
     */
    public void withdraw(Problem problem) {
        problems.remove(problem);
    }

    public long errorCount() {
        return problems.stream().filter(Problem::isError).count();
    }

    public boolean hasErrors() {
        for (Problem problem : problems) {
            if (problem.isError()) {
                return true;
            }
        }
        return false;
    }

    /** What was collected so far, in file order. */
    public List<Problem> sorted() {
        List<Problem> copy = new ArrayList<>(problems);
        copy.sort(Problem.IN_FILE_ORDER);
        return List.copyOf(copy);
    }
}
