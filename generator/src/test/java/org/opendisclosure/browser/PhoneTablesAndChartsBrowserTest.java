package org.opendisclosure.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every kind of page read on a phone (375 px), measured in a real browser: every row of every table
 * shows its name and its main amount (an indicator's target) whole on the screen, with no sideways
 * scrolling; every chart's text is drawn at least 12 px high; no text is cut short with an ellipsis.
 * The table as published stays one tap away.
 */
class PhoneTablesAndChartsBrowserTest {

    @RegisterExtension
    static final BundledSiteInBrowser site = new BundledSiteInBrowser();

    /** Where a row's name and main amount are, and whether they lie whole inside the viewport. */
    private static final String ROWS_OFF_SCREEN = """
            const width = document.documentElement.clientWidth;
            const shown = e => {
                const r = e.getBoundingClientRect();
                const style = getComputedStyle(e);
                return r.width > 0 && r.height > 0 && style.visibility === 'visible' && style.opacity !== '0';
            };
            const inside = e => {
                const r = e.getBoundingClientRect();
                if (r.left < -0.5 || r.right > width + 0.5) return false;
                for (let a = e.parentElement; a; a = a.parentElement) {
                    if (getComputedStyle(a).overflowX === 'visible') continue;
                    const box = a.getBoundingClientRect();
                    if (r.left < box.left - 0.5 || r.right > box.right + 0.5) return false;
                }
                return true;
            };
            const wrong = [];
            let rows = 0;
            for (const row of document.querySelectorAll('main table tbody tr, main table tfoot tr')) {
                if (!shown(row)) continue;
                rows++;
                const cells = [...row.cells];
                const name = row.querySelector('th.row-title') || row.querySelector('th') || cells[0];
                const amount = row.querySelector('td.target')
                    || cells.find(c => c.matches('td.num') && c.textContent.trim() !== '');
                const table = row.closest('table');
                const where = (table.caption ? table.caption.textContent.trim() : table.className)
                    + ' › ' + (name ? name.textContent.trim().slice(0, 30) : '?');
                for (const [what, cell] of [['name', name], ['amount', amount]]) {
                    if (!cell) continue;
                    if (!shown(cell)) wrong.push(where + ': its ' + what + ' is hidden');
                    else if (!inside(cell)) wrong.push(where + ': its ' + what + ' ends at '
                        + Math.round(cell.getBoundingClientRect().right) + ' px, off the screen');
                }
                if (table.classList.contains('indicators') && !row.querySelector('td.target'))
                    wrong.push(where + ': no target');
            }
            return {rows: rows, wrong: wrong.slice(0, 10)};
            """;

    @ParameterizedTest
    @EnumSource(PageKind.class)
    void everyTableRowShowsItsNameAndMainAmountOnThePhonesScreen(PageKind kind) {
        site.chromium().viewport(LayoutBrowserTest.PHONE);
        HeadlessChromium chromium = site.open(kind);
        @SuppressWarnings("unchecked")
        java.util.Map<String, Object> result = (java.util.Map<String, Object>) chromium.script(ROWS_OFF_SCREEN);
        assertEquals(List.of(), result.get("wrong"), kind.path);
        if (chromium.number("return document.querySelectorAll('main table').length") > 0) {
            assertTrue(((Number) result.get("rows")).intValue() > 0, kind.path + ": its tables' rows are shown");
        }
    }

    @ParameterizedTest
    @EnumSource(PageKind.class)
    void chartTextIsAtLeastTwelvePixelsAndNothingIsCutShort(PageKind kind) {
        site.chromium().viewport(LayoutBrowserTest.PHONE);
        HeadlessChromium chromium = site.open(kind);
        List<?> small = (List<?>) chromium.script("""
                return [...document.querySelectorAll('svg text')].map(t => {
                        const px = parseFloat(getComputedStyle(t).fontSize) * t.getScreenCTM().a;
                        return [t.textContent, px];
                    }).filter(([text, px]) => px < 12)
                    .slice(0, 5).map(([text, px]) => text + ' at ' + px.toFixed(2) + ' px');
                """);
        assertEquals(List.of(), small, kind.path + ": chart text smaller than 12 px at 375 px");
        List<?> cut = (List<?>) chromium.script("""
                const cut = [...document.querySelectorAll('svg text')]
                    .filter(t => /…|\\.\\.\\.$/.test(t.textContent)).map(t => 'chart: ' + t.textContent);
                for (const e of document.querySelectorAll('main *'))
                    if (getComputedStyle(e).textOverflow === 'ellipsis' && e.scrollWidth > e.clientWidth)
                        cut.push(e.tagName.toLowerCase() + ': ' + e.textContent.slice(0, 40));
                return cut.slice(0, 5);
                """);
        assertEquals(List.of(), cut, kind.path + ": text cut short");
        assertTrue(chromium.number("return document.querySelectorAll('svg text').length") > 0
                || chromium.number("return document.querySelectorAll('svg').length") == 0, kind.path);
    }

    @Test
    void theChartsOfTheDepartmentPageAreMeasured() {
        site.chromium().viewport(LayoutBrowserTest.PHONE);
        HeadlessChromium chromium = site.open(PageKind.DEPARTMENT);
        assertTrue(chromium.number("return document.querySelectorAll('svg text').length") > 20,
                "the department page has charts with text, so the 12 px rule is measured on something");
        double smallest = chromium.decimal("""
                return Math.min(...[...document.querySelectorAll('svg text')]
                    .map(t => parseFloat(getComputedStyle(t).fontSize) * t.getScreenCTM().a));
                """);
        assertTrue(smallest >= 12 && smallest < 13, "smallest chart text " + smallest + " px");
    }

    @Test
    void aLongChartLabelWrapsOntoFurtherLinesInsteadOfBeingCut() {
        site.chromium().viewport(LayoutBrowserTest.PHONE);
        HeadlessChromium chromium = site.chromium();
        chromium.open(site.file("2019/units/shrss-employment.html"));
        String name = (String) chromium.script(
                "return document.querySelector('#chart-unit-projects table tbody th').textContent.trim()");
        List<?> lines = (List<?>) chromium.script("""
                return [...document.querySelectorAll('#chart-unit-projects svg text')].map(t => t.textContent)
                    .filter(t => !/ (亿元|万元|元)$/.test(t));
                """);
        assertTrue(lines.size() >= 2, "the project's name is longer than one line of the chart: " + lines);
        assertEquals(name, String.join("", lines.stream().map(String::valueOf).toList()),
                "the name's lines together are the whole name");
    }

    @Test
    void onAPhoneATableIsOneBlockPerRowAndTheTableAsPublishedIsOneTapAway() {
        site.chromium().viewport(LayoutBrowserTest.PHONE);
        HeadlessChromium chromium = site.open(PageKind.DEPARTMENT);
        String region = "document.querySelector('#table-1 .table-scroll')";
        assertEquals(0, chromium.number("return " + region + ".scrollWidth - " + region + ".clientWidth"),
                "stacked, the 财务收支预算总表 needs no sideways scrolling");
        assertEquals("block", chromium.script("return getComputedStyle(" + region + ".querySelector('tr')).display"));
        assertEquals("本年收入 · 预算数：", chromium.script("return getComputedStyle(" + region
                + ".querySelector('tbody td.num'), '::before').content").toString().replace("\"", ""));
        chromium.script("document.querySelector('#table-3').scrollIntoView()");
        BundledSiteInBrowser.saveForReview("department-375-stacked-table.png", chromium.viewportScreenshot());
        chromium.script("document.querySelector('#chart-functional').scrollIntoView()");
        BundledSiteInBrowser.saveForReview("department-375-chart.png", chromium.viewportScreenshot());

        site.open(PageKind.PROJECT).script("document.querySelector('#indicators').scrollIntoView()");
        BundledSiteInBrowser.saveForReview("project-375-stacked-indicators.png", chromium.viewportScreenshot());
        site.open(PageKind.DEPARTMENT);
        chromium.script("document.querySelector('#table-1 .to-full').click()");
        assertTrue(chromium.number("return " + region + ".scrollWidth - " + region + ".clientWidth") > 50,
                "one tap shows the table as published, scrolling sideways in its region");
        assertEquals("table-row", chromium.script("return getComputedStyle(" + region + ".querySelector('tr')).display"));
        chromium.script("document.querySelector('#table-1 .to-rows').click()");
        assertEquals("block", chromium.script("return getComputedStyle(" + region + ".querySelector('tr')).display"),
                "and one more tap goes back to one block per row");
    }
}
