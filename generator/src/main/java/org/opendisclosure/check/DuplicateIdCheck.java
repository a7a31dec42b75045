package org.opendisclosure.check;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import org.opendisclosure.model.BudgetUnit;
import org.opendisclosure.model.Content;
import org.opendisclosure.model.Department;
import org.opendisclosure.model.Project;
import org.opendisclosure.problem.ProblemCodes;
import org.opendisclosure.problem.ProblemCollector;
import org.opendisclosure.problem.SourcePosition;

/**
 * Checks that ids are unique: departments and units across the site, projects within a year; and that a year has
 * one budget per department, one catalogue and one list of rules of disclosure.
 * Each duplicate names both places. Ids become file names, so they are compared as the site's
 * file names will be.
 */
final class DuplicateIdCheck {

    private DuplicateIdCheck() {
    }

    static void check(Content content, ProblemCollector problems) {
        Map<String, Supplier<SourcePosition>> departments = new HashMap<>();
        Map<String, Supplier<SourcePosition>> units = new HashMap<>();
        for (Department department : content.departments()) {
            if (department.id() != null) {
                report(problems, departments, department.id(), () -> "标识“" + department.id() + "”",
                        () -> department.sourceMap().at("id"), "id", "部门标识");
            }
            for (BudgetUnit unit : department.units()) {
                if (unit.id() != null) {
                    report(problems, units, unit.id(), () -> "标识“" + unit.id() + "”",
                            () -> department.sourceMap().at(unit.keyPath() + ".id"), unit.keyPath() + ".id", "单位标识");
                }
            }
        }
        Map<String, Supplier<SourcePosition>> projects = new HashMap<>();
        for (Project project : content.projects()) {
            if (project.id() != null && project.year() > 0) {
                report(problems, projects, project.year() + "/" + project.id(),
                        () -> "标识“" + project.id() + "”（" + project.year() + " 年）", () -> project.sourceMap().at("id"),
                        "id", "项目标识");
            }
        }
        Map<String, Supplier<SourcePosition>> budgets = new HashMap<>();
        for (var budget : content.budgets()) {
            report(problems, budgets, budget.year() + "/" + budget.departmentId(),
                    () -> "部门“" + budget.departmentId() + "”的 " + budget.year() + " 年部门预算",
                    () -> budget.sourceMap().at("department"), "department", "预算主管部门");
        }
        Map<String, Supplier<SourcePosition>> catalogues = new HashMap<>();
        for (var catalogue : content.catalogues()) {
            report(problems, catalogues, Integer.toString(catalogue.year()), () -> catalogue.year() + " 年的科目目录",
                    () -> catalogue.sourceMap().at("year"), "year", "科目年度");
        }
        Map<String, Supplier<SourcePosition>> rules = new HashMap<>();
        for (var yearRules : content.rules()) {
            report(problems, rules, Integer.toString(yearRules.year()), () -> yearRules.year() + " 年的公开内容清单",
                    () -> yearRules.sourceMap().at("year"), "year", "预算年度");
        }
    }

    /**
     * {@code shown} names what is duplicated, e.g. {@code 标识“hotline-12333”}; it and the places are
     * made only for a duplicate (at city scale, making them for every project was most of the check).
     */
    private static void report(ProblemCollector problems, Map<String, Supplier<SourcePosition>> seen, String key,
            Supplier<String> shown, Supplier<SourcePosition> here, String keyPath, String label) {
        Supplier<SourcePosition> earlier = seen.putIfAbsent(key.toLowerCase(Locale.ROOT), here);
        if (earlier != null) {
            problems.error(ProblemCodes.DUPLICATE_ID, here.get(), keyPath, label,
                    shown.get() + "重复：已在 " + earlier.get() + " 出现；只能有一处");
        }
    }
}
