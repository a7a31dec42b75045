package org.opendisclosure.model;

import java.util.List;

/**
 * Everything loaded from a content directory, each list in file-path order.
 *
 * @param settings    站点设置
 * @param departments 主管部门 with their units
 * @param projects    项目, one per year
 * @param budgets     部门预算, one per department and year
 * @param catalogues  classification catalogues, one per standard year
 * @param rules       公开内容清单, one per budget year that has one
 * @param incomplete  the files that could not be read without errors
 */
public record Content(SiteSettings settings, List<Department> departments, List<Project> projects,
        List<DepartmentBudget> budgets, List<ClassificationCatalogue> catalogues, List<DisclosureRules> rules,
        IncompleteFiles incomplete) {
    public Content {
        departments = List.copyOf(departments);
        projects = List.copyOf(projects);
        budgets = List.copyOf(budgets);
        catalogues = List.copyOf(catalogues);
        rules = List.copyOf(rules);
    }
}
