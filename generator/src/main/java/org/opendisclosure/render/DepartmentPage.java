package org.opendisclosure.render;

import java.util.ArrayList;
import java.util.List;

/**
 * A department in one year: its budget (the eight tables, charts and prose), its units and its
 * projects.
 *
 * @param otherUnits   its units without projects this year
 * @param projectCount its projects this year
 * @param units        its units with projects (zero or one table)
 * @param projects     its projects (zero or one table)
 * @param total        项目资金合计, for readers ({@link org.opendisclosure.model.MoneyFormat#readableWithExact})
 * @param budget       its department budget (zero or one)
 * @param completeness 公开完整性: the checklist against the year's rules, or why there is none
 */
public record DepartmentPage(PageFrame page, int year, String name, List<GroupSummary> otherUnits,
        int projectCount, List<DataTable> units, List<DataTable> projects, String total, List<BudgetView> budget,
        CompletenessView completeness) implements Page {

    public DepartmentPage {
        otherUnits = List.copyOf(otherUnits);
        units = List.copyOf(units);
        projects = List.copyOf(projects);
        budget = List.copyOf(budget);
    }

    @Override
    public String template() {
        return "department.ftlh";
    }

    @Override
    public List<DataTable> workbookTables() {
        return budgetWorkbook();
    }

    @Override
    public List<DataTable> budgetWorkbook() {
        return budget.stream().flatMap(view -> view.tables().stream()).toList();
    }

    @Override
    public List<DownloadableTable> downloadableTables() {
        List<DownloadableTable> tables = new ArrayList<>();
        for (BudgetView view : budget) {
            tables.addAll(PageTables.of(view.tables(), view.charts()));
            for (BudgetView.KeyProjectView key : view.keyProjects()) {
                if (key.indicators() != null) {
                    tables.add(key.indicators());
                }
                if (key.versions() != null) {
                    tables.add(key.versions());
                }
            }
        }
        tables.addAll(PageTables.concat(projects, units));
        return tables;
    }
}
