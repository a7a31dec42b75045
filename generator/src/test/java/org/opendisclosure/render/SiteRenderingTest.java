package org.opendisclosure.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendisclosure.FixtureSite;

/** Pages rendered from a small fixture site with the repository's templates. */
class SiteRenderingTest {

    @TempDir
    Path dir;

    @Test
    void projectPageShowsFundingWithSeparatorsAndTwoDecimals() {
        FixtureSite site = FixtureSite.in(dir).standard().rendered();
        Document page = Jsoup.parse(site.read("2024/projects/p2024.html"));
        assertEquals("zh-CN", page.selectFirst("html").attr("lang"));
        assertEquals("73,985,000.40", page.select("#funding-table tbody tr").get(0).selectFirst("td").text());
        assertEquals(List.of("年度资金申请总额", "其中：当年财政拨款", "上年结转资金", "其他资金"),
                page.select("#funding-table tbody th").eachText());
    }

    @Test
    void indicatorTableSpansLevelsAsOnTheForm() {
        FixtureSite site = FixtureSite.in(dir).standard().rendered();
        Document page = Jsoup.parse(site.read("2024/projects/p2024.html"));
        List<Element> rows = page.select("table.indicators tbody tr");
        assertEquals(4, rows.size());
        Element first = rows.get(0);
        assertEquals("产出指标", first.child(0).text());
        assertEquals("3", first.child(0).attr("rowspan"));
        assertEquals("数量指标", first.child(1).text());
        assertEquals("2", first.child(1).attr("rowspan"));
        // Each 一级指标 is a row group of its own; the 二级 heading and the indicator's name head rows.
        assertEquals(2, page.select("table.indicators tbody").size());
        assertEquals(List.of("rowgroup", "row", "row"), first.select("th").eachAttr("scope"));
        assertEquals(List.of("坐席人员数", "≥371(人)", "不低于 371 人"), cells(first));
        assertEquals(List.of("系统故障解决时间", "及时", ""), cells(rows.get(2)));
    }

    /** An indicator row's own cells: its name (the row's last heading), target and reading. */
    private static List<String> cells(Element row) {
        List<String> cells = new java.util.ArrayList<>(List.of(row.select("th").last().text()));
        row.select("td").forEach(td -> cells.add(td.text()));
        return cells;
    }

    @Test
    void twoLevelTableHasNoSecondLevelColumn() {
        FixtureSite site = FixtureSite.in(dir).standard().rendered();
        Document page = Jsoup.parse(site.read("2019/projects/p2019.html"));
        assertEquals(List.of("分解目标内容", "绩效指标", "指标目标值", "解读"),
                page.select("table.indicators thead th").eachText());
        assertEquals(List.of("预算执行率", ">98%", "高于 98 %"), cells(page.selectFirst("table.indicators tbody tr")));
    }

    @Test
    void eachAmountOfTheSideBySideOverviewIsHeadedByItsOwnSidesItem() {
        FixtureSite site = FixtureSite.in(dir).withBudget().rendered();
        Element table = Jsoup.parse(site.read("2019/departments/dept.html")).selectFirst("#table-1 table");
        Element row = table.selectFirst("tbody tr");
        assertEquals(List.of("一、财政拨款收入", "3,500", "一、一般公共服务支出", "1,500"), row.children().eachText());
        assertEquals(List.of("row", "row"), row.select("th").eachAttr("scope"), "both items head the row");
        assertEquals(List.of("本年收入", "预算数", "一、财政拨款收入"), headings(table, row.child(1)));
        assertEquals(List.of("本年支出", "预算数", "一、一般公共服务支出"), headings(table, row.child(3)));
        assertEquals(List.of("本年支出", "项目"), headings(table, row.child(2)));
        Element total = table.selectFirst("tfoot tr");
        assertEquals(List.of("本年支出", "预算数", "支出总计"), headings(table, total.child(3)));
    }

    @Test
    void aCodeTableNamesEveryLevelOfItsHeadingsForEachCell() {
        FixtureSite site = FixtureSite.in(dir).withBudget().rendered();
        Element table = Jsoup.parse(site.read("2019/departments/dept.html")).selectFirst("#table-3 table");
        Element row = table.select("tbody tr").stream().filter(r -> r.text().startsWith("201 10 01")).findFirst()
                .orElseThrow();
        assertEquals(List.of("项目", "功能分类科目编码", "类"), headings(table, row.child(0)));
        assertEquals(List.of("项目", "功能分类科目名称"), headings(table, row.child(3)));
        assertEquals(List.of("支出预算", "合计", "行政运行"), headings(table, row.child(4)));
        assertEquals(List.of("支出预算", "基本支出", "行政运行"), headings(table, row.child(5)));
        assertEquals(List.of("支出预算", "合计", "合计"), headings(table, table.selectFirst("tfoot td")));
    }

    @Test
    void aSimpleTableNeedsOnlyScopes() {
        FixtureSite site = FixtureSite.in(dir).withBudget().rendered();
        Element table = Jsoup.parse(site.read("2019/functions/208.html")).selectFirst("#departments table");
        assertTrue(table.select("[headers], th[id], td[id]").isEmpty(), table.outerHtml());
        assertEquals(List.of("col", "col", "col", "col", "col"), table.select("thead th").eachAttr("scope"));
        assertEquals("row", table.selectFirst("tbody th").attr("scope"));
    }

