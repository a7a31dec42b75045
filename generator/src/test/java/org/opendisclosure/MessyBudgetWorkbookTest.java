package org.opendisclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
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
import org.opendisclosure.model.Content;
import org.opendisclosure.model.DepartmentBudget;
import org.opendisclosure.problem.Problem;
import org.opendisclosure.problem.ProblemCollector;

/**
 * A messy export of the 2019 department budget ({@link MessyBudgetWorkbook}: free sheet names and
 * order, a cover sheet, merged headers, a 万元 sheet, numeric codes in one column and in three,
 * subtotal rows, a repeated heading, a formula, a note row) imports to exactly the bundled figures;
 * its mistakes are reported at their cells.
 */
class MessyBudgetWorkbookTest {

    @TempDir
    static Path dir;

    private static Content bundled;
    private static DepartmentBudget shrss;

    @BeforeAll
    static void load() {
        Path content = FixtureSite.repositoryRoot().resolve("content");
        bundled = new ContentLoader(ContentLimits.DEFAULT, 1).load(content, content, new ProblemCollector());
        shrss = bundled.budgets().stream().filter(b -> b.departmentId().equals("shrss")).findFirst().orElseThrow();
    }

    @Test
    void aMessyExportGivesExactlyTheBundledFigures() throws IOException {
        Path content = freshContent("messy");
        ImportResult result = importWorkbook(content, workbook(new MessyBudgetWorkbook(shrss, catalogue(),
                "上海市人力资源和社会保障局")));
        assertFalse(result.hasErrors(), messages(result));
        DepartmentBudget imported = budget(content);
        assertEquals(rows(shrss), rows(imported));
        assertEquals(economic(shrss), economic(imported));
        assertEquals(shrss.threePublic(), imported.threePublic());
        assertEquals(totals(shrss), totals(imported));
        List<String> notes = result.problems().stream().filter(p -> p.code().startsWith("workbook"))
                .map(Problem::format).toList();
        assertEquals(List.of(
                "messy.xlsx!封面: warning: 工作表不是可识别的部门预算表，已跳过：表头里没有找到“功能分类科目编码 / 类 款 项”与“收入预算 / 支出预算 / 基本支出 / 人员经费”等列，也不是“三公”经费表或收支总表。 [workbook-table]",
                "messy.xlsx!表3!E9: note: 25 个单元格是公式（第一个在 E9）：导入的是 Excel 最后一次计算的结果，公式本身不导入；导入后的检查会核对合计。 [workbook-formula]"),
                notes.stream().sorted().toList());
    }

    @Test
    void aWrongSubtotalIsReportedAtItsCellAndNothingIsWritten() throws IOException {
        Path content = freshContent("subtotal");
        ImportResult result = importWorkbook(content, workbook(new MessyBudgetWorkbook(shrss, catalogue(),
                "上海市人力资源和社会保障局").overriding("2019年部门支出预算总表/201/基本支出", new BigDecimal("136412729"))));
        assertEquals(List.of("subtotal.xlsx!表3!F7: error: 类 201 小计（basic 列）为 136,412,729，其下各行之和为 136,412,728，相差 1：请核对这一行或其下的行。小计行不作为数据行导入。 [workbook-subtotal]"),
                result.problems().stream().filter(Problem::isError).map(Problem::format).toList());
        assertFalse(Files.exists(content.resolve("budgets/2019/shrss.yaml")));
    }

    private static ImportResult importWorkbook(Path content, byte[] workbook) throws IOException {
        String name = content.getParent().getFileName() + ".xlsx";
        Path file = dir.resolve(name);
        Files.write(file, workbook);
        return new ContentImporter().importBudget(new ImportRequest(content, file, dir, null, 0, false));
    }

    private static byte[] workbook(MessyBudgetWorkbook builder) {
        return builder.write();
    }

    private static org.opendisclosure.model.ClassificationCatalogue catalogue() {
        return bundled.catalogues().stream().filter(c -> c.year() == 2019).findFirst().orElseThrow();
    }

    private static String messages(ImportResult result) {
        return String.join("\n", result.problems().stream().map(Problem::format).toList());
    }

    private static DepartmentBudget budget(Path content) {
        return new ContentLoader(ContentLimits.DEFAULT, 1).load(content, content, new ProblemCollector()).budgets()
                .stream().filter(b -> b.departmentId().equals("shrss")).findFirst().orElseThrow();
    }

    static List<String> rows(DepartmentBudget budget) {
        return budget.rows().stream().map(r -> String.join("|", r.code(), String.valueOf(r.name()),
                r.generalBudget().toPlainString(), r.governmentFund().toPlainString(), r.businessIncome().toPlainString(),
                r.operatingIncome().toPlainString(), r.otherIncome().toPlainString(), r.basic().toPlainString(),
                r.project().toPlainString(), String.valueOf(r.generalBudgetSpending()),
                String.valueOf(r.governmentFundSpending()))).toList();
    }

    static List<String> economic(DepartmentBudget budget) {
        return budget.economicRows().stream().map(r -> String.join("|", r.code(), String.valueOf(r.name()),
                r.personnel().toPlainString(), r.office().toPlainString())).toList();
    }

    static List<String> totals(DepartmentBudget budget) {
        return budget.publishedTotals().stream().map(t -> t.table() + "|" + t.code() + "|" + t.column() + "|"
                + t.value().toPlainString()).toList();
    }

    /** The bundled content without the budget to import. */
    private static Path freshContent(String name) {
        Path target = FixtureSite.copyOfBundledContent(dir.resolve(name).resolve("content"));
        try {
            Files.delete(target.resolve("budgets/2019/shrss.yaml"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }
}
