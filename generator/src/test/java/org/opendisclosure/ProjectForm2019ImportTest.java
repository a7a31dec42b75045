package org.opendisclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
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
import org.opendisclosure.model.BudgetUnit;
import org.opendisclosure.model.Content;
import org.opendisclosure.model.Indicator;
import org.opendisclosure.model.IndicatorGroup;
import org.opendisclosure.model.IndicatorSubgroup;
import org.opendisclosure.model.Project;
import org.opendisclosure.model.ProjectForm;
import org.opendisclosure.model.ProjectProse;
import org.opendisclosure.model.SubProject;
import org.opendisclosure.problem.Problem;
import org.opendisclosure.problem.ProblemCollector;

/**
 * Every bundled 2019 project (seeds 002 and 003), written as its 2019 performance-target form the way
 * a budget system exports it ({@link ProjectForm2019Workbook}: cover sheet, merged labels, ticked
 * boxes, sub-projects in 元 or in 万元 with a formula 合计, three- and two-level 分解目标 tables, a note
 * row) and imported, is read back by the content loader with the same funding, sub-projects, prose,
 * goals and indicator rows; importing over the bundled file keeps what editors wrote.
 */
class ProjectForm2019ImportTest {

    @TempDir
    static Path dir;

    @Test
    void everyBundled2019FormImportsToTheBundledFigures() throws IOException {
        Content bundled = load(FixtureSite.repositoryRoot().resolve("content"));
        List<Project> forms = bundled.projects().stream().filter(p -> p.form() == ProjectForm.FORM_2019).toList();
        assertTrue(forms.size() >= 6, forms.size() + " projects");
        assertTrue(forms.stream().anyMatch(p -> p.indicators().stream().noneMatch(IndicatorGroup::threeLevel)),
                "a two-level table is among them");
        Path content = FixtureSite.copyOfBundledContent(dir.resolve("forms").resolve("content"));
        for (Project project : forms) {
            Files.delete(content.resolve("projects/2019/" + project.id() + ".yaml"));
        }
        List<String> failures = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (int i = 0; i < forms.size(); i++) {
            Project project = forms.get(i);
            Path workbook = dir.resolve(project.id() + ".xlsx");
            Files.write(workbook, new ProjectForm2019Workbook(project, unitName(bundled, project), i % 2 == 1).write());
            ImportResult result = new ContentImporter().importProject(new ImportRequest(content, workbook, dir, null, 0,
                    false), project.id());
            // Errors of reading the form; the checks' findings on the imported file are the published
            // figures' own disagreements, which the bundled file acknowledges.
            result.problems().stream().filter(p -> p.isError() && p.position().file().contains(project.id())
                    && (p.code().startsWith("workbook") || p.code().equals("reference")))
                    .map(Problem::format).forEach(failures::add);
            result.problems().stream().filter(p -> p.code().startsWith("workbook")).map(Problem::format)
                    .forEach(notes::add);
        }
        assertEquals(List.of(), failures);
        Content imported = load(content);
        for (Project project : forms) {
            Project back = imported.projects().stream().filter(p -> p.id().equals(project.id()) && p.year() == 2019)
                    .findFirst().orElseThrow();
            assertEquals(summary(project), summary(back), project.id());
        }
        assertTrue(notes.contains("hotline-12345-outsourcing.xlsx!绩效目标申报表!C20: note: 1 个单元格是公式（第一个在 C20）：导入的是 Excel 最后一次计算的结果，公式本身不导入；导入后的检查会核对合计。 [workbook-formula]"),
                String.join("\n", notes));
        assertTrue(notes.stream().anyMatch(n -> n.startsWith("social-insurance-services.xlsx!绩效目标申报表!A7: warning: “资金用途”一栏没有勾选任何一项")),
                String.join("\n", notes));
    }

