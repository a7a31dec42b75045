package org.opendisclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendisclosure.ContentImporter.ImportRequest;
import org.opendisclosure.ContentImporter.ImportResult;
import org.opendisclosure.content.ContentLimits;
import org.opendisclosure.content.ContentLoader;
import org.opendisclosure.model.Content;
import org.opendisclosure.model.Department;
import org.opendisclosure.model.Indicator;
import org.opendisclosure.model.IndicatorGroup;
import org.opendisclosure.model.IndicatorSubgroup;
import org.opendisclosure.model.Project;
import org.opendisclosure.model.ProjectForm;
import org.opendisclosure.problem.Problem;
import org.opendisclosure.problem.ProblemCollector;

/**
 * Every bundled 2024 project, written as its performance-target form ({@link ProjectFormWorkbook})
 * and imported, is read back by the content loader with the same funding, period, unit and
 * indicator rows; importing over the bundled file keeps what editors wrote.
 */
class ProjectFormImportTest {

    @TempDir
    static Path dir;

    @Test
    void everyBundled2024FormImportsToTheBundledFigures() throws IOException {
        Content bundled = load(FixtureSite.repositoryRoot().resolve("content"));
        List<Project> forms = bundled.projects().stream().filter(p -> p.form() == ProjectForm.FORM_2024).toList();
        assertTrue(forms.size() >= 10, forms.size() + " projects");
        Path content = copyOfBundledContent("forms");
        for (Project project : forms) {
            Files.delete(content.resolve("projects/2024/" + project.id() + ".yaml"));
        }
        List<String> failures = new ArrayList<>();
        for (Project project : forms) {
            Department department = bundled.departments().stream().filter(d -> d.id().equals(project.departmentId()))
                    .findFirst().orElseThrow();
            String unit = department.units().stream().filter(u -> u.id().equals(project.unitId())).findFirst()
                    .orElseThrow().name();
            Path workbook = dir.resolve(project.id() + ".xlsx");
            Files.write(workbook, new ProjectFormWorkbook(project, department.name(), unit).write());
            ImportResult result = new ContentImporter().importProject(new ImportRequest(content, workbook, dir, null, 0,
                    false), project.id());
            result.problems().stream().filter(p -> p.isError() && p.position().file().contains(project.id()))
                    .map(Problem::format).forEach(failures::add);
        }
        assertEquals(List.of(), failures);
        Content imported = load(content);
        for (Project project : forms) {
            Project back = imported.projects().stream().filter(p -> p.id().equals(project.id()) && p.year() == 2024)
                    .findFirst().orElseThrow();
            assertEquals(summary(project), summary(back), project.id());
        }
    }

    @Test
    void reimportingKeepsTheEditorsKeysAndReportsNoChange() throws IOException {
        Content bundled = load(FixtureSite.repositoryRoot().resolve("content"));
        Project project = bundled.projects().stream().filter(p -> p.id().equals("hotline-12333") && p.year() == 2024)
                .findFirst().orElseThrow();
        Path content = copyOfBundledContent("again");
        Path file = content.resolve("projects/2024/hotline-12333.yaml");
        String before = Files.readString(file, StandardCharsets.UTF_8);
        Path workbook = dir.resolve("again.xlsx");
        Files.write(workbook, new ProjectFormWorkbook(project, "上海市人力资源和社会保障局", "上海市人力资源和社会保障局咨询服务中心")
                .write());
        ImportResult result = new ContentImporter().importProject(new ImportRequest(content, workbook, dir, null, 0,
                true), "hotline-12333");
        assertFalse(result.hasErrors(), String.join("\n", result.problems().stream().map(Problem::format).toList()));
        assertEquals(before, Files.readString(file, StandardCharsets.UTF_8), "a dry run writes nothing");
        assertTrue(result.text().contains("source:"), "the editors' 资料来源 is kept");
        assertEquals(summary(project), summary(loadText(content, file, result.text())));
    }

    /** What the form holds, as plain text to compare. */
    static List<String> summary(Project p) {
        List<String> lines = new ArrayList<>(List.of(p.name(), p.departmentId(), p.unitId(), p.nature(),
                String.valueOf(p.category()), p.period().start().text(), p.period().end().text(),
                plain(p.funding().projectTotal()), plain(p.funding().annualTotal()), plain(p.funding().appropriation()),
                plain(p.funding().carriedOver()), plain(p.funding().other()),
                String.valueOf(p.goals() == null ? null : p.goals().overall()),
                String.valueOf(p.goals() == null ? null : p.goals().annual())));
        for (IndicatorGroup group : p.indicators()) {
            for (IndicatorSubgroup subgroup : group.subgroups()) {
                for (Indicator indicator : subgroup.indicators()) {
                    lines.add(group.level1() + " | " + subgroup.level2() + " | " + indicator.name() + " | "
                            + indicator.target().text());
                }
            }
        }
        return lines;
    }

    private static String plain(java.math.BigDecimal amount) {
        return amount == null ? "-" : amount.stripTrailingZeros().toPlainString();
    }

    private static Project loadText(Path content, Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return load(content).projects().stream().filter(p -> p.id().equals("hotline-12333") && p.year() == 2024)
                .findFirst().orElseThrow();
    }

    private static Content load(Path content) {
        return new ContentLoader(ContentLimits.DEFAULT, 1).load(content, content, new ProblemCollector());
    }

    private static Path copyOfBundledContent(String name) {
        return FixtureSite.copyOfBundledContent(dir.resolve(name).resolve("content"));
    }
}
