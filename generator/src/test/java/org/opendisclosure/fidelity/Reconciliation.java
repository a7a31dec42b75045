package org.opendisclosure.fidelity;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.opendisclosure.model.BudgetUnit;
import org.opendisclosure.model.Content;
import org.opendisclosure.model.Department;
import org.opendisclosure.model.DepartmentBudget;
import org.opendisclosure.model.Funding;
import org.opendisclosure.model.Project;
import org.opendisclosure.model.SubProject;

/** Every claim of the five seed texts, looked up in one loaded content. */
final class Reconciliation {

    static final String FORMS_2024_CONSULTING = "000_c5ac2ca95e2e7928.txt";
    static final String DEPARTMENT_BUDGET = "001_e366174b18f14735.txt";
    static final String FORMS_2019 = "002_9a3baee883589cca.txt";
    static final String FORM_2019_12345 = "003_0f4b9d799222cfe6.txt";
    static final String FORMS_2024_SOCIAL_INSURANCE = "004_a70abd1252008a7f.txt";

    private Reconciliation() {
    }

    static List<Claim> claims(Content content) {
        List<Claim> claims = new ArrayList<>();
        for (String seed : List.of(FORMS_2024_CONSULTING, FORMS_2024_SOCIAL_INSURANCE)) {
            for (PublishedForm form : ProjectFormReader.read(SeedText.read(seed), 2024)) {
                claims.addAll(projectForm(form, content));
            }
        }
        for (String seed : List.of(FORMS_2019, FORM_2019_12345)) {
            for (PublishedForm form : ProjectFormReader.read(SeedText.read(seed), 2019)) {
                claims.addAll(projectForm(form, content));
            }
        }
        DepartmentBudget budget = content.budgets().stream()
                .filter(b -> b.departmentId().equals("shrss") && b.year() == 2019).findFirst().orElseThrow();
        BudgetFigures figures = new BudgetFigures(budget,
                content.catalogues().stream().filter(c -> c.year() == budget.catalogueYear()).findFirst()
                        .orElseThrow(),
                content.departments().stream().filter(d -> d.id().equals("shrss")).findFirst().orElse(null));
        claims.addAll(BudgetTablesReader.claims(SeedText.read(DEPARTMENT_BUDGET), figures));
        return claims;
    }

    /** The findings: every claim the content does not hold, one line each. */
    static List<String> findings(Content content) {
        return claims(content).stream().filter(claim -> !claim.holds()).map(Claim::finding).toList();
    }

    private static List<Claim> projectForm(PublishedForm form, Content content) {
        String seed = form.seed().file();
        String title = form.year() + " " + form.name() + "（" + form.unit() + "）";
        Optional<Project> found = content.projects().stream()
                .filter(p -> p.year() == form.year() && p.name().equals(form.name())
                        && form.unit().equals(unitName(content, p)))
                .findFirst();
        if (found.isEmpty()) {
            return List.of(new Claim(seed, form.line(), "项目", title, null));
        }
        Project project = found.get();
        List<Claim> claims = new ArrayList<>();
        for (PublishedForm.Amount amount : form.amounts()) {
            BigDecimal value = funding(project.funding(), amount.key());
            claims.add(new Claim(seed, amount.line(), title + " " + amount.label(),
                    BudgetTablesReader.plain(amount.value()), value == null ? null : BudgetTablesReader.plain(value)));
        }
        List<SubProject> subprojects = project.subprojects();
        for (int i = 0; i < form.subprojects().size(); i++) {
            PublishedForm.SubProjectLine line = form.subprojects().get(i);
            String typed = i < subprojects.size()
                    ? subprojects.get(i).name() + " " + BudgetTablesReader.plain(subprojects.get(i).amount()) : null;
            claims.add(new Claim(seed, line.line(), title + " 子项目 " + (i + 1),
                    line.name() + " " + BudgetTablesReader.plain(line.amount()), typed));
        }
        for (int i = form.subprojects().size(); i < subprojects.size(); i++) {
            claims.add(new Claim(seed, form.line(), title + " 子项目（原表无此项）", "—",
                    subprojects.get(i).name()));
        }
        claims.addAll(IndicatorRows.compare(form.seed(), form.line(), title, form.indicators(),
                IndicatorRows.of(project.indicators())));
        return claims;
    }

    private static String unitName(Content content, Project project) {
        return content.departments().stream().map(Department::units).flatMap(List::stream)
                .filter(unit -> unit.id().equals(project.unitId())).map(BudgetUnit::name).findFirst().orElse(null);
    }

    private static BigDecimal funding(Funding funding, String key) {
        return switch (key) {
            case "project_total" -> funding.projectTotal();
            case "project_fiscal" -> funding.projectFiscal();
            case "project_other" -> funding.projectOther();
            case "annual_total" -> funding.annualTotal();
            case "appropriation" -> funding.appropriation();
            case "carried_over" -> funding.carriedOver();
            case "other" -> funding.other();
            case "prior_year_budget" -> funding.priorYearBudget();
            case "prior_year_execution" -> funding.priorYearExecution();
            default -> throw new IllegalArgumentException(key);
        };
    }
}
