package org.opendisclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendisclosure.content.ContentLimits;

/**
 * The 2019 department budget of 上海市人力资源和社会保障局 (seed 001, kept verbatim under
 * {@code src/test/resources/seeds/}): the department page shows all eight tables, and every figure
 * the published tables print is in the right cell of the rendered page.
 */
class DepartmentBudgetSeedTest {

    @TempDir
    static Path dir;

    private static Document page;
    private static Path site;
    private static List<String> seed;

    @BeforeAll
    static void build() throws IOException {
        Path root = FixtureSite.repositoryRoot();
        site = dir.resolve("site");
        GenerationResult result = new SiteGenerator().generate(new GenerationRequest(root.resolve("content"),
                root.resolve("templates"), site, root, ContentLimits.DEFAULT));
        assertFalse(result.hasErrors(), FixtureSite.messages(result));
        page = Jsoup.parse(site.resolve("2019/departments/shrss.html").toFile(), "UTF-8");
        try (InputStream in = DepartmentBudgetSeedTest.class.getResourceAsStream("/seeds/001_e366174b18f14735.txt")) {
            seed = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
    }

    @Test
    void showsAllEightTablesInThePublishedOrder() {
        List<String> captions = texts(page.select("section[aria-labelledby=budget-tables] table.budget > caption"));
        assertEquals(List.of("2019年部门财务收支预算总表（单位：元）", "2019年部门收入预算总表（单位：元）",
                "2019年部门支出预算总表（单位：元）", "2019年部门财政拨款收支预算总表（单位：元）",
                "2019年部门一般公共预算支出功能分类预算表（单位：元）", "2019年部门政府性基金预算支出功能分类预算表（单位：元）",
                "2019年部门一般公共预算基本支出部门预算经济分类预算表（单位：元）", "2019年部门“三公”经费和机关运行经费预算表（单位：万元）"),
                captions);
    }

    @Test
    void table1ShowsEveryPublishedFigureBesideItsItem() {
        Map<String, String> published = new LinkedHashMap<>();
        for (String line : section("2019年部门财务收支预算总表", "2019年部门收入预算总表")) {
            String[] cells = line.split("\t", -1);
            if (cells.length == 4 && !cells[0].equals("项目") && !cells[0].equals("本年收入")) {
                published.put(cells[0], cells[1]);
                published.put(cells[2], cells[3]);
            }
        }
        published.remove("");
        Map<String, String> shown = new LinkedHashMap<>();
        for (Element row : page.select("#table-1 tr")) {
            List<String> cells = texts(row.select("th, td"));
            if (cells.size() == 4) {
                shown.put(cells.get(0), cells.get(1));
                shown.put(cells.get(2), cells.get(3));
            }
        }
        assertEquals(13, published.size(), published.toString());
        published.forEach((item, amount) -> assertEquals(amount, shown.get(item), item));
    }

    @Test
    void codeTablesShowEveryPublishedFigureInItsCell() {
        // 5 类, 9 款 and 25 项 rows plus 合计; the economic table has 4 类 and 37 款 rows plus 合计.
        assertEquals(40 * 5, compareCodeTable("table-2", "2019年部门收入预算总表", "2019年部门支出预算总表", 3, 5));
        assertEquals(40 * 3, compareCodeTable("table-3", "2019年部门支出预算总表", "2019年部门一般公共预算支出功能分类预算表", 3, 3));
        assertEquals(40 * 3, compareCodeTable("table-5", "2019年部门一般公共预算支出功能分类预算表",
                "2019年部门政府性基金预算支出功能分类预算表", 3, 3));
        assertEquals(42 * 3, compareCodeTable("table-7", "2019年部门一般公共预算基本支出部门预算经济分类预算表",
                "部门“三公”经费和机关运行经费预算表", 2, 3));
    }

    @Test
    void governmentFundTableIsEmptyAndSaysSo() {
        Element table = page.selectFirst("#table-6");
        assertNotNull(table);
        assertTrue(table.select("tbody tr").isEmpty());
        assertEquals("本部门2019年没有政府性基金预算拨款安排的支出，本表无数据。", table.selectFirst(".empty-table").text());
        assertEquals(List.of("合计", "", "", ""), texts(table.select("tfoot tr").first().select("th, td")));
    }

    @Test
    void fiscalOverviewIsComputedFromTheRows() {
        // Not in the seed's text (only in its table of contents); every figure follows from the rows.
        Element table = page.selectFirst("#table-4");
        assertEquals(List.of("收入总计", "2,218,956,423", "支出总计", "2,218,956,423", "2,218,956,423", ""),
                texts(table.select("tfoot tr").first().select("th, td")));
        assertEquals(List.of("三、社会保障和就业支出", "1,320,724,670", "1,320,724,670", ""),
                texts(table.select("tbody tr").get(2).select("th, td")).subList(2, 6));
    }

    @Test
    void threePublicTableShowsThePublishedFigures() {
        List<String> published = List.of();
        for (String line : section("部门“三公”经费和机关运行经费预算表", "其他相关情况说明")) {
            if (line.startsWith("1,073.70")) {
                published = List.of(line.split("\t"));
            }
        }
        assertEquals(List.of("1,073.70", "559.30", "176.90", "337.50", "32.00", "305.50", "13,424.26"), published);
        assertEquals(published, texts(page.select("#table-8 tbody tr").first().select("td")));
    }

    @Test
    void computedTotalsEqualThePublishedOnes() {
        assertEquals(List.of("合计", "2,218,956,423", "803,433,280", "1,415,523,143"),
                texts(page.select("#table-3 tfoot tr").first().select("th, td")));
        assertTrue(section("budget-summary").text().contains("“三公”经费 1,073.70 万元"));
    }

    @Test
    void eachTableShowsTheNameItPrintedWithTheCataloguesNameAsANote() {
        // 2080110: 收入预算总表 prints the catalogue's “劳动关系和维权”, the two spending tables “劳动关系的维权”.
        assertEquals("劳动关系和维权", nameCell("table-2", "2080110").text());
        for (String table : List.of("table-3", "table-5")) {
            Element name = nameCell(table, "2080110");
            assertEquals("劳动关系的维权", name.selectFirst("a").text());
            assertEquals("（目录名称：劳动关系和维权）", name.selectFirst("small.cell-note").text());
        }
        assertTrue(section("discrepancies").text().contains("印作“劳动关系的维权”"));
    }

    /** The name cell of the row of a 7-digit functional code in one of the code tables. */
    private static Element nameCell(String table, String code) {
        for (Element row : page.select("#" + table + " tbody tr")) {
            List<String> codeCells = texts(row.select("td.code"));
            if (String.join("", codeCells).equals(code)) {
                return row.selectFirst("th");
            }
        }
        throw new AssertionError(table + " has no row " + code);
    }

    @Test
    void bothPagesSayThe12333IndicatorsArePublishedTwiceAndShowTheDifference() throws IOException {
        Document project = Jsoup.parse(site.resolve("2019/projects/hotline-12333.html").toFile(), "UTF-8");
        Element onProject = project.getElementById("indicator-versions").parent();
        Element onDepartment = page.getElementById("key-project-1-versions").parent();
        for (Element versions : List.of(onProject, onDepartment)) {
            assertTrue(versions.text().contains("1 项指标只见于项目申报表，5 项指标的指标值写法不同，6 项指标所属的一级或二级指标不同"),
                    versions.text());
            List<String> rows = versions.select("table.versions tbody tr").stream()
                    .map(row -> String.join(" | ", texts(row.select("th, td")))).toList();
            assertEquals(12, rows.size());
            assertEquals("预算执行率 | 仅见于项目申报表 | 投入和管理目标／资金投入管理：≥98% | —", rows.get(0));
            assertEquals("招聘人员完成率 | 指标值写法不同 | 100.00% | =100%", rows.get(1));
            assertEquals("系统建设完成率 | 所属层级不同 | 投入和管理目标／项目实施管理 | 产出目标／数量目标", rows.get(6));
        }
        assertEquals("../../2019/departments/shrss.html#key-projects",
                onProject.selectFirst("p a").attr("href"));
        assertEquals("../../2019/projects/hotline-12333.html#indicators", onDepartment.selectFirst("p a").attr("href"));
    }

    @Test
    void the12333ExplanationLinksToThe2019ProjectPage() throws IOException {
        Element link = section("key-projects").selectFirst("a[href]");
        assertEquals("../../2019/projects/hotline-12333.html", link.attr("href"));
        assertTrue(section("key-projects").text().contains("咨询员费用5,231.52万元"));
        assertEquals(16, section("key-projects").select("table.indicators tbody tr").size());
        // ...and back: the project page links to the explanation.
        Document project = Jsoup.parse(site.resolve("2019/projects/hotline-12333.html").toFile(), "UTF-8");
        assertEquals("../../2019/departments/shrss.html#key-projects",
                project.selectFirst("section[aria-labelledby=explained-in] a").attr("href"));
    }

    @Test
    void proseSectionsAreAllThere() {
        assertEquals(List.of("部门主要职能", "部门机构设置", "名词解释", "部门预算编制说明", "其他相关情况说明"),
                texts(page.select("section.prose > h2")));
        assertEquals(13, section("section-functions").select("li").size());
        assertEquals(15, section("section-organisation").select("li").size());
    }

    /**
     * Compares a published 类/款/项 table with the rendered one: for every published row, the
     * rendered row with the same code columns shows the same figures (blank where blank).
     *
     * @return how many cells were compared
     */
    private static int compareCodeTable(String id, String title, String next, int codeColumns, int amountColumns) {
        Map<String, List<String>> shown = new LinkedHashMap<>();
        for (Element row : page.select("#" + id + " tbody tr, #" + id + " tfoot tr")) {
            List<String> cells = texts(row.select("th, td"));
            String key = cells.get(0).equals("合计") ? "合计" : String.join("", cells.subList(0, codeColumns));
            int first = cells.get(0).equals("合计") ? 1 : codeColumns + 1;
            shown.put(key, cells.subList(first, first + amountColumns));
        }
        int compared = 0;
        for (String line : section(title, next)) {
            String[] cells = line.split("\t", -1);
            boolean isTotal = cells[0].equals("合计");
            if (!isTotal && !cells[0].matches("\\d{3}")) {
                continue;
            }
            String key = isTotal ? "合计" : String.join("", List.of(cells).subList(0, codeColumns));
            List<String> amounts = new ArrayList<>();
            // Published rows carry a name column after the codes, except on the first page of table 5.
            int first = isTotal ? cells.length - amountColumns : cells.length - amountColumns;
            for (int i = first; i < cells.length; i++) {
                amounts.add(cells[i].strip());
            }
            while (amounts.size() < amountColumns) {
                amounts.add("");
            }
            List<String> rendered = shown.get(key);
            assertNotNull(rendered, id + " has no row " + key);
            assertEquals(amounts, rendered, id + " row " + key);
            compared += amountColumns;
        }
        return compared;
    }

    @Test
    void functionalCode208ListsTheDepartmentAndLinksDownTo20801And2080101() throws IOException {
        Document f208 = Jsoup.parse(site.resolve("2019/functions/208.html").toFile(), "UTF-8");
        assertEquals("208 社会保障和就业支出", f208.selectFirst("h1").text());
        Element department = f208.selectFirst("#departments tbody tr");
        assertEquals(List.of("上海市人力资源和社会保障局", "1,320,724,670", "517,829,928", "802,894,742", "100.00%"),
                texts(department.select("th, td")));
        assertEquals("../../2019/departments/shrss.html#table-3", department.selectFirst("a").attr("href"));
        List<String> links = f208.select("#children a").eachAttr("href");
        assertTrue(links.contains("../../2019/functions/20801.html"), links.toString());
        assertTrue(links.contains("../../2019/functions/2080101.html"), links.toString());
        // ...and the breadcrumb of a 项 leads back up: 功能分类 › 208 › 20801.
        Document leaf = Jsoup.parse(site.resolve("2019/functions/2080101.html").toFile(), "UTF-8");
        assertEquals(List.of("首页", "2019 年", "功能分类", "208 社会保障和就业支出", "20801 人力资源和社会保障管理事务", "2080101 行政运行"),
                texts(leaf.select(".breadcrumbs li")));
        assertTrue(leaf.selectFirst("main .lead").text().contains("310,461,797 元"));
    }

    @Test
    void everyChartShowsTheNumbersOfTheTableBesideIt() throws IOException {
        int charts = 0;
        try (var walk = Files.walk(site)) {
            for (Path file : walk.filter(p -> p.toString().endsWith(".html")).sorted().toList()) {
                for (Element figure : Jsoup.parse(file.toFile(), "UTF-8").select("figure.chart")) {
                    ChartAssertions.assertChartMatchesItsTable(figure, site.relativize(file).toString());
                    charts++;
                }
            }
        }
        // Department: 3; year: 1; functional codes: 5 类 + 9 款 with children; units: 5 with projects; projects: 6.
        assertTrue(charts >= 20, "charts found: " + charts);
    }

    /** A section of the page by the id of its heading. */
    private static Element section(String headingId) {
        Element section = page.selectFirst("section[aria-labelledby=" + headingId + "]");
        assertNotNull(section, headingId);
        return section;
    }

    /** The text of each element, empty ones included (jsoup's eachText leaves them out). */
    static List<String> texts(org.jsoup.select.Elements elements) {
        return elements.stream().map(Element::text).toList();
    }

    /** The seed's lines from a title line up to the next title line. */
    private static List<String> section(String title, String next) {
        int from = seed.indexOf(title);
        int to = seed.subList(from + 1, seed.size()).indexOf(next) + from + 1;
        assertTrue(from >= 0 && to > from, title);
        return seed.subList(from + 1, to).stream().filter(l -> !l.isBlank()).toList();
    }

}
