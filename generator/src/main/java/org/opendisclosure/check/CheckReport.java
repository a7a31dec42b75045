package org.opendisclosure.check;

import java.util.List;
import java.util.Map;

import org.opendisclosure.problem.Problem;

/**
 * What loading and checking found: every problem in file order (acknowledged ones as notes), and
 * the acknowledged discrepancies by content file, for the pages.
 */
public record CheckReport(List<Problem> problems, Map<String, List<AcknowledgedDiscrepancy>> discrepanciesByFile) {

    public CheckReport {
        problems = List.copyOf(problems);
        discrepanciesByFile = Map.copyOf(discrepanciesByFile);
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(Problem::isError);
    }

    public long errorCount() {
        return problems.stream().filter(Problem::isError).count();
    }

    public List<AcknowledgedDiscrepancy> discrepancies(String file) {
        return discrepanciesByFile.getOrDefault(file, List.of());
    }
}
