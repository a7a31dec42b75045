package org.opendisclosure.check;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.opendisclosure.content.FieldLabels;
import org.opendisclosure.model.BudgetRow;
import org.opendisclosure.model.ClassificationCatalogue;
import org.opendisclosure.model.ClassificationCode;
import org.opendisclosure.model.DepartmentBudget;
import org.opendisclosure.model.EconomicRow;
import org.opendisclosure.problem.ProblemCodes;
import org.opendisclosure.problem.ProblemCollector;

/**
 * Checks a budget's codes against the catalogue of its year: every code (and its 类 and 款) is in
 * the catalogue, a typed name is the catalogue's, and no code has two rows.
 */
final class ClassificationCheck {

    private ClassificationCheck() {
    }

    /**
     * Every code of a budget appears once and, when the catalogues were read completely, is in
     * the catalogue of its year with the catalogue's name.
     */
    static void check(DepartmentBudget budget, List<ClassificationCatalogue> catalogues, boolean cataloguesComplete,
            ProblemCollector problems) {
        ClassificationCatalogue catalogue = cataloguesComplete ? catalogueOf(budget, catalogues, problems) : null;
        Map<String, String> seen = new HashMap<>();
        for (BudgetRow row : budget.rows()) {
            check(budget, row.code(), row.name(), row.keyPath(), catalogue == null ? null : catalogue.functional(),
                    "功能分类", catalogue, seen, problems);
            if (catalogue != null) {
                checkPrintedNames(budget, row, catalogue, problems);
            }
        }
        seen.clear();
        for (EconomicRow row : budget.economicRows()) {
            check(budget, row.code(), row.name(), row.keyPath(), catalogue == null ? null : catalogue.economic(),
                    "经济分类", catalogue, seen, problems);
        }
    }

    /**
     * A name a published table prints for a code, typed under {@code printed_names}, is shown in that table as
     * printed; where it is not the catalogue's, readers are told so by a warning here and a note in the table.
     */
    private static void checkPrintedNames(DepartmentBudget budget, BudgetRow row, ClassificationCatalogue catalogue,
            ProblemCollector problems) {
        String catalogueName = row.code() == null ? null : catalogue.functional().get(row.code());
        if (catalogueName == null) {
            return;
        }
        for (Map.Entry<String, String> printed : row.printedNames().entrySet()) {
            if (!printed.getValue().equals(catalogueName)) {
                String path = row.keyPath() + ".printed_names." + printed.getKey();
                problems.warning(ProblemCodes.PRINTED_NAME, budget.sourceMap().at(path), path,
                        FieldLabels.BUDGET.of(path),
                        "科目 " + row.code() + " 在" + BudgetRow.tableTitle(printed.getKey()) + "中印作“"
                                + printed.getValue() + "”，" + catalogue.year() + " 年目录名称为“" + catalogueName
                                + "”；该表按原表显示，并注明目录名称");
            }
        }
    }

    /** The catalogue a budget uses, or null after reporting that there is none. */
    private static ClassificationCatalogue catalogueOf(DepartmentBudget budget,
            List<ClassificationCatalogue> catalogues, ProblemCollector problems) {
        Optional<ClassificationCatalogue> found = catalogues.stream()
                .filter(c -> c.year() == budget.catalogueYear()).findFirst();
        if (found.isEmpty()) {
            String at = budget.sourceMap().positions().containsKey("catalogue") ? "catalogue" : "year";
            problems.error(ProblemCodes.CODE_UNKNOWN, budget.sourceMap().at(at), at, FieldLabels.BUDGET.of(at),
                    "没有 " + budget.catalogueYear() + " 年的科目目录（content/catalogues/ 下 year: "
                            + budget.catalogueYear() + " 的文件），无法核对科目编码"
                            + (catalogues.isEmpty() ? ""
                                    : "；现有目录的年度：" + String.join("、",
                                            catalogues.stream().map(c -> Integer.toString(c.year())).sorted().toList())
                                            + "（可用 catalogue: 指定）"));
        }
        return found.orElse(null);
    }

    /** A project's 功能分类科目编码 must be in the catalogue of the project's year. */
    static void check(org.opendisclosure.model.Project project, List<ClassificationCatalogue> catalogues,
            ProblemCollector problems) {
        String code = project.functionalCode();
        if (code == null) {
            return;
        }
        var labels = ProjectArithmeticCheck.labels(project);
        Optional<ClassificationCatalogue> catalogue = catalogues.stream().filter(c -> c.year() == project.year())
                .findFirst();
        if (catalogue.isEmpty()) {
            problems.error(ProblemCodes.CODE_UNKNOWN, project.sourceMap().at("functional_code"), "functional_code",
                    labels.of("functional_code"), "没有 " + project.year() + " 年的科目目录（content/catalogues/），无法核对科目 "
                            + code);
            return;
        }
        Map<String, String> codes = catalogue.get().functional();
        for (String level : ClassificationCode.lineage(code)) {
            if (!codes.containsKey(level)) {
                problems.error(ProblemCodes.CODE_UNKNOWN, project.sourceMap().at("functional_code"), "functional_code",
                        labels.of("functional_code"),
                        project.year() + " 年功能分类科目目录（" + catalogue.get().file() + "）中没有"
                                + ClassificationCode.levelName(level) + "级科目 " + level
                                + ReferenceCheck.nearest(level, codes.keySet().stream()
                                        .filter(c -> c.length() == level.length()).toList()));
                return;
            }
        }
    }

    private static void check(DepartmentBudget budget, String code, String name, String rowPath,
            Map<String, String> codes, String kind, ClassificationCatalogue catalogue, Map<String, String> seen,
            ProblemCollector problems) {
        if (code == null) {
            return;
        }
        String codePath = rowPath + ".code";
        String earlier = seen.putIfAbsent(code, rowPath);
        if (earlier != null) {
            problems.error(ProblemCodes.DUPLICATE_CODE, budget.sourceMap().at(codePath), codePath,
                    FieldLabels.BUDGET.of(codePath),
                    "科目 " + code + " 已有一行（" + budget.file() + ":" + budget.sourceMap().at(earlier).line()
                            + "，" + earlier + "）；每个科目只写一行");
        }
        if (codes == null) {
            return;
        }
        for (String level : ClassificationCode.lineage(code)) {
            if (!codes.containsKey(level)) {
                problems.error(ProblemCodes.CODE_UNKNOWN, budget.sourceMap().at(codePath), codePath,
                        FieldLabels.BUDGET.of(codePath),
                        catalogue.year() + " 年" + kind + "科目目录（" + catalogue.file() + "）中没有"
                                + ClassificationCode.levelName(level) + "级科目 " + level
                                + ReferenceCheck.nearest(level, codes.keySet().stream()
                                        .filter(c -> c.length() == level.length()).toList()));
                return;
            }
        }
        if (name != null && !name.equals(codes.get(code))) {
            String namePath = rowPath + ".name";
            problems.error(ProblemCodes.CODE_NAME, budget.sourceMap().at(namePath), namePath,
                    FieldLabels.BUDGET.of(namePath),
                    "科目 " + code + " 在 " + catalogue.year() + " 年目录中名为“" + codes.get(code) + "”；这里写的是“"
                            + name + "”");
        }
    }
}