    @Test
    void theImportedFileNamesEachFiguresCell() throws IOException {
        Content bundled = load(FixtureSite.repositoryRoot().resolve("content"));
        Project project = project(bundled, "hotline-12333");
        Path content = FixtureSite.copyOfBundledContent(dir.resolve("cells").resolve("content"));
        Files.delete(content.resolve("projects/2019/hotline-12333.yaml"));
        Path workbook = dir.resolve("cells.xlsx");
        Files.write(workbook, new ProjectForm2019Workbook(project, unitName(bundled, project), false).write());
        ImportResult result = new ContentImporter().importProject(new ImportRequest(content, workbook, dir, null, 0,
                false), "hotline-12333");
        assertFalse(result.hasErrors(), messages(result));
        String text = result.text();
        assertTrue(text.contains("  project_total: 71,387,200  # 绩效目标申报表!B13\n"), text);
        assertTrue(text.contains("  - name: 咨询员费用\n    amount: 52,315,200  # 绩效目标申报表!C16\n"), text);
        assertTrue(text.contains("          - name: 系统建设完成率\n            target: \"=100%\"  # 绩效目标申报表!D27\n"),
                text);
        assertEquals(List.of("新文件：6 个子项目，17 个绩效指标"), result.changes());
        assertTrue(text.contains("cells:\n  \"funding.project_total\": \"绩效目标申报表!B13\"\n"), text);

        // Readers see where each figure came from: a note under the funding, sub-project and indicator tables.
        Path site = dir.resolve("cells-site");
        GenerationResult generated = new SiteGenerator().generate(new GenerationRequest(
                content, FixtureSite.repositoryRoot().resolve("templates"), site, dir, ContentLimits.DEFAULT));
        assertFalse(generated.hasErrors(), FixtureSite.messages(generated));
        org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(site.resolve("2019/projects/hotline-12333.html").toFile());
        assertEquals(List.of("项目总预算 · 金额（元）：绩效目标申报表!B13", "项目当年预算 · 金额（元）：绩效目标申报表!D13",
                "同名项目上年预算额 · 金额（元）：绩效目标申报表!B14", "同名项目上年预算执行数 · 金额（元）：绩效目标申报表!D14"),
                page.select("#funding-table details.cell-sources li").eachText());
        assertEquals("咨询员费用 · 预算金额（元）：绩效目标申报表!C16",
                page.select("#subproject-table details.cell-sources li").first().text());
        assertEquals("投入和管理目标 · 项目实施管理 · 系统建设完成率 · 指标目标值：绩效目标申报表!D27",
                page.select("details.cell-sources").last().select("li").first().text());
        assertEquals("来源：绩效目标申报表!D27", page.selectFirst("td.target[data-source]").attr("title"));
        String cells = Files.readString(site.resolve("data/2019/cells.csv"), StandardCharsets.UTF_8);
        assertTrue(cells.contains("2019,project,hotline-12333,subprojects[0].amount,绩效目标申报表!C16\r\n"), cells);
        assertTrue(cells.contains("2019,project,hotline-12333,indicators[0].groups[0].items[0].target,绩效目标申报表!D27\r\n"),
                cells);
    }

