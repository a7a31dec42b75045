package org.opendisclosure.check;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.opendisclosure.content.FieldLabels;
import org.opendisclosure.derive.ProjectSums;
import org.opendisclosure.model.Funding;
import org.opendisclosure.model.MoneyFormat;
import org.opendisclosure.model.Project;
import org.opendisclosure.model.ProjectForm;
import org.opendisclosure.model.SubProject;
import org.opendisclosure.problem.ProblemCodes;
import org.opendisclosure.problem.ProblemCollector;

/**
 * Checks a project's figures exactly, with no tolerance: funding sources add up to the annual
 * total (2024), sub-projects add up to 项目当年预算 (2019), the year's budget does not exceed the
 * project's total, an execution figure has a budget to compare with.
 */
final class ProjectArithmeticCheck {

    private ProjectArithmeticCheck() {
    }

    static void check(Project project, ProblemCollector problems) {
        Funding f = project.funding();
        FieldLabels labels = labels(project);
        if (project.form() == ProjectForm.FORM_2024) {
            sumOf(project, problems, labels, ProblemCodes.FUNDING_TOTAL, "funding.annual_total", f.annualTotal(),
                    Arrays.asList(f.appropriation(), f.carriedOver(), f.other()),
                    "当年财政拨款 + 上年结转资金 + 其他资金");
            if (f.projectTotal() != null && (f.projectFiscal() != null || f.projectOther() != null)) {
                sumOf(project, problems, labels, ProblemCodes.PROJECT_FUNDING_TOTAL, "funding.project_total",
                        f.projectTotal(), Arrays.asList(zeroIfNull(f.projectFiscal()), zeroIfNull(f.projectOther())),
                        "财政资金 + 其他资金");
            }
        }
        List<SubProject> subprojects = project.subprojects();
        if (!subprojects.isEmpty() && f.annualTotal() != null && ProjectSums.allSubprojectsHaveAmounts(project)) {
            BigDecimal sum = ProjectSums.subprojects(project);
            if (sum.compareTo(f.annualTotal()) != 0) {
                problems.error(ProblemCodes.SUBPROJECTS_TOTAL, project.sourceMap().at("subprojects"), "subprojects",
                        labels.of("subprojects"),
                        subprojects.size() + " 个子项目金额合计 " + MoneyFormat.yuan(sum) + " 元，应等于"
                                + label(labels, "funding.annual_total") + " " + MoneyFormat.yuan(f.annualTotal())
                                + " 元，相差 " + MoneyFormat.signed(sum.subtract(f.annualTotal())) + " 元");
            }
        }
        if (f.projectTotal() != null && f.annualTotal() != null && f.annualTotal().compareTo(f.projectTotal()) > 0) {
            problems.error(ProblemCodes.ANNUAL_EXCEEDS_TOTAL, project.sourceMap().at("funding.annual_total"),
                    "funding.annual_total", labels.of("funding.annual_total"),
                    "不应超过" + label(labels, "funding.project_total") + " " + MoneyFormat.yuan(f.projectTotal())
                            + " 元；实际为 " + MoneyFormat.yuan(f.annualTotal()) + " 元，超出 "
                            + MoneyFormat.yuan(f.annualTotal().subtract(f.projectTotal())) + " 元");
        }
        if (f.priorYearExecution() != null && f.priorYearBudget() == null) {
            problems.error(ProblemCodes.EXECUTION_WITHOUT_BUDGET, project.sourceMap().at("funding.prior_year_execution"),
                    "funding.prior_year_execution", labels.of("funding.prior_year_execution"),
                    "给出了上年预算执行数，却没有同名项目上年预算额（funding.prior_year_budget），无法计算执行率");
        }
    }

    private static void sumOf(Project project, ProblemCollector problems, FieldLabels labels, String code,
            String totalPath, BigDecimal total, List<BigDecimal> parts, String partsDescription) {
        if (total == null || parts.stream().anyMatch(Objects::isNull)) {
            return;
        }
        BigDecimal sum = parts.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        if (sum.compareTo(total) != 0) {
            problems.error(code, project.sourceMap().at(totalPath), totalPath, labels.of(totalPath),
                    "应等于 " + partsDescription + " = " + MoneyFormat.yuan(sum) + " 元；实际为 "
                            + MoneyFormat.yuan(total) + " 元，相差 " + MoneyFormat.signed(total.subtract(sum)) + " 元");
        }
    }

    private static BigDecimal zeroIfNull(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }

    static FieldLabels labels(Project project) {
        return project.form() == ProjectForm.FORM_2019 ? FieldLabels.PROJECT_2019 : FieldLabels.PROJECT_2024;
    }

    private static String label(FieldLabels labels, String path) {
        return labels.of(path) + "（" + path + "）";
    }
}
