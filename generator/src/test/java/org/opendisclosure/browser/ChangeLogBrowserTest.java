package org.opendisclosure.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;

/**
 * The 更新于 line at the foot of every page, on a phone: shown, and its link taken with the
 * keyboard alone leads to the change-log entry that changed the page, scrolled into view. (The
 * change-log page itself is one of the {@link PageKind}s every browser test visits: axe, widths,
 * keyboard.)
 */
class ChangeLogBrowserTest {

    @RegisterExtension
    static final BundledSiteInBrowser site = new BundledSiteInBrowser();

    @ParameterizedTest
    @EnumSource(value = PageKind.class, names = {"NOT_FOUND"}, mode = EnumSource.Mode.EXCLUDE)
    void everyPageSaysWhenItsFiguresLastChanged(PageKind kind) {
        site.chromium().viewport(LayoutBrowserTest.PHONE);
        HeadlessChromium chromium = site.open(kind);
        String line = (String) chromium.script("""
                const p = document.querySelector('.site-footer .page-updated');
                return p && p.getClientRects().length > 0 ? p.innerText : null;""");
        assertTrue(line != null && line.matches("更新于 \\d{4}-\\d{2}-\\d{2}（这次更新改了什么）"),
                kind.path + ": " + line);
    }

    @Test
    void theUpdatedLinkLeadsByKeyboardToTheEntryThatChangedThePage() {
        site.chromium().viewport(LayoutBrowserTest.PHONE);
        HeadlessChromium chromium = site.open(PageKind.PROJECT);
        chromium.script("document.querySelector('.page-updated a').focus()");
        new Actions(chromium.driver()).sendKeys(Keys.ENTER).perform();
        chromium.await("return location.pathname.endsWith('changes.html') && document.readyState === 'complete'",
                "the change log opens");
        String entry = (String) chromium.script("""
                const target = document.querySelector(':target');
                const r = target.getBoundingClientRect();
                return r.top >= 0 && r.top < innerHeight ? target.innerText : null;""");
        assertTrue(entry != null && entry.contains("补充社会保险经办服务项目") && entry.contains("新增项目"),
                "the entry of the revision that added the project, in view: " + entry);
        assertEquals(2L, chromium.number("return document.querySelectorAll('.change-log > li').length"));
    }
}
