package org.opendisclosure.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.opendisclosure.FixtureSite;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The search page of the bundled site, opened from disk ({@code file://}) as a reader who
 * downloaded the site would: Chinese words, numbers and codes find what they name, grouped by
 * kind, with the match marked; the header's form on any page leads there; hostile text in the
 * content is shown as text.
 */
class SearchBrowserTest {

    @RegisterExtension
    static final BundledSiteInBrowser site = new BundledSiteInBrowser();

    /** The links of one group's results, in order. */
    private static List<?> links(HeadlessChromium chromium, String kind) {
        return (List<?>) chromium.script("""
                return [...document.querySelectorAll('#search-group-' + arguments[0] + ' .search-hit h3 a')]
                    .map(a => a.getAttribute('href'));
                """, kind);
    }

    private static String status(HeadlessChromium chromium) {
        return (String) chromium.script("return document.getElementById('search-status').textContent");
    }

    @Test
    void aNumberFindsTheProjectOfEveryYearThatCarriesIt() {
        HeadlessChromium chromium = site.search("12333");
        List<?> projects = links(chromium, "project");
        assertTrue(projects.contains("2024/projects/hotline-12333.html"), projects.toString());
        assertTrue(projects.contains("2019/projects/hotline-12333.html"), projects.toString());
        assertTrue(status(chromium).startsWith("找到 "), status(chromium));
        assertEquals(List.of("12333", "12333"), chromium.script("""
                return [...document.querySelectorAll('#search-group-project .search-hit h3 a')]
                    .filter(a => a.getAttribute('href').endsWith('/hotline-12333.html'))
                    .map(a => a.querySelector('mark').textContent);
                """), "the number is marked in both titles");
        assertEquals("2019 年 · 项目 · 上海市人力资源和社会保障局咨询服务中心", chromium.script("""
                return document.querySelector('#search-group-project a[href="2019/projects/hotline-12333.html"]')
                    .closest('li').querySelector('.search-meta').textContent;
                """), "each result says its year and kind");
    }

    @Test
    void aChineseWordFindsIndicatorsWithTheWordMarked() {
        HeadlessChromium chromium = site.search("满意度");
        List<?> indicators = links(chromium, "indicator");
        assertTrue(indicators.contains("2024/projects/hotline-12333.html#indicators"), indicators.toString());
        assertEquals("指标", chromium.script(
                "return document.getElementById('search-group-indicator-heading').firstChild.textContent.trim()"));
        String line = (String) chromium.script("""
                return [...document.querySelectorAll('#search-group-indicator .search-text')]
                    .map(p => p.textContent).find(t => t.startsWith('话后满意度'));
                """);
        assertEquals("话后满意度：≥98(%)", line);
        assertEquals(Boolean.TRUE, chromium.script("""
                return [...document.querySelectorAll('#search-group-indicator mark')].every(m => m.textContent === '满意度');
                """));
        List<?> headings = (List<?>) chromium.script(
                "return [...document.querySelectorAll('.search-group h2')].map(h => h.firstChild.textContent.trim())");
        assertEquals(List.of("项目", "指标"), headings, "groups in the order of kinds");
    }

    @Test
    void aFunctionalCodeFindsItsPage() {
        HeadlessChromium chromium = site.search("2080101");
        assertEquals(List.of("2019/functions/2080101.html"), links(chromium, "function"));
        chromium.driver().findElement(By.cssSelector("#search-group-function .search-hit h3 a")).click();
        assertTrue(chromium.driver().getCurrentUrl().endsWith("/2019/functions/2080101.html"),
                chromium.driver().getCurrentUrl());
        assertTrue(chromium.driver().findElement(By.tagName("h1")).getText().startsWith("2080101"));
    }

    @Test
    void oneCharacterFindsEveryTextThatHasIt() {
        HeadlessChromium chromium = site.search("局");
        assertTrue(links(chromium, "department").size() >= 2, "上海市人力资源和社会保障局 in 2019 and 2024");
        assertEquals(Boolean.TRUE, chromium.script(
                "return [...document.querySelectorAll('#search-group-department mark')].every(m => m.textContent === '局')"));
    }

    /** 局 is in the department of 20 projects: 10 are shown, and the button shows the rest. */
    @Test
    void aGroupShowsTenResultsAndTheButtonShowsMoreMovingTheFocusToThem() {
        HeadlessChromium chromium = site.search("局");
        assertEquals(10, links(chromium, "project").size());
        assertTrue(status(chromium).contains("项目 20"), status(chromium));
        WebElement more = chromium.driver().findElement(By.cssSelector("#search-group-project .search-more"));
        assertEquals("显示更多项目结果", more.getText());
        more.click();
        chromium.await("return document.querySelectorAll('#search-group-project .search-hit').length === 20",
                "ten more projects");
        assertEquals(Boolean.TRUE, chromium.script("""
                return document.activeElement === document.querySelectorAll('#search-group-project .search-hit h3 a')[10];
                """), "the focus moves to the first new result");
        assertEquals(0L, chromium.number("return document.querySelectorAll('#search-group-project .search-more').length"),
                "no button once all are shown");
    }

    @Test
    void everyTermOfAQueryMustMatch() {
        HeadlessChromium chromium = site.search("热线 满意度");
        List<?> projects = links(chromium, "project");
        assertTrue(projects.contains("2024/projects/hotline-12333.html"), projects.toString());
        assertFalse(projects.contains("2024/projects/si-vehicles.html"), projects.toString());
        chromium = site.search("满意度 不存在的词语");
        assertEquals("没有找到包含“满意度 不存在的词语”的内容。", status(chromium));
        assertEquals(0L, chromium.number("return document.querySelectorAll('.search-hit').length"));
    }

    @Test
    void theHeaderFormOfAnyPageLeadsToTheResults() {
        HeadlessChromium chromium = site.open(PageKind.PROJECT);
        WebElement field = chromium.driver().findElement(By.id("header-search-q"));
        field.sendKeys("2080101", Keys.ENTER);
        BundledSiteInBrowser.awaitSearch(chromium);
        assertTrue(chromium.driver().getCurrentUrl().endsWith("/search.html?q=2080101"), chromium.driver().getCurrentUrl());
        assertEquals("2080101", chromium.script("return document.getElementById('search-q').value"));
        assertEquals(List.of("2019/functions/2080101.html"), links(chromium, "function"));
    }

    @Test
    void searchingAgainOnTheSearchPageKeepsTheQueryInTheAddress() {
        HeadlessChromium chromium = site.search("满意度");
        WebElement field = chromium.driver().findElement(By.id("search-q"));
        field.clear();
        field.sendKeys("12333", Keys.ENTER);
        chromium.await("return document.getElementById('search-status').textContent.startsWith('找到')"
                + " && document.querySelector('#search-group-project a[href=\"2019/projects/hotline-12333.html\"]') !== null",
                "the new results");
        assertTrue(chromium.driver().getCurrentUrl().endsWith("/search.html?q=12333"), chromium.driver().getCurrentUrl());
        assertTrue(((String) chromium.script("return document.title")).startsWith("“12333”的搜索结果"));
        assertEquals("search-q", chromium.script("return document.activeElement.id"), "focus stays in the field");
    }

    @Test
    void onAPhoneTheResultsFitTheScreen() {
        site.chromium().viewport(LayoutBrowserTest.PHONE);
        try {
            HeadlessChromium chromium = site.search("12333");
            assertEquals(LayoutBrowserTest.PHONE, chromium.number("return document.documentElement.scrollWidth"));
            BundledSiteInBrowser.saveForReview("search-12333-375.png", chromium.fullPageScreenshot());
        } finally {
            site.chromium().viewport(LayoutBrowserTest.DESKTOP);
        }
    }

    /** A project named with markup is found, and its name shown as the text it is. */
    @Test
    void hostileTextInTheContentIsShownAsText(@TempDir Path dir) {
        String hostile = "<img src=x onerror=alert(1)>热线";
        FixtureSite fixture = FixtureSite.in(dir).standard().file("content/projects/2024/p2024.yaml",
                FixtureSite.PROJECT_2024.replace("name: 热线项目", "name: '" + hostile + "'")).rendered();
        HeadlessChromium chromium = site.chromium();
        chromium.open(BundledSiteInBrowser.withQuery(fixture.output().resolve("search.html").toUri(), "q=onerror"));
        BundledSiteInBrowser.awaitSearch(chromium);
        assertEquals(hostile, chromium.script("return document.querySelector('#search-group-project h3 a').textContent"));
        assertEquals(0L, chromium.number("return document.querySelectorAll('#search-results img').length"));
        assertEquals("onerror", chromium.script("return document.querySelector('#search-group-project mark').textContent"));
    }
}
