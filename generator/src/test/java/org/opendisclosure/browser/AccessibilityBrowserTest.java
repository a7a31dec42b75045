package org.opendisclosure.browser;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * WCAG 2.1 AA as axe-core checks it, on every kind of page, in a real browser at a phone's and at
 * a desktop's width (some rules, such as scrollable regions, depend on the layout).
 */
class AccessibilityBrowserTest {

    @RegisterExtension
    static final BundledSiteInBrowser site = new BundledSiteInBrowser();

    @ParameterizedTest
    @EnumSource(PageKind.class)
    void axeFindsNoWcag21AaViolationOnAPhone(PageKind kind) {
        site.chromium().viewport(375);
        assertNoViolation(kind, AxeCheck.violations(site.open(kind).driver()));
    }

    @ParameterizedTest
    @EnumSource(PageKind.class)
    void axeFindsNoWcag21AaViolationOnADesktop(PageKind kind) {
        site.chromium().viewport(1280);
        assertNoViolation(kind, AxeCheck.violations(site.open(kind).driver()));
    }

    private static void assertNoViolation(PageKind kind, List<String> violations) {
        if (!violations.isEmpty()) {
            fail(violations.size() + " WCAG 2.1 AA violation(s) on " + kind.path + ":\n" + String.join("\n", violations));
        }
    }
}
