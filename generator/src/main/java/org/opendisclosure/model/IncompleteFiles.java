package org.opendisclosure.model;

import java.util.Set;

/**
 * The content files that loading reported an error for, by kind. What was read of them may be
 * partial, so checks whose findings would only be consequences of those errors hold back until
 * they are fixed: one typo gives one message, not a cascade.
 *
 * @param departments files under {@code departments/}
 * @param budgets     files under {@code budgets/}
 * @param catalogues  files under {@code catalogues/}
 */
public record IncompleteFiles(Set<String> departments, Set<String> budgets, Set<String> catalogues) {

    public static final IncompleteFiles NONE = new IncompleteFiles(Set.of(), Set.of(), Set.of());

    public IncompleteFiles {
        departments = Set.copyOf(departments);
        budgets = Set.copyOf(budgets);
        catalogues = Set.copyOf(catalogues);
    }

    /** Whether every department and unit that exists was read, so an unknown id is a real mistake. */
    public boolean departmentsComplete() {
        return departments.isEmpty();
    }

    /** Whether every catalogue was read completely, so an unknown code is a real mistake. */
    public boolean cataloguesComplete() {
        return catalogues.isEmpty();
    }

    public boolean isIncomplete(DepartmentBudget budget) {
        return budgets.contains(budget.file());
    }
}
