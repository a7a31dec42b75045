package org.opendisclosure;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.opendisclosure.metrics.BuildSummary;
import org.opendisclosure.problem.Problem;

/**
 * The outcome of a run: every problem (in file order), how many pages were written, which is zero
 * whenever there is an error (then the previous site was left as it was), and the time each stage
 * took with the counts of what went in and came out.
 */
public record GenerationResult(List<Problem> problems, int pagesWritten, BuildSummary summary) {

    public GenerationResult {
        problems = List.copyOf(problems);
        Objects.requireNonNull(summary, "summary");
    }

    /** A result without measurements. */
    public GenerationResult(List<Problem> problems, int pagesWritten) {
        this(problems, pagesWritten, new BuildSummary(Duration.ZERO, List.of(), Map.of()));
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(Problem::isError);
    }

    public long errorCount() {
        return problems.stream().filter(Problem::isError).count();
    }
}
