package org.opendisclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
import org.opendisclosure.model.DepartmentBudget;
import org.opendisclosure.problem.Problem;
import org.opendisclosure.problem.ProblemCollector;

/**
 * Round trip: the workbook the site offers for the 2019 department budget
 * ({@code 2019/departments/shrss.xlsx}), imported back, gives the rows of
 * {@code content/budgets/2019/shrss.yaml} — read by the content loader, the same judge every
 * hand-written file faces — and importing it over that file changes nothing an editor wrote.
 */
class BudgetWorkbookRoundTripTest {

    @TempDir
    static Path dir;

    private static Path workbook;

    @BeforeAll
    static void buildSite() {
        Path site = FixtureSite.renderBundled(dir.resolve("site"));
        workbook = site.resolve("2019/departments/shrss.xlsx");
    }

    @Test
    void theSitesWorkbookImportedIntoAnEmptyBudgetGivesTheSameRows() throws IOException {
        Path content = copyOfBundledContent("fresh");
        Files.delete(content.resolve("budgets/2019/shrss.yaml"));
        ImportResult result = new ContentImporter().importBudget(new ImportRequest(content, workbook, dir, null, 0,
                false));
        assertFalse(result.hasErrors(), messages(result));
        assertEquals(List.of(), result.problems().stream().filter(p -> p.code().startsWith("workbook"))
                .map(Problem::format).toList(), "the site's own workbook reads without a remark, its empty 政府性基金 table too");
        assertTrue(result.created());
        DepartmentBudget imported = budget(content);
        DepartmentBudget bundled = budget(FixtureSite.repositoryRoot().resolve("content"));
        assertEquals(rows(bundled), rows(imported));
        assertEquals(economicRows(bundled), economicRows(imported));
        assertEquals(bundled.threePublic(), imported.threePublic());
        assertEquals(totals(bundled), totals(imported));
    }

    @Test
    void reimportingOverTheBundledFileChangesNothingAndKeepsTheEditorsText() throws IOException {
        Path content = copyOfBundledContent("again");
        Path file = content.resolve("budgets/2019/shrss.yaml");
        String before = Files.readString(file, StandardCharsets.UTF_8);
        ImportResult result = new ContentImporter().importBudget(new ImportRequest(content, workbook, dir, "shrss", 2019,
                false));
        assertFalse(result.hasErrors(), messages(result));
        assertEquals(List.of(), result.changes());
        String after = Files.readString(file, StandardCharsets.UTF_8);
        for (String kept : List.of("sections", "editor_notes", "key_projects", "source", "title", "procurement")) {
            assertEquals(ContentMergeView.block(before, kept), ContentMergeView.block(after, kept), kept);
        }
        assertTrue(after.contains("# 支出预算总表!"), "each published total names its cell");
        assertTrue(after.contains("    cells: {general_budget: \"一般公共预算支出功能分类预算表!"), "each row names its cells");
    }

    @Test
    void theImportedCellsAreShownBesideTheFiguresAndInTheOpenData() throws IOException {
        Path content = copyOfBundledContent("shown");
        Files.delete(content.resolve("budgets/2019/shrss.yaml"));
        ImportResult result = new ContentImporter().importBudget(new ImportRequest(content, workbook, dir, null, 0,
                false));
        assertFalse(result.hasErrors(), messages(result));
        Path site = dir.resolve("shown/site");
        GenerationResult generated = new SiteGenerator().generate(new GenerationRequest(content,
                FixtureSite.repositoryRoot().resolve("templates"), site, dir, ContentLimits.DEFAULT));
        assertFalse(generated.hasErrors(), FixtureSite.messages(generated));
        org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(site.resolve("2019/departments/shrss.html").toFile());
        org.jsoup.nodes.Element basic = page.selectFirst("#table-3 td[data-source]");
        assertTrue(basic != null && basic.attr("title").matches("来源：支出预算总表![A-Z]+\\d+"), String.valueOf(basic));
        String csv = Files.readString(site.resolve("data/2019/functional.csv"), StandardCharsets.UTF_8);
        assertTrue(csv.contains(",cells\r\n"), "the cells column");
        assertTrue(csv.contains("general_budget=一般公共预算支出功能分类预算表!"), csv.substring(0, 400));

        // Visible to every reader, not only in a tooltip: the note under each table lists its traced figures,
        // the 三公 figures and the published totals the computed 合计 agree with among them.
        org.jsoup.nodes.Element threePublic = page.selectFirst("#table-8 details.cell-sources");
        assertTrue(threePublic != null, "a source note under the 三公 table");
        assertTrue(threePublic.selectFirst("summary").text().startsWith("来源：本表 7 个数字导入自预算工作簿"),
                threePublic.outerHtml());
        assertTrue(threePublic.select("li").eachText().stream().anyMatch(t -> t.matches(
                ".*因公出国\\(境\\)费：“三公”经费和机关运行经费预算表![A-Z]+\\d+")), threePublic.outerHtml());
        List<String> totals = page.select("#table-3 details.cell-sources li").eachText();
        assertTrue(totals.stream().anyMatch(t -> t.matches("合计 · 支出预算 - 基本支出：支出预算总表![A-Z]+\\d+")),
                String.join("\n", totals));
        assertTrue(totals.stream().anyMatch(t -> t.matches("2080101 行政运行 · 支出预算 - 基本支出：支出预算总表!F\\d+")),
                String.join("\n", totals));
        assertTrue(page.select("#table-1 details.cell-sources li").eachText().stream().anyMatch(t -> t.matches(
                "支出总计 · 本年支出 - 预算数：财务收支预算总表!D\\d+")), page.select("#table-1").outerHtml());
        String cells = Files.readString(site.resolve("data/2019/cells.csv"), StandardCharsets.UTF_8);
        assertTrue(cells.matches("(?s).*2019,budget,shrss,three_public.overseas,“三公”经费和机关运行经费预算表![A-Z]+\\d+\r\n.*"),
                cells);
        // The bundled, hand-written budget shows no note.
        org.jsoup.nodes.Document handWritten = org.jsoup.Jsoup.parse(FixtureSite.renderBundled(dir.resolve("bundled"))
                .resolve("2019/departments/shrss.html").toFile());
        assertTrue(handWritten.select("details.cell-sources").isEmpty());
    }