    @Test
    void theRowHeadingColumnStaysInViewAndEveryTableScrollsInANamedRegion() {
        FixtureSite site = FixtureSite.in(dir).withBudget().rendered();
        Document page = Jsoup.parse(site.read("2019/departments/dept.html"));
        Element codes = page.selectFirst("#table-3 table");
        assertEquals(List.of("功能分类科目名称"), codes.select("thead th.sticky").eachText());
        assertEquals(codes.select("tbody tr").size(), codes.select("tbody th.sticky").size());
        assertTrue(codes.select("td.sticky, tfoot .sticky").isEmpty(), "only one column's width sticks");
        Element overview = page.selectFirst("#table-1 table");
        assertEquals(List.of("项目"), overview.select("thead th.sticky").eachText());
        assertEquals("一、财政拨款收入", overview.selectFirst("tbody th.sticky").text());
        assertEquals(1, overview.selectFirst("tbody tr").select(".sticky").size());

        for (Element table : page.select("table")) {
            Element region = table.parent();
            assertEquals("table-scroll", region.className());
            assertEquals("region", region.attr("role"));
            assertEquals("0", region.attr("tabindex"));
            assertEquals(table.selectFirst("caption").id(), region.attr("aria-labelledby"));
        }
    }

    /** The texts of the headings a cell names in its {@code headers}, looked up in its table. */
    private static List<String> headings(Element table, Element cell) {
        return java.util.Arrays.stream(cell.attr("headers").split(" ")).filter(id -> !id.isEmpty())
                .map(id -> table.selectFirst("[id=" + id + "]").text()).toList();
    }

    @Test
    void priorYearExecutionRateIsComputed() {
        FixtureSite site = FixtureSite.in(dir).standard().rendered();
        Document page = Jsoup.parse(site.read("2019/projects/p2019.html"));
        Element rate = page.select("#funding-table tbody tr").stream()
                .filter(r -> r.selectFirst("th").text().equals("上年预算执行率")).findFirst().orElseThrow();
        assertEquals("43.70%", rate.selectFirst("td").text());
        assertEquals(List.of("第一段。", "第二段。"), page.select("section.prose:has(h2:contains(项目概况)) p").eachText());
    }

    @Test
    void linksAreRelativeAndReachEveryPage() {
        FixtureSite site = FixtureSite.in(dir).standard().rendered();
        Document home = Jsoup.parse(site.read("index.html"));
        assertEquals(List.of("2024/index.html", "2019/index.html"), home.select("main table a").eachAttr("href"));
        Document unit = Jsoup.parse(site.read("2024/units/unit-a.html"));
        assertEquals("../../2024/projects/p2024.html", unit.selectFirst("main table a").attr("href"));
        for (String href : unit.select("a[href], link[href]").eachAttr("href")) {
            assertFalse(href.startsWith("/") || href.contains("://"), href);
        }
    }

    @Test
    void contentIsEscaped() {
        FixtureSite site = FixtureSite.in(dir).standard().file("content/projects/2024/p2024.yaml",
                FixtureSite.PROJECT_2024.replace("name: 热线项目", "name: \"<script>alert(1)</script><img src=x onerror=alert(2)>\"")).rendered();
        String html = site.read("2024/projects/p2024.html");
        Document page = Jsoup.parse(html);
        assertTrue(page.select("script").isEmpty());
        assertTrue(page.select("img").isEmpty());
        assertEquals("<script>alert(1)</script><img src=x onerror=alert(2)>", page.selectFirst("h1").text());
    }

    @Test
    void acknowledgedDiscrepancyIsShownToReaders() {
        FixtureSite site = FixtureSite.in(dir).standard().file("content/projects/2019/p2019.yaml",
                FixtureSite.project2019WithAcknowledgedGap("原表子项目合计少 1 元，按原表公布。")).rendered();
        Document page = Jsoup.parse(site.read("2019/projects/p2019.html"));
        String notice = page.selectFirst("section.notice").text();
        assertTrue(notice.contains("原表子项目合计少 1 元，按原表公布。"), notice);
        assertTrue(notice.contains("相差 -1.00 元"), notice);
    }

    @Test
    void aProjectWithAFunctionalCodeIsListedOnThatCodeAndItsParents() {
        FixtureSite site = FixtureSite.in(dir).withBudget().file("content/projects/2019/p2019.yaml",
                FixtureSite.PROJECT_2019.replace("name: 培训项目\n", "name: 培训项目\nfunctional_code: \"2080101\"\n")).rendered();
        for (String code : java.util.List.of("208", "20801", "2080101")) {
            String page = site.read("2019/functions/" + code + ".html");
            assertTrue(page.contains(">培训项目</a>"), code);
            assertTrue(page.contains("href=\"../../2019/projects/p2019.html\""), code);
        }
        assertFalse(site.read("2019/functions/201.html").contains("培训项目"));
    }

    @Test
    void aProjectsFunctionalCodeMustBeInTheCatalogue() {
        FixtureSite site = FixtureSite.in(dir).withBudget().file("content/projects/2019/p2019.yaml",
                FixtureSite.PROJECT_2019.replace("name: 培训项目\n", "name: 培训项目\nfunctional_code: \"2080102\"\n"));
        assertEquals("content/projects/2019/p2019.yaml:5:1: error: functional_code（功能分类科目编码）: 2019 年功能分类科目目录"
                + "（content/catalogues/2019.yaml）中没有项级科目 2080102；是否想写：2080101、2080199？ [code-unknown]",
                FixtureSite.messages(site.generate()));
    }
}
