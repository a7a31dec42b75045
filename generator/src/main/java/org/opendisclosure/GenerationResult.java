package org.opendisclosure;

import java.util.List;

import org.opendisclosure.problem.Problem;

/**
 * The outcome of a run: every problem (in file order), and how many pages were written, which
 * is zero whenever there is an error: then the previous site was left as it was.
 */
public record GenerationResult(List<Problem> problems, int pagesWritten) {

    public GenerationResult {
        problems = List.copyOf(problems);
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(Problem::isError);
    }

    public long errorCount() {
        return problems.stream().filter(Problem::isError).count();
    }
}
