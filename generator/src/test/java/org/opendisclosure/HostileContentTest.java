package org.opendisclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Content is untrusted: a site whose every free-text field carries script-injection vectors (in
 * the spirit of the OWASP XSS filter-evasion cheat sheet) builds without error, and no page of it
 * has executable markup: no script but the site's own, no event-handler attribute, no
 * {@code javascript:}, {@code vbscript:} or {@code data:} URL, no frame or plugin element, no form
 * but the site's own search and indicator-filter forms, in
 * HTML and in the inline SVG charts alike; and the vectors are shown as the text they are.
 */
class HostileContentTest {

    /** The vectors in the fixture's text fields (see {@link HostileSite}). */
    static final List<String> VECTORS = HostileSite.VECTORS;

    /**
     * search.html (or indicators.html, the indicator filter's) at the site's root: relative, from the host's
     * root, or from the base URL (404 page).
     */
    private static final Pattern OWN_SEARCH = Pattern.compile(
            "((\\.\\./)*|/|https?://[^\\s\"'<>]+/)(search|indicators)\\.html");
    private static final Pattern BAD_URL = Pattern.compile("^\\s*(javascript|vbscript|data):", Pattern.CASE_INSENSITIVE);

    @TempDir
    static Path dir;

    static FixtureSite site;
    static GenerationResult result;

    @BeforeAll
    static void build() {
        site = HostileSite.in(dir);
        result = site.generate();
    }

    @Test
    void theHostileSiteBuilds() {
        assertEquals("", FixtureSite.messages(result).lines().filter(l -> l.contains(": error: "))
                .reduce("", (a, b) -> a + b + "\n"));
        assertTrue(result.pagesWritten() >= 8, "pages: " + result.pagesWritten());
    }

