package org.opendisclosure.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;

/**
 * Every kind of page used with the keyboard alone: the first Tab reaches the skip link, which is
 * then visible and moves focus to the main content; Tab then walks every link, scrolling table and
 * search field and button in document order, each showing where the focus is.
 */
class KeyboardBrowserTest {

    @RegisterExtension
    static final BundledSiteInBrowser site = new BundledSiteInBrowser();

    /** What the page would give focus to with Tab, in document order: links, scrolling tables, the forms' fields. */
    private static final String TAB_STOPS = "[...document.querySelectorAll('a[href], [tabindex=\"0\"], input, select, button')]"
            + ".filter(e => e.getClientRects().length > 0 || e.classList.contains('skip-link'))";

    @ParameterizedTest
    @EnumSource(PageKind.class)
    void theFirstTabReachesTheSkipLinkWhichMovesFocusToTheMainContent(PageKind kind) {
        site.chromium().viewport(LayoutBrowserTest.PHONE);
        HeadlessChromium chromium = site.open(kind);
        tab(chromium);
        assertEquals("skip-link", chromium.script("return document.activeElement.className"), kind.path);
        assertTrue((Boolean) chromium.script("""
                const r = document.activeElement.getBoundingClientRect();
                return r.left >= 0 && r.top >= 0 && r.right <= innerWidth && r.width > 0;
                """), kind.path + ": the focused skip link is shown");
        BundledSiteInBrowser.saveForReview("focus-skip-link-" + kind.slug() + ".png", chromium.viewportScreenshot());

        new Actions(chromium.driver()).sendKeys(Keys.ENTER).perform();
        assertEquals("main", chromium.script("return document.activeElement.id"), kind.path);
        tab(chromium);
        assertTrue((Boolean) chromium.script("return document.querySelector('main').contains(document.activeElement)"),
                kind.path + ": the next Tab goes into the main content, not back to the header");
    }

    @ParameterizedTest
    @EnumSource(PageKind.class)
    void tabWalksEveryLinkAndScrollingTableInOrderShowingTheFocus(PageKind kind) {
        site.chromium().viewport(LayoutBrowserTest.DESKTOP);
        HeadlessChromium chromium = site.open(kind);
        long stops = chromium.number("return " + TAB_STOPS + ".length");
        List<String> unmarked = new ArrayList<>();
        for (int i = 0; i < stops; i++) {
            tab(chromium);
            Object expected = chromium.script("return " + TAB_STOPS + "[arguments[0]] === document.activeElement", i);
            assertEquals(Boolean.TRUE, expected, kind.path + ": Tab stop " + (i + 1) + " of " + stops + " is "
                    + chromium.script("return document.activeElement.outerHTML.slice(0, 120)"));
            if (!(Boolean) chromium.script("""
                    const s = getComputedStyle(document.activeElement);
                    const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2
                        && !s.outlineColor.endsWith(', 0)') && s.outlineColor !== 'transparent';
                    return outline || s.boxShadow !== 'none';
                    """)) {
                unmarked.add((String) chromium.script("return document.activeElement.outerHTML.slice(0, 120)"));
            }
        }
        assertEquals(List.of(), unmarked, kind.path + ": focused elements without a visible focus indicator");
    }

    private static void tab(HeadlessChromium chromium) {
        new Actions(chromium.driver()).sendKeys(Keys.TAB).perform();
    }
}
