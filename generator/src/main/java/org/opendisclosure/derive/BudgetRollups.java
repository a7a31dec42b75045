package org.opendisclosure.derive;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.opendisclosure.model.DepartmentBudget;

/**
 * The roll-up of every loaded department budget, computed once per run and read by the checks and
 * the derived site. Keyed by the budget itself (identity), as two files may carry the same
 * department and year until the checks have reported it. Immutable.
 */
public final class BudgetRollups {

    private final Map<DepartmentBudget, BudgetRollup> byBudget;

    private BudgetRollups(Map<DepartmentBudget, BudgetRollup> byBudget) {
        this.byBudget = byBudget;
    }

    public static BudgetRollups of(List<DepartmentBudget> budgets) {
        Map<DepartmentBudget, BudgetRollup> map = new IdentityHashMap<>();
        for (DepartmentBudget budget : budgets) {
            map.put(budget, BudgetRollup.of(budget));
        }
        return new BudgetRollups(map);
    }

    /** The roll-up of a budget of this run (computed on the spot for one from elsewhere, e.g. a test). */
    public BudgetRollup of(DepartmentBudget budget) {
        BudgetRollup rollup = byBudget.get(budget);
        return rollup != null ? rollup : BudgetRollup.of(budget);
    }
}
