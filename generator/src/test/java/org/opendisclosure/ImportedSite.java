package org.opendisclosure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.opendisclosure.ContentImporter.ImportRequest;
import org.opendisclosure.ContentImporter.ImportResult;
import org.opendisclosure.content.ContentLimits;
import org.opendisclosure.content.ContentLoader;
import org.opendisclosure.model.Content;
import org.opendisclosure.model.DepartmentBudget;
import org.opendisclosure.model.Project;
import org.opendisclosure.problem.Problem;
import org.opendisclosure.problem.ProblemCollector;

/**
 * The bundled site with its figures imported from workbooks, as an office using {@code disclosure:import}
 * would publish it: the 2019 department budget from an export-like workbook ({@link MessyBudgetWorkbook}),
 * the 2019 12333 project from its 2019 form and the 2024 one from its 2024 form. Its pages carry the
 * source notes (来源单元格) that hand-written content does not, for the HTML and accessibility checks.
 */
public final class ImportedSite {

    /** Pages of this site that show source notes. */
    public static final List<String> TRACED_PAGES = List.of("2019/departments/shrss.html",
            "2019/projects/hotline-12333.html", "2024/projects/hotline-12333.html");

    private ImportedSite() {
    }

    /** Imports into a copy of the bundled content under {@code work} and renders it; returns the site's root. */
    public static Path render(Path work) {
        try {
            Path content = FixtureSite.copyOfBundledContent(work.resolve("content"));
            Content bundled = new ContentLoader(ContentLimits.DEFAULT, 1).load(content, content, new ProblemCollector());
            DepartmentBudget shrss = bundled.budgets().stream().filter(b -> b.departmentId().equals("shrss")
                    && b.year() == 2019).findFirst().orElseThrow();
            Path budget = work.resolve("shrss-2019.xlsx");
            Files.write(budget, new MessyBudgetWorkbook(shrss, bundled.catalogues().stream().filter(c -> c.year() == 2019)
                    .findFirst().orElseThrow(), "上海市人力资源和社会保障局").write());
            Files.delete(content.resolve("budgets/2019/shrss.yaml"));
            check(new ContentImporter().importBudget(new ImportRequest(content, budget, work, null, 0, false)));
            Project form2019 = project(bundled, 2019);
            Path workbook2019 = work.resolve("hotline-12333-2019.xlsx");
            Files.write(workbook2019, new ProjectForm2019Workbook(form2019, "上海市人力资源和社会保障局咨询服务中心", false)
                    .write());
            check(new ContentImporter().importProject(new ImportRequest(content, workbook2019, work, null, 0, false),
                    "hotline-12333"));
            Project form2024 = project(bundled, 2024);
            Path workbook2024 = work.resolve("hotline-12333-2024.xlsx");
            Files.write(workbook2024, new ProjectFormWorkbook(form2024, "上海市人力资源和社会保障局",
                    "上海市人力资源和社会保障局咨询服务中心").write());
            check(new ContentImporter().importProject(new ImportRequest(content, workbook2024, work, null, 0, false),
                    "hotline-12333"));
            Path site = work.resolve("site");
            GenerationResult result = new SiteGenerator().generate(new GenerationRequest(content,
                    FixtureSite.repositoryRoot().resolve("templates"), site, work, ContentLimits.DEFAULT));
            if (result.hasErrors()) {
                throw new AssertionError("the imported site has errors:\n" + FixtureSite.messages(result));
            }
            return site;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Project project(Content content, int year) {
        return content.projects().stream().filter(p -> p.id().equals("hotline-12333") && p.year() == year).findFirst()
                .orElseThrow();
    }

    private static void check(ImportResult result) {
        if (result.hasErrors()) {
            throw new AssertionError(String.join("\n", result.problems().stream().map(Problem::format).toList()));
        }
    }
}
