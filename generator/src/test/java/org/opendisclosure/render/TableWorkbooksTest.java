package org.opendisclosure.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendisclosure.FixtureSite;

/**
 * The Excel downloads of the bundled site, read with Apache POI (not with the project's writer):
 * beside every department-budget and functional-code table an .xlsx of exactly that table —
 * headings, unit, amounts as exact numbers, codes as text — the whole budget as one workbook on the
 * department page, and no workbook at all beside a project page.
 */
class TableWorkbooksTest {

    @TempDir
    static Path dir;

    static Path site;

    @BeforeAll
    static void build() {
        site = FixtureSite.renderBundled(dir.resolve("site"));
    }

    @Test
    void eachBudgetTableHasItsWorkbookBesideTheCsv() throws IOException {
        Path page = site.resolve("2019/departments/shrss.html");
        Document html = Jsoup.parse(page.toFile());
        for (int i = 1; i <= 8; i++) {
            Element link = html.selectFirst("a[aria-describedby=table-" + i + "-caption][href$=.xlsx]");
            assertNotNull(link, "table-" + i);
            assertEquals("shrss.table-" + i + ".xlsx", link.attr("href"));
            assertTrue(Files.isRegularFile(page.resolveSibling(link.attr("href"))));
        }
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(page.resolveSibling("shrss.table-2.xlsx")))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertEquals("收入预算总表", sheet.getSheetName());
            assertEquals("2019年部门收入预算总表", sheet.getRow(0).getCell(0).getStringCellValue());
            assertEquals("编制部门：上海市人力资源和社会保障局", sheet.getRow(1).getCell(0).getStringCellValue());
            assertEquals("单位：元", sheet.getRow(2).getCell(0).getStringCellValue());
            assertEquals(List.of("功能分类科目编码", "", "", "功能分类科目名称", "合计", "财政拨款收入", "事业收入", "事业单位经营收入",
                    "其他收入"), texts(sheet.getRow(4)));
            assertEquals(List.of("类", "款", "项"), texts(sheet.getRow(5)).subList(0, 3));
            Row row = find(sheet, "208", "01", "01");
            assertEquals(CellType.STRING, row.getCell(1).getCellType(), "codes are text: 01 keeps its zero");
            assertEquals("行政运行", row.getCell(3).getStringCellValue());
            assertEquals(CellType.NUMERIC, row.getCell(4).getCellType());
            assertEquals(310_461_797d, row.getCell(4).getNumericCellValue());
            assertTrue(sheet.getMergedRegions().size() >= 4, "the headings are merged as printed");
        }
    }

    @Test
    void theDepartmentPageOffersTheWholeBudgetAsOneWorkbookInThePublishedLayout() throws IOException {
        Path page = site.resolve("2019/departments/shrss.html");
        Element link = Jsoup.parse(page.toFile()).selectFirst("a[href=shrss.xlsx][download]");
        assertNotNull(link);
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(page.resolveSibling("shrss.xlsx")))) {
            List<String> names = new ArrayList<>();
            workbook.forEach(s -> names.add(s.getSheetName()));
            assertEquals(List.of("财务收支预算总表", "收入预算总表", "支出预算总表", "财政拨款收支预算总表", "一般公共预算支出功能分类预算表",
                    "政府性基金预算支出功能分类预算表", "一般公共预算基本支出部门预算经济分类预算表", "“三公”经费和机关运行经费预算表"), names);
            Row threePublic = workbook.getSheetAt(7).getRow(6);
            assertEquals(1073.7, threePublic.getCell(0).getNumericCellValue());
        }
    }

    @Test
    void functionalCodeTablesHaveWorkbooksAndProjectPagesNone() throws IOException {
        Path function = site.resolve("2019/functions/208.html");
        Element link = Jsoup.parse(function.toFile()).selectFirst("a[href$=.xlsx]");
        assertNotNull(link);
        assertTrue(Files.isRegularFile(function.resolveSibling(link.attr("href"))));
        try (Stream<Path> files = Files.walk(site)) {
            assertEquals(List.of(), files.map(p -> site.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> p.contains("/projects/") && p.endsWith(".xlsx")).toList());
        }
    }

    @Test
    void theSameTableAlwaysGivesTheSameBytes() {
        DataTable table = new DataTable("t", "2019年部门测试表", "编制部门：某局", "单位：元", List.of(List.of(
                DataTable.HeaderCell.column("项目"), DataTable.HeaderCell.amount("金额"))), List.of(new DataTable.TableRow(
                        List.of(DataTable.TableCell.code("208", null), DataTable.TableCell.amount(
                                new java.math.BigDecimal("73985000.40"), org.opendisclosure.model.MoneyStyle.YUAN)), "")),
                List.of(), "");
        assertArrayEquals(TableWorkbooks.of(table), TableWorkbooks.of(table));
    }

    private static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        for (int c = 0; c < row.getLastCellNum(); c++) {
            Cell cell = row.getCell(c);
            texts.add(cell == null ? "" : cell.getStringCellValue());
        }
        return texts;
    }

    private static Row find(Sheet sheet, String... code) {
        for (Row row : sheet) {
            if (row.getCell(2) != null && row.getCell(2).getCellType() == CellType.STRING
                    && row.getCell(0).getStringCellValue().equals(code[0])
                    && row.getCell(1).getStringCellValue().equals(code[1])
                    && row.getCell(2).getStringCellValue().equals(code[2])) {
                return row;
            }
        }
        throw new AssertionError("no row " + String.join(" ", code));
    }
}
