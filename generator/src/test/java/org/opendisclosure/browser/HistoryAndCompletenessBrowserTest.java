package org.opendisclosure.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A project's history (历年对比) and a department's 公开完整性 as a reader sees them in a browser, on a phone and on
 * a desktop: the text Chromium renders (hidden text does not count), every result in words, nothing wider than the
 * screen outside a table's own scrolling region.
 */
class HistoryAndCompletenessBrowserTest {

    @RegisterExtension
    static final BundledSiteInBrowser site = new BundledSiteInBrowser();

    private static List<String> texts(List<WebElement> elements) {
        return elements.stream().map(e -> e.getText().replace('\n', ' ').replace('\t', ' ').replaceAll(" +", " ").strip())
                .toList();
    }

    /** On a phone, taps the table's 按原表格式查看 link (a link to its scrolling region, shown by :target). */
    private static void showAsPublished(int width, String table) {
        if (width == LayoutBrowserTest.PHONE) {
            site.chromium().driver().findElement(By.cssSelector("a.to-full[href='#" + table + "-full']")).click();
        }
    }

    @ParameterizedTest(name = "at {0} px")
    @ValueSource(ints = {LayoutBrowserTest.PHONE, LayoutBrowserTest.DESKTOP})
    void theHotlinesHistoryShows2019And2024SideBySideOnBothOfItsPages(int width) {
        site.chromium().viewport(width);
        for (String page : List.of("2019/projects/hotline-12333.html", "2024/projects/hotline-12333.html")) {
            site.chromium().open(site.file(page));
            var driver = site.chromium().driver();
            WebElement heading = driver.findElement(By.id("history"));
            assertEquals("历年对比", heading.getText());
            // On a phone each row is a block of labelled values; the reader taps 按原表格式查看 to see
            // the years side by side, as published.
            showAsPublished(width, "history-funding-table");
            assertEquals(List.of("资金 2019 年 2024 年"),
                    texts(driver.findElements(By.cssSelector("#history-funding-table thead tr"))), page);
            assertEquals("当年资金 71,387,200.00 （项目当年预算） 73,985,000.40 （年度资金申请总额）",
                    texts(driver.findElements(By.cssSelector("#history-funding-table tbody tr"))).get(0), page);
            showAsPublished(width, "history-indicator-table");
            List<String> indicators = texts(driver.findElements(By.cssSelector("#history-indicator-table tbody tr")));
            assertTrue(indicators.contains("质量控制合格率 ≥98.00% （产出目标／质量目标） ≥96.00(%) （产出指标／质量指标） "
                    + "调整：≥98.00% → ≥96.00(%)"), page + ": " + indicators);
            assertTrue(indicators.contains("话后满意度 — ≥98(%) （满意度指标／服务对象满意度指标） 新增"), page);
            assertTrue(indicators.contains("公众满意度 ≥90.00% （影响力目标／满意度目标） — 取消"), page);
            BundledSiteInBrowser.saveForReview("history-" + page.substring(0, 4) + "-" + width + ".png",
                    site.chromium().fullPageScreenshot());
        }
    }

    @ParameterizedTest(name = "at {0} px")
    @ValueSource(ints = {LayoutBrowserTest.PHONE, LayoutBrowserTest.DESKTOP})
    void theDepartmentsChecklistSaysEachResultInWordsWithinTheScreen(int width) {
        site.chromium().viewport(width);
        HeadlessChromium chromium = site.open(PageKind.DEPARTMENT);
        List<WebElement> items = chromium.driver().findElements(By.cssSelector("section.completeness ul.checklist li"));
        List<String> shown = texts(items);
        assertEquals(13, shown.size(), shown.toString());
        assertTrue(shown.get(3).startsWith("已公布，未录入 2019年部门财政拨款收支预算总表 原文目录列有此表"), shown.get(3));
        assertTrue(shown.get(5).startsWith("已公布（空表） 2019年部门政府性基金预算支出功能分类预算表"), shown.get(5));
        assertTrue(shown.get(11).startsWith("不符合 项目绩效目标 本站收录了 5 个项目的绩效目标"), shown.get(11));
        long limit = chromium.number("return document.documentElement.clientWidth");
        for (WebElement item : items) {
            assertTrue(item.getRect().getX() + item.getRect().getWidth() <= limit, item.getText() + " is wider than the screen");
        }
        chromium.script("document.getElementById('completeness').scrollIntoView()");
        BundledSiteInBrowser.saveForReview("completeness-department-" + width + ".png", chromium.viewportScreenshot());
    }

    @ParameterizedTest(name = "at {0} px")
    @ValueSource(ints = {LayoutBrowserTest.PHONE, LayoutBrowserTest.DESKTOP})
    void theYearPageListsEveryDepartmentsCompleteness(int width) {
        site.chromium().viewport(width);
        HeadlessChromium chromium = site.open(PageKind.YEAR);
        List<String> rows = texts(chromium.driver().findElements(By.cssSelector("#completeness-table tbody tr")));
        assertEquals(List.of(
                "上海市人力资源和社会保障局 已公布 8/8，1 张未录入，1 张空表 符合 符合 符合 不符合（5/126，3.97%） 符合",
                "中共上海市委、上海市人民政府信访办公室 本站未收录本年度部门预算，无法核对"), rows);
    }
}
