package org.opendisclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendisclosure.ContentImporter.ImportRequest;
import org.opendisclosure.ContentImporter.ImportResult;
import org.opendisclosure.content.ContentLimits;
import org.opendisclosure.content.ContentLoader;
import org.opendisclosure.model.BudgetUnit;
import org.opendisclosure.model.Content;
import org.opendisclosure.model.DepartmentBudget;
import org.opendisclosure.model.Project;
import org.opendisclosure.problem.Problem;
import org.opendisclosure.problem.ProblemCollector;

/**
 * The fixture workbooks kept under {@code src/test/resources/workbooks/}, as a budget office would
 * hand them over: the 2019 department budget with all eight tables (merged headers, 万元 and 元
 * sheets, subtotal rows, codes typed as numbers, formulas, a note row, a cover sheet), and a
 * performance-target form of each year's layout (the 2019 one in 万元 with a formula 合计). Importing
 * each file into the bundled content without the file it makes reproduces the bundled figures
 * exactly. The files were written by the builders beside this test ({@link MessyBudgetWorkbook},
 * {@link ProjectFormWorkbook}, {@link ProjectForm2019Workbook}); run the test with {@code
 * -Ddisclosure.workbooks.rewrite=true} to write them again after a change of the builders.
 */
class CommittedWorkbooksTest {

    private static final Path FOLDER = FixtureSite.repositoryRoot()
            .resolve("generator/src/test/resources/workbooks");
    private static final String BUDGET = "budget-2019-shrss.xlsx";
    private static final String FORM_2024 = "form-2024-hotline-12333.xlsx";
    private static final String FORM_2019 = "form-2019-hotline-12333-wan.xlsx";

    @TempDir
    static Path dir;

    private static Content bundled;

    @BeforeAll
    static void load() throws IOException {
        bundled = load(FixtureSite.repositoryRoot().resolve("content"));
        if (Boolean.getBoolean("disclosure.workbooks.rewrite")) {
            Files.createDirectories(FOLDER);
            DepartmentBudget shrss = budget(bundled);
            Files.write(FOLDER.resolve(BUDGET), new MessyBudgetWorkbook(shrss, bundled.catalogues().stream()
                    .filter(c -> c.year() == 2019).findFirst().orElseThrow(), "上海市人力资源和社会保障局").write());
            Project form2024 = project(bundled, 2024);
            Files.write(FOLDER.resolve(FORM_2024), new ProjectFormWorkbook(form2024, "上海市人力资源和社会保障局",
                    unitName(form2024)).write());
            Project form2019 = project(bundled, 2019);
            Files.write(FOLDER.resolve(FORM_2019), new ProjectForm2019Workbook(form2019, unitName(form2019), true).write());
        }
    }

    @Test
    void theBudgetWorkbookGivesTheBundledBudgetsFigures() throws IOException {
        Path content = contentWithout("budget", "budgets/2019/shrss.yaml");
        ImportResult result = new ContentImporter().importBudget(request(content, BUDGET));
        assertFalse(result.hasErrors(), messages(result));
        DepartmentBudget shrss = budget(bundled);
        DepartmentBudget imported = budget(load(content));
        assertEquals(MessyBudgetWorkbookTest.rows(shrss), MessyBudgetWorkbookTest.rows(imported));
        assertEquals(MessyBudgetWorkbookTest.economic(shrss), MessyBudgetWorkbookTest.economic(imported));
        assertEquals(shrss.threePublic(), imported.threePublic());
        assertEquals(MessyBudgetWorkbookTest.totals(shrss), MessyBudgetWorkbookTest.totals(imported));
        assertTrue(result.problems().stream().anyMatch(p -> p.code().equals("workbook-formula")),
                "the workbook has formula cells, and the import says their cached values were used");
    }

    @Test
    void the2024FormGivesTheBundledProjectsFigures() throws IOException {
        Path content = contentWithout("form-2024", "projects/2024/hotline-12333.yaml");
        ImportResult result = new ContentImporter().importProject(request(content, FORM_2024), "hotline-12333");
        assertFalse(result.hasErrors(), messages(result));
        assertEquals(ProjectFormImportTest.summary(project(bundled, 2024)), ProjectFormImportTest.summary(
                project(load(content), 2024)));
    }

    @Test
    void the2019FormInWanYuanGivesTheBundledProjectsFigures() throws IOException {
        Path content = contentWithout("form-2019", "projects/2019/hotline-12333.yaml");
        ImportResult result = new ContentImporter().importProject(request(content, FORM_2019), "hotline-12333");
        List<String> formErrors = result.problems().stream().filter(p -> p.isError() && p.code().startsWith("workbook"))
                .map(Problem::format).toList();
        assertEquals(List.of(), formErrors);
        assertEquals(ProjectForm2019ImportTest.summary(project(bundled, 2019)), ProjectForm2019ImportTest.summary(
                project(load(content), 2019)));
    }

    private static ImportRequest request(Path content, String workbook) {
        return new ImportRequest(content, FOLDER.resolve(workbook), dir, null, 0, false);
    }

    private static Path contentWithout(String name, String file) throws IOException {
        Path content = FixtureSite.copyOfBundledContent(dir.resolve(name).resolve("content"));
        Files.delete(content.resolve(file));
        return content;
    }

    private static DepartmentBudget budget(Content content) {
        return content.budgets().stream().filter(b -> b.departmentId().equals("shrss")).findFirst().orElseThrow();
    }

    private static Project project(Content content, int year) {
        return content.projects().stream().filter(p -> p.id().equals("hotline-12333") && p.year() == year)
                .findFirst().orElseThrow();
    }

    private static String unitName(Project project) {
        return bundled.departments().stream().filter(d -> d.id().equals(project.departmentId()))
                .flatMap(d -> d.units().stream()).filter(u -> u.id().equals(project.unitId())).map(BudgetUnit::name)
                .findFirst().orElseThrow();
    }

    private static String messages(ImportResult result) {
        return String.join("\n", result.problems().stream().map(Problem::format).toList());
    }

    private static Content load(Path content) {
        return new ContentLoader(ContentLimits.DEFAULT, 1).load(content, content, new ProblemCollector());
    }
}