    @Test
    void aDryRunWritesNothingAndSaysWhatWouldChange() throws IOException {
        Path content = copyOfBundledContent("dry");
        Path file = content.resolve("budgets/2019/shrss.yaml");
        String edited = Files.readString(file, StandardCharsets.UTF_8).replace("general_budget: 310,461,797",
                "general_budget: 310,461,798");
        Files.writeString(file, edited, StandardCharsets.UTF_8);
        ImportResult result = new ContentImporter().importBudget(new ImportRequest(content, workbook, dir, "shrss", 2019,
                true));
        assertEquals(edited, Files.readString(file, StandardCharsets.UTF_8));
        assertEquals(List.of("functional：1 行新增或改变，1 行删除或改变",
                "  - code: \"2080101\" general_budget: 310,461,798",
                "  + code: \"2080101\" general_budget: 310,461,797"), result.changes());
    }

    private static String messages(ImportResult result) {
        return String.join("\n", result.problems().stream().map(Problem::format).toList());
    }

    private static DepartmentBudget budget(Path content) {
        ProblemCollector problems = new ProblemCollector();
        return new ContentLoader(ContentLimits.DEFAULT, 1).load(content, content, problems).budgets().stream()
                .filter(b -> b.departmentId().equals("shrss") && b.year() == 2019).findFirst().orElseThrow();
    }

    private static List<String> rows(DepartmentBudget budget) {
        return budget.rows().stream().map(r -> String.join("|", r.code(), String.valueOf(r.name()),
                r.generalBudget().toPlainString(), r.governmentFund().toPlainString(), r.businessIncome().toPlainString(),
                r.operatingIncome().toPlainString(), r.otherIncome().toPlainString(), r.basic().toPlainString(),
                r.project().toPlainString(), String.valueOf(r.generalBudgetSpending()),
                String.valueOf(r.governmentFundSpending()))).toList();
    }

    private static List<String> economicRows(DepartmentBudget budget) {
        return budget.economicRows().stream().map(r -> String.join("|", r.code(), String.valueOf(r.name()),
                r.personnel().toPlainString(), r.office().toPlainString())).toList();
    }

    private static List<String> totals(DepartmentBudget budget) {
        return budget.publishedTotals().stream().map(t -> t.table() + "|" + t.code() + "|" + t.column() + "|"
                + t.value().toPlainString()).toList();
    }

    private static Path copyOfBundledContent(String name) {
        return FixtureSite.copyOfBundledContent(dir.resolve(name).resolve("content"));
    }

    /** A top-level key's lines, as a reader of the file sees them: from its line to the next top-level key. */
    private static final class ContentMergeView {
        static String block(String text, String key) {
            StringBuilder out = new StringBuilder();
            boolean in = false;
            for (String line : text.split("\n")) {
                if (!line.isEmpty() && !line.startsWith(" ") && !line.startsWith("#") && !line.startsWith("-")) {
                    in = line.startsWith(key + ":");
                }
                if (in) {
                    out.append(line).append('\n');
                }
            }
            return out.toString();
        }
    }
}