    @Test
    void noPageHasExecutableMarkup() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path page : pages()) {
            Document doc = Jsoup.parse(page.toFile(), "UTF-8");
            String name = site.output().relativize(page).toString();
            for (Element e : doc.getAllElements()) {
                String tag = e.normalName();
                if (tag.equals("script") && !isOwnScript(e)) {
                    found.add(name + ": <script> " + e.outerHtml());
                }
                if (List.of("iframe", "frame", "object", "embed", "applet", "base", "form", "meta")
                        .contains(tag) && !(tag.equals("meta") && isPlainMeta(e)) && !isOwnSearchForm(e)) {
                    found.add(name + ": <" + tag + "> " + e.outerHtml());
                }
                for (Attribute a : e.attributes()) {
                    String key = a.getKey().toLowerCase(Locale.ROOT);
                    if (key.startsWith("on")) {
                        found.add(name + ": event handler " + e.outerHtml());
                    }
                    if (List.of("href", "src", "xlink:href", "action", "formaction", "data", "poster", "srcset")
                            .contains(key) && BAD_URL.matcher(a.getValue()).find()
                            && !CsvDataLinks.isTableDownload(e, key)) {
                        found.add(name + ": bad URL " + e.outerHtml());
                    }
                    if (key.equals("style") && a.getValue().toLowerCase(Locale.ROOT).contains("javascript")) {
                        found.add(name + ": script in style " + e.outerHtml());
                    }
                }
            }
        }
        assertEquals(List.of(), found);
    }

    @Test
    void theVectorsAreShownAsText() throws IOException {
        String project = Jsoup.parse(site.output().resolve("2024/projects/p2024.html").toFile(), "UTF-8").text();
        assertTrue(project.contains(VECTORS.get(11 % VECTORS.size()).strip()), project);
        String department = Jsoup.parse(site.output().resolve("2019/departments/dept.html").toFile(), "UTF-8").text();
        for (String vector : VECTORS) {
            assertTrue(department.contains(Jsoup.parse(vector).text().isEmpty() ? vector : vector.strip())
                    || department.contains(vector), "glossary shows " + vector);
        }
    }

    /**
     * The search index holds the vectors as JSON strings inside calls of the site's own function:
     * each file is one call, and no {@code <} of the content survives unescaped (search.js shows
     * them with textContent; SearchBrowserTest shows one as text in the results).
     */
    @Test
    void theSearchIndexHoldsTheVectorsAsDataOnly() throws IOException {
        Pattern call = Pattern.compile("OpenDisclosureSearch\\.(index|shard|documents)\\((\"[dg]-[0-9a-f]{12}\",)?[\\[{].*\\);\n",
                Pattern.DOTALL);
        List<String> found = new ArrayList<>();
        boolean vectorIndexed = false;
        try (Stream<Path> walk = Files.walk(site.output().resolve("search"))) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                String text = Files.readString(file);
                if (!call.matcher(text).matches() || text.contains("<")) {
                    found.add(site.output().relativize(file) + ": " + text.substring(0, Math.min(120, text.length())));
                }
                vectorIndexed |= text.contains("名称11 \\u003cdiv style=\\\"background:url(javascript:alert('v12'))");
            }
        }
        assertEquals(List.of(), found);
        assertTrue(vectorIndexed, "the project's hostile name is in the index, escaped");
    }

    /** The indicator browser's data holds the vectors as JSON strings inside calls of the site's own function. */
    @Test
    void theIndicatorDataHoldsTheVectorsAsDataOnly() throws IOException {
        Pattern call = Pattern.compile("OpenDisclosureIndicators\\.(index|shard)\\((\"r-[0-9a-f]{12}\",)?[\\[{].*\\);\n",
                Pattern.DOTALL);
        List<String> found = new ArrayList<>();
        boolean vectorIndexed = false;
        try (Stream<Path> walk = Files.walk(site.output().resolve("indicators"))) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                String text = Files.readString(file);
                if (!call.matcher(text).matches() || text.contains("<")) {
                    found.add(site.output().relativize(file) + ": " + text.substring(0, Math.min(120, text.length())));
                }
                vectorIndexed |= text.contains("名称11 \\u003cdiv style=\\\"background:url(javascript:alert('v12'))");
            }
        }
        assertEquals(List.of(), found);
        assertTrue(vectorIndexed, "the project's hostile name is in the data, escaped");
    }

    @Test
    void chartLabelsAreEscapedInsideSvg() throws IOException {
        // 类 208's catalogue name is vector 2 ("'><svg onload=…>"); it is in its chart's title.
        Document page = Jsoup.parse(site.output().resolve("2019/functions/208.html").toFile(), "UTF-8");
        List<String> svgTexts = page.select("figure.chart svg").stream().map(Element::text).toList();
        assertTrue(svgTexts.stream().anyMatch(t -> t.contains("名称2 " + VECTORS.get(2))),
                "the hostile name is a label, as text: " + svgTexts);
    }

    /** The site's own scripts: external files under its assets, never inline code from content. */
    private static boolean isOwnScript(Element script) {
        String src = script.attr("src");
        return !src.isEmpty() && !src.contains(":") && src.contains("assets/") && script.data().isBlank();
    }

    /**
     * The site's search form (in the header, and on the search page), or the indicator browser's filter: a GET to
     * its own search.html or indicators.html.
     */
    private static boolean isOwnSearchForm(Element form) {
        return form.normalName().equals("form") && form.attr("method").equals("get")
                && OWN_SEARCH.matcher(form.attr("action")).matches();
    }

    private static boolean isPlainMeta(Element meta) {
        return !meta.hasAttr("http-equiv") || meta.attr("http-equiv").equalsIgnoreCase("content-type");
    }

    private static List<Path> pages() throws IOException {
        try (Stream<Path> walk = Files.walk(site.output())) {
            return walk.filter(p -> p.toString().endsWith(".html") || p.toString().endsWith(".svg")).sorted()
                    .toList();
        }
    }
}