    @Test
    void reimportingKeepsWhatEditorsWroteAndReportsWhatChanged() throws IOException {
        Content bundled = load(FixtureSite.repositoryRoot().resolve("content"));
        Project project = project(bundled, "hotline-12333");
        Path content = FixtureSite.copyOfBundledContent(dir.resolve("again").resolve("content"));
        Path file = content.resolve("projects/2019/hotline-12333.yaml");
        // Editors' additions after a first import: a note, an acknowledgement, a prose section the form left empty.
        String edited = Files.readString(file, StandardCharsets.UTF_8).replace("editor_notes:\n",
                "editor_notes:\n  - 编者后加的说明。\n") + "acknowledged:\n  - check: subprojects-total\n    at: subprojects\n"
                + "    reason: 编者核对过子项目之和。\n";
        Files.writeString(file, edited, StandardCharsets.UTF_8);
        // And the form as exported leaves 项目实施计划 empty, which the editors had filled in from elsewhere.
        Project withoutPlan = new Project(project.id(), project.year(), project.form(), project.name(),
                project.departmentId(), project.unitId(), project.nature(), project.category(), project.purpose(),
                project.period(), project.contact(), project.funding(), project.subprojects(),
                new ProjectProse(project.prose().overview(), project.prose().basis(), project.prose().necessity(),
                        project.prose().safeguards(), null), project.goals(), project.indicators(), project.remarks(),
                project.functionalCode(), project.source(), project.editorNotes(), project.acknowledgements(),
                project.cells(), project.sourceMap());
        Path workbook = dir.resolve("again.xlsx");
        Files.write(workbook, new ProjectForm2019Workbook(withoutPlan, unitName(bundled, project), true).write());

        ImportResult dryRun = new ContentImporter().importProject(new ImportRequest(content, workbook, dir, null, 0,
                true), "hotline-12333");
        assertFalse(dryRun.hasErrors(), messages(dryRun));
        assertEquals(edited, Files.readString(file, StandardCharsets.UTF_8), "a dry run writes nothing");
        // The bundled file writes amounts without separators; the import writes them with: the report says so.
        assertTrue(dryRun.changes().contains("funding：4 行新增或改变，4 行删除或改变"), String.join("\n", dryRun.changes()));
        assertTrue(dryRun.changes().contains("  +  project_total: 71,387,200"), String.join("\n", dryRun.changes()));

        ImportResult written = new ContentImporter().importProject(new ImportRequest(content, workbook, dir, null, 0,
                false), "hotline-12333");
        assertFalse(written.hasErrors(), messages(written));
        String after = Files.readString(file, StandardCharsets.UTF_8);
        for (String kept : List.of("  - 编者后加的说明。\n", "    reason: 编者核对过子项目之和。\n",
                "source:\n  title: 上海市财政支出项目绩效目标申报表（2019年），上海市人力资源和社会保障局咨询服务中心\n",
                "# 12333热线全媒体智能咨询平台项目经费（2019年，上海市人力资源和社会保障局咨询服务中心）\n",
                "plan: |\n  此项目的实施贯穿2019年全年度")) {
            assertTrue(after.contains(kept), kept);
        }
        assertEquals(summary(project), summary(project(load(content), "hotline-12333")));

        ImportResult again = new ContentImporter().importProject(new ImportRequest(content, workbook, dir, null, 0,
                false), "hotline-12333");
        assertEquals(List.of(), again.changes(), "a second import of the same form changes nothing");
        assertEquals(after, Files.readString(file, StandardCharsets.UTF_8));
    }

    /** What the form holds, as plain text to compare. */
    static List<String> summary(Project p) {
        List<String> lines = new ArrayList<>(List.of(p.name(), p.departmentId(), p.unitId(), String.valueOf(p.nature()),
                String.valueOf(p.purpose()), p.period().start().text(), p.period().end().text(),
                plain(p.funding().projectTotal()), plain(p.funding().annualTotal()),
                plain(p.funding().priorYearBudget()), plain(p.funding().priorYearExecution())));
        for (SubProject sub : p.subprojects()) {
            lines.add("子项目 " + sub.name() + " | " + plain(sub.amount()));
        }
        for (String prose : new String[] {p.prose().overview(), p.prose().basis(), p.prose().necessity(),
                p.prose().safeguards(), p.prose().plan(), p.goals().overall(), p.goals().annual(), p.remarks()}) {
            lines.add(prose == null ? "-" : prose.strip());
        }
        for (IndicatorGroup group : p.indicators()) {
            lines.add(group.level1() + (group.threeLevel() ? " (三级)" : " (二级)"));
            for (IndicatorSubgroup subgroup : group.subgroups()) {
                lines.add("  " + subgroup.level2() + " " + subgroup.indicators().size() + " 行");
                for (Indicator indicator : subgroup.indicators()) {
                    lines.add("    " + indicator.name() + " | " + indicator.target().text());
                }
            }
        }
        return lines;
    }

    private static String plain(BigDecimal amount) {
        return amount == null ? "-" : amount.stripTrailingZeros().toPlainString();
    }

    private static String unitName(Content content, Project project) {
        return content.departments().stream().filter(d -> d.id().equals(project.departmentId()))
                .flatMap(d -> d.units().stream()).filter(u -> u.id().equals(project.unitId())).map(BudgetUnit::name)
                .findFirst().orElseThrow();
    }

    private static Project project(Content content, String id) {
        return content.projects().stream().filter(p -> p.id().equals(id) && p.year() == 2019).findFirst()
                .orElseThrow();
    }

    private static String messages(ImportResult result) {
        return String.join("\n", result.problems().stream().map(Problem::format).toList());
    }

    private static Content load(Path content) {
        return new ContentLoader(ContentLimits.DEFAULT, 1).load(content, content, new ProblemCollector());
    }
}
