package org.opendisclosure.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendisclosure.FixtureSite;
import org.opendisclosure.diff.BundledHistory;
import org.opendisclosure.HostileSite;
import org.opendisclosure.ImportedSite;

/**
 * Every page of the bundled site and of the hostile fixture site, and the pages of a site with
 * imported figures ({@link ImportedSite}, with its source notes), are valid HTML to the W3C Nu HTML
 * Checker: 0 errors. The checker runs offline, in a forked JVM ({@link NuHtmlChecker}); the last
 * test shows that it does report errors, so that the first two cannot pass for want of looking.
 */
class NuHtmlCheckerTest {

    @TempDir
    Path work;

    @Test
    void everyPageOfTheBundledSiteIsValid() {
        // With its change log (更新记录 and the 更新于 lines), built from a repository of its own.
        Path site = BundledHistory.render(work.resolve("bundled"));
        List<Path> pages = NuHtmlChecker.pagesOf(site);
        assertEveryKindOfPage(site, pages);
        assertEquals("", String.join("\n", NuHtmlChecker.errors(pages, work)));
    }

    @Test
    void everyPageOfTheHostileSiteIsValid() {
        Path site = HostileSite.in(work.resolve("hostile")).rendered().output();
        List<Path> pages = NuHtmlChecker.pagesOf(site);
        assertTrue(pages.size() >= 8, "pages: " + pages);
        assertEquals("", String.join("\n", NuHtmlChecker.errors(pages, work)));
    }

    @Test
    void thePagesWithSourceNotesOfImportedFiguresAreValid() {
        Path site = ImportedSite.render(work.resolve("imported"));
        List<Path> pages = ImportedSite.TRACED_PAGES.stream().map(site::resolve).toList();
        for (Path page : pages) {
            assertTrue(readString(page).contains("class=\"cell-sources\""), page + " shows its sources");
        }
        assertEquals("", String.join("\n", NuHtmlChecker.errors(pages, work)));
    }

    private static String readString(Path page) {
        try {
            return Files.readString(page);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void theCheckerReportsAnInvalidPage() throws IOException {
        Path page = Files.writeString(work.resolve("bad.html"), """
                <!DOCTYPE html><html lang="zh"><head><title>x</title></head>
                <body><svg xmlns:jfreesvg="http://www.jfree.org/jfreesvg/svg"></svg><p><div>x</div></p></body></html>
                """);
        List<String> errors = NuHtmlChecker.errors(List.of(page), work);
        assertTrue(errors.stream().anyMatch(e -> e.contains("xmlns:jfreesvg")), String.join("\n", errors));
        assertTrue(errors.stream().allMatch(e -> e.contains("bad.html")), String.join("\n", errors));
    }

    /** The pages checked include one of every kind the site has (the browser tests' list). */
    private static void assertEveryKindOfPage(Path site, List<Path> pages) {
        for (String kind : List.of("index.html", "2019/index.html", "2019/departments/shrss.html",
                "2019/units/shrss-social-insurance.html", "2019/projects/social-insurance-services.html",
                "2024/projects/hotline-12333.html", "2019/functions/208.html", "2019/functions/2080101.html",
                "2019/functions/index.html", "data/index.html", "search.html", "404.html", "changes.html",
                "indicators.html", "2024/indicators/c34ed4f5.html")) {
            assertTrue(pages.contains(site.resolve(kind)), "no page " + kind + " among " + pages.size() + " pages");
        }
    }
}
