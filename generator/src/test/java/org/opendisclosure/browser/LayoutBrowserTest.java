package org.opendisclosure.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every kind of page on a phone (375 px) and on a desktop (1280 px): nothing overflows the
 * viewport sideways, wide tables shown as published scroll inside their own region with the row headings
 * kept in view ({@link PhoneTablesAndChartsBrowserTest} measures the phone's one-block-per-row tables), and the relative link to the stylesheet works from every depth. Leaves a full-page screenshot of each in
 * {@code target/screenshots/} for people to look at.
 */
class LayoutBrowserTest {

    static final int PHONE = 375;
    static final int DESKTOP = 1280;

    @RegisterExtension
    static final BundledSiteInBrowser site = new BundledSiteInBrowser();

    static Stream<Arguments> pagesAtBothWidths() {
        return Stream.of(PageKind.values())
                .flatMap(kind -> Stream.of(Arguments.of(kind, PHONE), Arguments.of(kind, DESKTOP)));
    }

    @ParameterizedTest(name = "{0} at {1} px")
    @MethodSource("pagesAtBothWidths")
    void nothingOverflowsTheViewportSideways(PageKind kind, int width) {
        site.chromium().viewport(width);
        HeadlessChromium chromium = site.open(kind);
        BundledSiteInBrowser.saveForReview(kind.slug() + "-" + width + ".png", chromium.fullPageScreenshot());
        assertEquals(width, chromium.number("return window.innerWidth"), "viewport");
        List<?> wider = (List<?>) chromium.script("""
                const limit = document.documentElement.clientWidth;
                return [...document.querySelectorAll('body *')]
                    .filter(e => !e.closest('.table-scroll') && e.getBoundingClientRect().right > limit + 0.5)
                    .slice(0, 5).map(e => e.tagName.toLowerCase() + (e.className ? '.' + e.className : '')
                        + ' ends at ' + Math.round(e.getBoundingClientRect().right));
                """);
        assertEquals(List.of(), wider, kind.path + ": elements wider than the viewport");
        assertEquals(width, chromium.number("return document.documentElement.scrollWidth"),
                kind.path + ": the page scrolls sideways");
    }

    @Test
    void aWideTableScrollsInsideItsRegionWithItsRowHeadingsKeptInView() {
        site.chromium().viewport(PHONE);
        HeadlessChromium chromium = site.open(PageKind.FUNCTIONS_INDEX);
        String region = "document.querySelector('#functions .table-scroll')";
        // On a phone the table shows one block per row; one tap shows it as published.
        chromium.script("document.querySelector('#functions .to-full').click()");
        assertTrue(chromium.number("return " + region + ".scrollWidth - " + region + ".clientWidth") > 100,
                "the table of functional codes is wider than a phone");
        assertEquals("0", chromium.script("return " + region + ".getAttribute('tabindex')"));
        assertEquals("region", chromium.script("return " + region + ".getAttribute('role')"));
        String name = (String) chromium.script("return document.getElementById(" + region
                + ".getAttribute('aria-labelledby')).textContent");
        assertTrue(name.contains("支出功能分类科目"), name);

        chromium.script(region + ".scrollLeft = 400");
        double regionLeft = chromium.decimal("return " + region + ".getBoundingClientRect().left");
        double headingLeft = chromium.decimal("return " + region + ".querySelector('tbody th').getBoundingClientRect().left");
        assertEquals(regionLeft, headingLeft, 1, "the row heading sticks to the region's left edge");
        chromium.script(region + ".scrollIntoView()");
        BundledSiteInBrowser.saveForReview("functions-index-375-scrolled-table.png", chromium.viewportScreenshot());
    }

    @ParameterizedTest
    @EnumSource(PageKind.class)
    void everyPageIsStyledByTheSitesOwnStylesheetFromFileUrls(PageKind kind) {
        site.chromium().viewport(DESKTOP);
        HeadlessChromium chromium = site.open(kind);
        assertEquals(List.of(site.stylesheet(kind).toString()),
                chromium.script("return [...document.styleSheets].map(s => s.href)"), kind.path);
        assertEquals("rgb(255, 255, 255)", chromium.script(
                "return getComputedStyle(document.querySelector('.site-title')).color"), "the stylesheet applies");
    }
}
