package org.opendisclosure.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendisclosure.FixtureSite;

/**
 * The history section (历年对比) of a project published in several years, as each of its pages shows it: the years
 * side by side in the funding and indicator tables, the field of each form named, changes in words.
 */
class ProjectHistoryPageTest {

    @TempDir
    Path dir;

    private static List<String> rowTexts(Element table) {
        return table.select("tbody tr").stream().map(Element::text).toList();
    }

    @Test
    void theBundled12333HotlineShows2019And2024SideBySideOnBothPages() throws Exception {
        Path site = FixtureSite.renderBundled(dir.resolve("site"));
        for (String page : List.of("2019/projects/hotline-12333.html", "2024/projects/hotline-12333.html")) {
            Document doc = Jsoup.parse(Files.readString(site.resolve(page)));
            Element history = doc.selectFirst("section.project-history");
            assertEquals("历年对比", history.selectFirst("h2").text(), page);
            Element funding = history.selectFirst("#history-funding-table table");
            assertEquals("资金 2019 年 2024 年", funding.selectFirst("thead tr").text(), page);
            assertEquals("当年资金 71,387,200.00 （项目当年预算） 73,985,000.40 （年度资金申请总额）",
                    rowTexts(funding).get(0), page);
            assertTrue(rowTexts(funding).contains("当年财政拨款 — （表式无此栏） 73,985,000.40 （其中：当年财政拨款）"), page);
            assertTrue(rowTexts(funding).contains("同名项目上年预算额 33,513,600.00 （同名项目上年预算额） — （表式无此栏）"), page);
            Element indicators = history.selectFirst("#history-indicator-table table");
            assertEquals("三级指标 2019 年 2024 年 变化", indicators.selectFirst("thead tr").text(), page);
            assertTrue(rowTexts(indicators).contains(
                    "质量控制合格率 ≥98.00% （产出目标／质量目标） ≥96.00(%) （产出指标／质量指标） 调整：≥98.00% → ≥96.00(%)"), page);
            assertTrue(rowTexts(indicators).contains("投诉率 ≤0.01% （效果目标／社会效益目标） — 取消"), page);
            assertTrue(rowTexts(indicators).contains("话后满意度 — ≥98(%) （满意度指标／服务对象满意度指标） 新增"), page);
            assertEquals("2019 年 → 2024 年：绩效指标调整 1 项、未变 0 项、取消 16 项、新增 9 项（按三级指标名称对应）。",
                    history.selectFirst(".history-summary").text(), page);
        }
        Element links = Jsoup.parse(Files.readString(site.resolve("2019/projects/hotline-12333.html")))
                .selectFirst(".history-years");
        assertEquals("../../2024/projects/hotline-12333.html", links.selectFirst("a").attr("href"));
        assertEquals("2019 年：12333热线全媒体智能咨询平台项目经费", links.selectFirst("[aria-current=page]").text());
    }

    @Test
    void aProjectOfOneYearHasNoHistorySection() {
        FixtureSite site = FixtureSite.in(dir).standard().rendered();
        assertTrue(Jsoup.parse(site.read("2024/projects/p2024.html")).select("section.project-history").isEmpty());
    }

    @Test
    void theHistoryTablesAreDownloadableLikeEveryOtherTable() {
        FixtureSite site = FixtureSite.in(dir).standard()
                .file("content/projects/2019/p2024.yaml", FixtureSite.PROJECT_2019.replace("id: p2019", "id: p2024"))
                .rendered();
        Document page = Jsoup.parse(site.read("2024/projects/p2024.html"));
        assertTrue(page.selectFirst("#history-funding-table .table-download a[download]").text().startsWith("下载本表数据"));
        assertEquals("预算执行率 >98% （投入和管理目标） — 取消",
                rowTexts(page.selectFirst("#history-indicator-table table")).get(0));
    }
}
