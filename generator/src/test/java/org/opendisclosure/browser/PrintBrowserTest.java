package org.opendisclosure.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every kind of page printed (CSS print media, emulated through the DevTools protocol): no
 * navigation; tables whole, with their headings (not their totals) on every page; the address
 * of each link leaving the site written out. Leaves a PDF of each in {@code target/screenshots/}.
 */
class PrintBrowserTest {

    @RegisterExtension
    static final BundledSiteInBrowser site = new BundledSiteInBrowser();

    @AfterEach
    void backToScreen() {
        site.chromium().emulateMedia("");
    }

    @ParameterizedTest
    @EnumSource(PageKind.class)
    void printingShowsTheContentWithoutNavigation(PageKind kind) {
        site.chromium().viewport(LayoutBrowserTest.DESKTOP);
        HeadlessChromium chromium = site.open(kind);
        assertNotEquals("none", display(chromium, ".site-header"), "on screen, " + kind.path + " has its header");
        chromium.emulateMedia("print");

        List<?> shown = (List<?>) chromium.script("""
                return [...document.querySelectorAll('nav, .site-header, .skip-link, .site-footer')]
                    .filter(e => getComputedStyle(e).display !== 'none').map(e => e.outerHTML.slice(0, 80));
                """);
        assertEquals(List.of(), shown, kind.path + ": navigation printed");
        assertEquals("block", display(chromium, "main"), kind.path);
        BundledSiteInBrowser.saveForReview("print-" + kind.slug() + ".pdf", chromium.printToPdf());
    }

    @ParameterizedTest
    @EnumSource(PageKind.class)
    void printedTablesKeepRowsWholeAndRepeatTheirHeadingsButNotTheirTotals(PageKind kind) {
        site.chromium().viewport(LayoutBrowserTest.DESKTOP);
        HeadlessChromium chromium = site.open(kind);
        chromium.emulateMedia("print");
        List<?> wrong = (List<?>) chromium.script("""
                const wrong = [];
                for (const table of document.querySelectorAll('table')) {
                    const name = table.caption ? table.caption.textContent : table.outerHTML.slice(0, 60);
                    if (table.tHead && getComputedStyle(table.tHead).display !== 'table-header-group')
                        wrong.push(name + ': thead not repeated');
                    if (table.tFoot && getComputedStyle(table.tFoot).display !== 'table-row-group')
                        wrong.push(name + ': the total repeated on every page');
                    for (const row of table.rows)
                        if (getComputedStyle(row).breakInside !== 'avoid') { wrong.push(name + ': a row may break'); break; }
                    const region = table.closest('.table-scroll');
                    if (region && getComputedStyle(region).overflowX !== 'visible')
                        wrong.push(name + ': cut at the scrolling region');
                }
                for (const chart of document.querySelectorAll('figure.chart'))
                    if (getComputedStyle(chart).breakInside !== 'avoid') wrong.push(chart.id + ': chart may part from its table');
                return wrong;
                """);
        assertEquals(List.of(), wrong, kind.path);
    }

    /**
     * The bundled content links to no outside document yet, so the test adds such a link (as a
     * 资料来源 with a URL would render) to a page and prints it.
     */
    @ParameterizedTest
    @EnumSource(PageKind.class)
    void printedLinksLeavingTheSiteShowTheirAddressAndOthersDoNot(PageKind kind) {
        site.chromium().viewport(LayoutBrowserTest.DESKTOP);
        HeadlessChromium chromium = site.open(kind);
        chromium.script("""
                document.querySelector('main').insertAdjacentHTML('beforeend',
                    '<p><a id="outside" href="https://www.example.gov.cn/budget.pdf">原文</a></p>');
                """);
        assertEquals("none", afterContent(chromium, "#outside"), "on screen the address is not repeated");
        chromium.emulateMedia("print");
        assertEquals("\" (https://www.example.gov.cn/budget.pdf)\"", afterContent(chromium, "#outside"), kind.path);
        List<?> inside = (List<?>) chromium.script("""
                return [...document.querySelectorAll('main a:not([href^="http"])')]
                    .filter(a => getComputedStyle(a, '::after').content !== 'none').map(a => a.getAttribute('href'));
                """);
        assertEquals(List.of(), inside, kind.path + ": links within the site print as text only");
    }

    private static String afterContent(HeadlessChromium chromium, String selector) {
        return (String) chromium.script("return getComputedStyle(document.querySelector(arguments[0]), '::after').content",
                selector);
    }

    private static String display(HeadlessChromium chromium, String selector) {
        return (String) chromium.script("return getComputedStyle(document.querySelector(arguments[0])).display",
                selector);
    }
}
