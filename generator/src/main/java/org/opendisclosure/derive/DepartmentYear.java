package org.opendisclosure.derive;

import org.opendisclosure.model.BudgetRow;
import org.opendisclosure.model.ClassificationCatalogue;
import org.opendisclosure.model.Department;
import org.opendisclosure.model.DepartmentBudget;

/**
 * A department's budget for one year with everything derived from it once: the functional and
 * economic roll-ups and the catalogue its codes are named from.
 */
public record DepartmentYear(Department department, DepartmentBudget budget, ClassificationCatalogue catalogue,
        CodeRollup<FunctionalAmounts> functional, CodeRollup<EconomicAmounts> economic) {

    public static DepartmentYear of(Department department, DepartmentBudget budget,
            ClassificationCatalogue catalogue, BudgetRollup rollup) {
        return new DepartmentYear(department, budget, catalogue, rollup.functional(), rollup.economic());
    }

    public int year() {
        return budget.year();
    }

    /** The catalogue's name of a functional code (checked content always has one). */
    public String functionalName(String code) {
        return catalogue.functional().getOrDefault(code, code);
    }

    /**
     * The name one published table ({@link org.opendisclosure.model.BudgetRow#NAMED_TABLES}) prints for a code, where
     * the budget records it under {@code printed_names} and it is not the catalogue's name; null otherwise.
     */
    public String printedName(String table, String code) {
        for (BudgetRow row : budget.rows()) {
            if (row.code().equals(code)) {
                String printed = row.printedName(table);
                return printed == null || printed.equals(functionalName(code)) ? null : printed;
            }
        }
        return null;
    }

    public String economicName(String code) {
        return catalogue.economic().getOrDefault(code, code);
    }
}
