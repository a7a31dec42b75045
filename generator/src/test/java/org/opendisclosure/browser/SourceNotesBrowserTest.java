package org.opendisclosure.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.opendisclosure.ImportedSite;

/**
 * The source notes of imported figures (来源单元格, {@link ImportedSite}) in a real browser: the note
 * under a table opens by keyboard (Enter on its summary) and shows the cells; with every note open,
 * axe finds no WCAG 2.1 AA violation, on a phone's and on a desktop's width.
 */
class SourceNotesBrowserTest {

    @RegisterExtension
    static final SiteInBrowser site = new SiteInBrowser(ImportedSite::render);

    @ParameterizedTest
    @ValueSource(ints = {375, 1280})
    void openNotesHaveNoWcag21AaViolation(int width) {
        site.chromium().viewport(width);
        for (String page : ImportedSite.TRACED_PAGES) {
            WebDriver driver = site.chromium().driver();
            site.chromium().open(site.file(page));
            ((JavascriptExecutor) driver).executeScript(
                    "document.querySelectorAll('details.cell-sources').forEach(d => d.open = true);");
            List<String> violations = AxeCheck.violations(driver);
            assertEquals(List.of(), violations, page + " at " + width + " px");
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {375})
    void aNoteOpensFromTheKeyboardAndNamesTheCells(int width) {
        site.chromium().viewport(width);
        WebDriver driver = site.chromium().driver();
        site.chromium().open(site.file("2019/departments/shrss.html"));
        WebElement note = driver.findElement(By.cssSelector("#table-8 details.cell-sources"));
        WebElement summary = note.findElement(By.tagName("summary"));
        assertTrue(note.findElements(By.cssSelector("li")).stream().noneMatch(WebElement::isDisplayed),
                "closed at first");
        summary.sendKeys(org.openqa.selenium.Keys.ENTER);
        List<WebElement> items = note.findElements(By.cssSelector("li"));
        assertTrue(!items.isEmpty() && items.get(0).isDisplayed(), "open after Enter");
        assertEquals("2019年“三公”经费预算数 - 合计：三公!A7", items.get(0).getText());
    }
}
