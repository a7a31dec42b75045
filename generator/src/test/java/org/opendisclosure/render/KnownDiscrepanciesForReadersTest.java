package org.opendisclosure.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendisclosure.FixtureSite;

/**
 * The 已知差异 boxes of the bundled site are for readers: Chinese labels, never a key path such as
 * {@code funding.annual_total} or {@code indicators[0]} (those are for editors' messages).
 */
class KnownDiscrepanciesForReadersTest {

    /** Something only a key path looks like: ASCII words joined by dots, brackets or underscores. */
    private static final Pattern KEY_PATH = Pattern.compile("[A-Za-z]+(_[A-Za-z]+|\\.[A-Za-z_]+|\\[\\d*])");

    @TempDir
    Path dir;

    @Test
    void noBoxShowsAKeyPath() throws IOException {
        Path site = FixtureSite.renderBundled(dir.resolve("site"));
        List<String> items = new ArrayList<>();
        List<String> withKeyPaths = new ArrayList<>();
        for (Path page : NuHtmlChecker.pagesOf(site)) {
            for (Element item : Jsoup.parse(page.toFile()).select("section.notice li")) {
                items.add(item.text());
                if (KEY_PATH.matcher(item.text()).find()) {
                    withKeyPaths.add(site.relativize(page) + ": " + item.text());
                }
            }
        }
        assertTrue(items.size() >= 3, "known discrepancies found: " + items);
        assertEquals(List.of(), withKeyPaths);
    }
}
