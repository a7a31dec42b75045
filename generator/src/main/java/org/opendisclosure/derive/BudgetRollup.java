package org.opendisclosure.derive;

import org.opendisclosure.model.DepartmentBudget;

/**
 * A department budget's rows summed up the classification trees, once: the checks compare the
 * published totals with these sums, and the pages show them. Computed for every budget before
 * checking, also for budgets with errors (rows without a code are left out).
 *
 * @param functional 功能分类: every 类, 款 and 项 with its income and expenditure
 * @param economic   经济分类: every 类 and 款 with 人员经费 and 公用经费
 */
public record BudgetRollup(CodeRollup<FunctionalAmounts> functional, CodeRollup<EconomicAmounts> economic) {

    public static BudgetRollup of(DepartmentBudget budget) {
        return new BudgetRollup(FunctionalAmounts.rollUp(budget.rows()), EconomicAmounts.rollUp(budget.economicRows()));
    }
}
