package org.opendisclosure.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.opendisclosure.FixtureSite;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * The indicator browser of the bundled site, opened from disk ({@code file://}): its filters find
 * exactly the indicators the content files hold — counted here from the YAML with a YAML parser of
 * its own and a pattern of its own, not with the generator's — every filter state is the page's
 * address and comes back from it, and without JavaScript the list pages show every indicator.
 */
class IndicatorBrowserTest {

    @RegisterExtension
    static final BundledSiteInBrowser site = new BundledSiteInBrowser();

    /** An indicator as the content file states it, with its project's year and name. */
    private record ContentIndicator(int year, String project, String name, String target) {
    }

    /** Every indicator of every project file of the bundled content. */
    private static List<ContentIndicator> contentIndicators() {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        List<ContentIndicator> all = new ArrayList<>();
        try (Stream<Path> files = Files.walk(FixtureSite.repositoryRoot().resolve("content/projects"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                JsonNode project = yaml.readTree(file.toFile());
                for (JsonNode group : project.path("indicators")) {
                    List<JsonNode> itemLists = new ArrayList<>();
                    group.path("groups").forEach(g -> itemLists.add(g.path("items")));
                    itemLists.add(group.path("items"));
                    for (JsonNode items : itemLists) {
                        for (JsonNode item : items) {
                            all.add(new ContentIndicator(project.path("year").asInt(), project.path("name").asText(),
                                    item.path("name").asText(""), item.path("target").asText()));
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return all;
    }

    /** ≥ (or >=), a number, then % alone or in brackets: "≥95(%)", "≥99.00 (%)", "≥95%". */
    private static final Pattern AT_LEAST_PERCENT = Pattern.compile("^\\s*(?:≥|>=)\\s*([0-9]+(?:\\.[0-9]+)?)\\s*[(（]?\\s*%\\s*[)）]?\\s*$");

    private static boolean satisfactionOfAtLeast95Percent(ContentIndicator i) {
        Matcher m = AT_LEAST_PERCENT.matcher(i.target());
        boolean mentions = (i.project() + i.name() + i.target()).contains("满意度");
        return mentions && m.matches() && new BigDecimal(m.group(1)).compareTo(new BigDecimal(95)) >= 0;
    }

    /** Text with its runs of white space as one space, as a page shows it. */
    private static String spaced(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }

    private static List<?> resultColumn(HeadlessChromium chromium, int column) {
        return (List<?>) chromium.script("""
                return [...document.querySelectorAll('#indicator-results tbody tr')]
                    .map(tr => tr.children[arguments[0]].textContent);
                """, column);
    }

    /** Chooses an option of a select as a reader does: the value changes and the select says so. */
    private static void choose(HeadlessChromium chromium, String id, String value) {
        assertEquals(Boolean.TRUE, chromium.script("""
                const select = document.getElementById(arguments[0]);
                if (![...select.options].some(o => o.value === arguments[1])) return false;
                select.focus();
                select.value = arguments[1];
                select.dispatchEvent(new Event('change', {bubbles: true}));
                return true;
                """, id, value), id + " offers " + value);
    }

    private static String status(HeadlessChromium chromium) {
        return (String) chromium.script("return document.getElementById('indicator-status').textContent");
    }

    @Test
    void satisfactionOfAtLeast95PercentFindsExactlyTheRowsOfTheContentFiles() {
        List<ContentIndicator> expected = contentIndicators().stream()
                .filter(IndicatorBrowserTest::satisfactionOfAtLeast95Percent).toList();
        assertTrue(expected.size() >= 10, "the bundled content has such targets: " + expected);
        HeadlessChromium chromium = site.indicators("q=满意度&cmp=at-least&min=95&unit=%");
        assertEquals(expected.size(), resultColumn(chromium, 0).size(), status(chromium));
        assertTrue(status(chromium).startsWith("找到 " + expected.size() + " 条指标"), status(chromium));
        assertEquals(expected.stream().map(ContentIndicator::target).sorted().toList(),
                resultColumn(chromium, 4).stream().map(String::valueOf).sorted().toList(), "the targets as published");
        assertTrue(resultColumn(chromium, 5).stream().allMatch(r -> String.valueOf(r).startsWith("不低于 ")
                && String.valueOf(r).endsWith(" %")), "each target read: " + resultColumn(chromium, 5));
        assertEquals(expected.stream().map(i -> i.year() + " " + i.project()).sorted().toList(),
                ((List<?>) chromium.script("""
                        return [...document.querySelectorAll('#indicator-results tbody tr')]
                            .map(tr => tr.children[0].textContent + ' ' + tr.querySelector('th a').textContent);
                        """)).stream().map(String::valueOf).sorted().toList(), "each row names its year and project");
        assertEquals("polite", chromium.script("return document.getElementById('indicator-status').getAttribute('aria-live')"));
    }

    @Test
    void theProjectOfARowIsALinkToItsPage() {
        HeadlessChromium chromium = site.indicators("q=话后满意度");
        assertEquals(List.of("话后满意度"), resultColumn(chromium, 3));
        chromium.driver().findElement(By.cssSelector("#indicator-results tbody th a")).click();
        assertTrue(chromium.driver().getCurrentUrl().endsWith("/2024/projects/hotline-12333.html"),
                chromium.driver().getCurrentUrl());
    }

    @Test
    void everyFilterStateIsTheAddressAndComesBackFromIt() {
        HeadlessChromium chromium = site.chromium();
        chromium.open(site.file("indicators.html"));
        chromium.await("return !document.getElementById('indicator-filter').hidden", "the form, shown by its script");
        assertEquals("", status(chromium), "no filter, no results");
        choose(chromium, "f-year", "2024");
        choose(chromium, "f-l1", "满意度指标");
        choose(chromium, "f-unit", "%");
        chromium.driver().findElement(By.id("f-min")).sendKeys("98");
        chromium.driver().findElement(By.id("f-q")).sendKeys("满意");
        chromium.await("return /[?&]q=/.test(location.search) && /^找到/.test(document.getElementById('indicator-status')"
                + ".textContent) && !document.getElementById('indicator-results').hasAttribute('aria-busy')",
                "the filter has run");
        String address = chromium.driver().getCurrentUrl();
        for (String part : List.of("year=2024", "l1=%E6%BB%A1%E6%84%8F%E5%BA%A6%E6%8C%87%E6%A0%87", "unit=%25", "min=98",
                "q=%E6%BB%A1%E6%84%8F")) {
            assertTrue(address.contains(part), part + " in " + address);
        }
        List<?> rows = resultColumn(chromium, 3);
        assertFalse(rows.isEmpty(), status(chromium));

        chromium.open(URI.create("about:blank"));
        chromium.open(URI.create(address));
        BundledSiteInBrowser.awaitIndicators(chromium);
        assertEquals(rows, resultColumn(chromium, 3), "the same rows from the same address");
        assertEquals(List.of("2024", "满意度指标", "%", "98", "满意"), chromium.script("""
                return ['f-year', 'f-l1', 'f-unit', 'f-min', 'f-q'].map(id => document.getElementById(id).value);
                """), "the form shows the state it was opened with");
        assertTrue(resultColumn(chromium, 2).stream().allMatch(c -> String.valueOf(c).startsWith("满意度指标")));
    }

    @Test
    void aPageOfResultsAtATimeTheButtonShowsMoreAndMovesTheFocusToThem() {
        long total = contentIndicators().stream().filter(i -> i.year() == 2024).count();
        HeadlessChromium chromium = site.indicators("year=2024");
        assertEquals("找到 " + total + " 条指标。", status(chromium));
        assertEquals(100, resultColumn(chromium, 0).size());
        WebElement more = chromium.driver().findElement(By.cssSelector("#indicator-results .search-more"));
        more.click();
        chromium.await("return document.querySelectorAll('#indicator-results tbody tr').length === 200", "100 more");
        assertEquals(Boolean.TRUE, chromium.script("""
                return document.activeElement === document.querySelectorAll('#indicator-results tbody tr')[100]
                    .querySelector('a');
                """), "the focus moves to the first new row");
        chromium.driver().findElement(By.cssSelector("#indicator-results .search-more")).sendKeys(Keys.ENTER);
        chromium.await("return document.querySelectorAll('#indicator-results tbody tr').length === " + total,
                "the rest");
        assertEquals(0L, chromium.number("return document.querySelectorAll('#indicator-results .search-more').length"));
    }

    @Test
    void aNumberThatIsNotOneIsSaidSoAndNothingIsListed() {
        HeadlessChromium chromium = site.chromium();
        chromium.open(BundledSiteInBrowser.withQuery(site.file("indicators.html"), "min=abc"));
        chromium.await("return document.getElementById('indicator-status').textContent.startsWith('数值范围')", "the note");
        assertEquals("true", chromium.script("return document.getElementById('f-min').getAttribute('aria-invalid')"));
        assertEquals(0L, chromium.number("return document.querySelectorAll('#indicator-results tr').length"));
    }

    @Test
    void withoutJavaScriptTheListPagesShowEveryIndicatorOfTheContent() throws IOException {
        List<ContentIndicator> all = contentIndicators();
        Document index = Jsoup.parse(site.root().resolve("indicators.html").toFile());
        assertTrue(index.getElementById("indicator-filter").hasAttr("hidden"), "the form waits for its script");
        List<String> listed = new ArrayList<>();
        List<String> pages = new ArrayList<>();
        for (var link : index.select(".indicator-year table a[href]")) {
            Path page = site.root().resolve(link.attr("href"));
            while (page != null) {
                pages.add(site.root().relativize(page).toString());
                Document list = Jsoup.parse(page.toFile());
                for (var row : list.select("table.indicator-list tbody tr")) {
                    var cells = row.select("th[scope=row], td.target");
                    listed.add(cells.get(0).text() + " " + cells.get(1).text());
                }
                var next = list.selectFirst(".pager a[rel=next]");
                page = next == null ? null : page.getParent().resolve(next.attr("href")).normalize();
            }
        }
        assertEquals(all.stream().map(i -> spaced(i.name() + " " + i.target())).sorted().toList(),
                listed.stream().map(IndicatorBrowserTest::spaced).sorted().toList(), "every indicator once, on pages " + pages);
    }
}
