package org.opendisclosure.browser;

import java.util.ArrayList;
import java.util.List;

import org.openqa.selenium.WebDriver;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;

/**
 * Runs axe-core (bundled in Deque's Selenium integration, injected into the page; nothing is
 * fetched) with the WCAG 2.1 level A and AA rules, and describes each violation on one line.
 */
final class AxeCheck {

    /** The rules for WCAG 2.0 and 2.1, levels A and AA. */
    static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private AxeCheck() {
    }

    /**
     * One line per element that breaks a rule: rule id, impact, the element's selector, what the
     * rule asks and what axe found.
     */
    static List<String> violations(WebDriver driver) {
        Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(driver);
        if (results.isErrored()) {
            throw new AssertionError("axe-core could not run: " + results.getErrorMessage());
        }
        List<String> lines = new ArrayList<>();
        for (Rule rule : results.getViolations()) {
            for (CheckedNode node : rule.getNodes()) {
                lines.add(rule.getId() + " [" + rule.getImpact() + "] at " + node.getTarget() + ": " + rule.getHelp()
                        + " — " + String.valueOf(node.getFailureSummary()).replace('\n', ' ') + " (" + rule.getHelpUrl()
                        + ")");
            }
        }
        return lines;
    }
}
