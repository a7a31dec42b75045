package org.opendisclosure.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendisclosure.problem.Problem;
import org.opendisclosure.workbook.Sheet;
import org.opendisclosure.workbook.SheetCell;
import org.opendisclosure.workbook.XlsxWriter;

/**
 * Workbooks are untrusted input: each hostile workbook is refused, or its danger ignored, with an
 * exact message, in bounded time. The corpus is made here, byte by byte where it has to be.
 */
class HostileWorkbookTest {

    @TempDir
    Path dir;

    @Test
    void aZipBombIsRefusedBeforeItIsExpanded() throws IOException {
        StringBuilder padding = new StringBuilder();
        padding.append(" ".repeat(1 << 20));
        Path file = write("bomb.xlsx", withEntry(simpleWorkbook(), "xl/worksheets/sheet1.xml",
                ("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                        + padding.toString().repeat(12) + "</sheetData></worksheet>").getBytes(StandardCharsets.UTF_8)));
        assertEquals(List.of("bomb.xlsx: error: 工作簿被拒绝：其中的数据解压后比压缩时大 100 倍以上（疑似“压缩炸弹”）。请从原系统重新导出。 [workbook]"),
                messages(file));
    }

    @Test
    void aHugeSheetIsRefused() throws IOException {
        List<List<SheetCell>> rows = new ArrayList<>();
        for (int i = 0; i < 12_000; i++) {
            rows.add(List.of(SheetCell.text("行" + i)));
        }
        Path file = write("huge.xlsx", XlsxWriter.write(List.of(new Sheet("大表", rows, List.of(), List.of()))));
        assertEquals(List.of("huge.xlsx!大表: error: 工作表有 12000 行，超过上限 10000 行；预算表通常只有几百行，请删除多余的行或确认选对了文件。 [workbook]"),
                messages(file));
    }

    @Test
    void linksToOtherWorkbooksAreIgnoredWithAWarning() throws IOException {
        Path file = write("linked.xlsx", withEntry(simpleWorkbook(), "xl/externalLinks/externalLink1.xml",
                "<externalLink xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"/>"
                        .getBytes(StandardCharsets.UTF_8)));
        assertEquals("linked.xlsx: warning: 工作簿链接到 1 个其他工作簿；链接已忽略，不会打开或更新，引用它们的单元格按最后一次计算的值导入。 [workbook-external-link]",
                messages(file).get(0));
    }

    @Test
    void aWorkbookWithMacrosIsRefused() throws IOException {
        Path file = write("macro.xlsx", withEntry(simpleWorkbook(), "xl/vbaProject.bin", new byte[] {1, 2, 3}));
        assertEquals(List.of("macro.xlsx: error: 工作簿含有宏（vbaProject.bin），不能导入：宏可能执行代码。请删除宏并另存为“Excel 工作簿（*.xlsx）”后再导入。 [workbook]"),
                messages(file));
        Path xlsm = write("budget.xlsm", simpleWorkbook());
        assertEquals(List.of("budget.xlsm: error: 含宏的工作簿（.xlsm）不能导入：宏可能执行代码。请在 Excel 中另存为“Excel 工作簿（*.xlsx）”后再导入。 [workbook]"),
                messages(xlsm));
    }

    @Test
    void aFileThatIsNoWorkbookIsRefused() throws IOException {
        Path file = write("notes.xlsx", "这不是工作簿".getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("notes.xlsx: error: 不是 Excel 工作簿（.xlsx）：文件不是 Office Open XML 格式。 [workbook]"),
                messages(file));
    }

    @Test
    void aWorkbookOfSomeOtherTableIsNotImported() throws IOException {
        Path file = write("other.xlsx", simpleWorkbook());
        List<Problem> problems = new ArrayList<>();
        WorkbookOpener.Opened opened = new WorkbookOpener().open(file, "other.xlsx");
        problems.addAll(opened.problems());
        new BudgetWorkbookReader().read(opened.sheets(), problems);
        assertEquals(List.of(
                "other.xlsx!人员名单: warning: 工作表不是可识别的部门预算表，已跳过：表头里没有找到“功能分类科目编码 / 类 款 项”与“收入预算 / 支出预算 / 基本支出 / 人员经费”等列，也不是“三公”经费表或收支总表。 [workbook-table]",
                "other.xlsx: error: 工作簿里没有可导入的部门预算表：至少需要支出预算总表（功能分类科目的基本支出和项目支出）。 [workbook-table]"),
                problems.stream().map(Problem::format).toList());
    }

    private List<String> messages(Path file) {
        return assertTimeoutPreemptively(Duration.ofSeconds(20), () -> new WorkbookOpener()
                .open(file, file.getFileName().toString()).problems().stream().map(Problem::format).toList());
    }

    private Path write(String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        return file;
    }

    private static byte[] simpleWorkbook() {
        return XlsxWriter.write(List.of(new Sheet("人员名单", List.of(List.of(SheetCell.heading("姓名"),
                SheetCell.heading("电话")), List.of(SheetCell.text("张三"), SheetCell.text("63678103"))), List.of(),
                List.of())));
    }

    /** The workbook with one entry added, or replaced when it is there already. */
    private static byte[] withEntry(byte[] workbook, String name, byte[] content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(workbook));
                ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (entry.getName().equals(name)) {
                    continue;
                }
                zip.putNextEntry(new ZipEntry(entry.getName()));
                byte[] bytes = in.readAllBytes();
                if (entry.getName().equals("[Content_Types].xml")) {
                    bytes = new String(bytes, StandardCharsets.UTF_8).replace("<Default Extension=\"xml\"",
                            "<Default Extension=\"bin\" ContentType=\"application/octet-stream\"/><Default Extension=\"xml\"")
                            .getBytes(StandardCharsets.UTF_8);
                }
                zip.write(bytes);
                zip.closeEntry();
            }
            zip.putNextEntry(new ZipEntry(name));
            zip.write(content);
            zip.closeEntry();
        }
        return out.toByteArray();
    }
}
