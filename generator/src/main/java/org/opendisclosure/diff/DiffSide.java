package org.opendisclosure.diff;

import org.opendisclosure.check.CheckReport;
import org.opendisclosure.derive.BudgetRollups;
import org.opendisclosure.model.Content;

/**
 * One side of a comparison: content as loaded, its sums from the derive stage, and what the checks
 * found (null where checks were not run, as for change-log entries).
 *
 * @param label   what this side is, as reports name it
 * @param content the content
 * @param rollups the budgets' sums
 * @param report  the checks' findings, or null
 */
public record DiffSide(String label, Content content, BudgetRollups rollups, CheckReport report) {
}
