package org.opendisclosure.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.opendisclosure.HostileSite;

/**
 * The hostile fixture ({@link HostileSite}: script-injection vectors in every text field)
 * rendered and opened in a real browser, page by page: no JavaScript dialog appears, no script
 * other than the site's own is in the page or put there later, nothing throws, the site's own
 * scripts run, the title stays the page's; also after Tab has given every link the focus. The
 * search page, when the site has one, is opened with hostile queries and typed into.
 * {@link HostileContentTest} parses the same pages without a browser.
 *
 * <p>How dialogs and script are detected is in {@link DialogWatch}; the tests at the end show that
 * the detection works, on small pages that do run script, so the tests above cannot pass for
 * want of looking.
 */
class HostileContentBrowserTest {

    @RegisterExtension
    static final SiteInBrowser site = new SiteInBrowser(
            work -> HostileSite.in(work).rendered().output(), DialogWatch.BEHAVIOUR);

    /** Where a server shows the 404 page: a missing address two folders deep. */
    private static final String MISSING = "2024/projects/no-such-project.html";

    /** Words of the vectors a reader might search for, and whole vectors, as a search query. */
    private static final List<String> QUERIES = Stream.concat(Stream.of("onerror", "alert", "script", "javascript",
            "名称"), HostileSite.VECTORS.subList(0, 3).stream()).toList();

    private static DialogWatch watch;

    @BeforeAll
    static void watch() {
        if (site.chromium() != null) {
            watch = new DialogWatch(site.chromium());
        }
    }

    @TestFactory
    Stream<DynamicTest> noPageRunsScriptFromContent() throws IOException {
        List<String> pages = sitePaths(".html");
        assertTrue(pages.size() >= 8, "pages: " + pages);
        List<DynamicTest> tests = new ArrayList<>();
        for (String page : pages) {
            tests.add(dynamicTest(page, () -> assertClean(site.file(page), titleOf(page))));
        }
        tests.add(dynamicTest("404.html served at " + MISSING,
                () -> assertClean(site.served(MISSING), titleOf("404.html"))));
        return tests.stream();
    }

    /**
     * A search page runs the site's own script on what the reader typed, over an index holding
     * the hostile names: the likeliest place for content to turn into markup. Every site has one.
     */
    @TestFactory
    Stream<DynamicTest> searchingForTheVectorsRunsNoScriptFromContent() throws IOException {
        List<String> searchPages = sitePaths(".html").stream().filter(p -> p.equals("search.html")).toList();
        assertEquals(List.of("search.html"), searchPages, "the site's search page");
        List<DynamicTest> tests = new ArrayList<>();
        for (String page : searchPages) {
            for (String query : QUERIES) {
                tests.add(dynamicTest(page + "?q=" + query, () -> {
                    URI url = URI.create(site.file(page) + "?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
                    // The title is not checked: a search page may well name the query in it.
                    DialogWatch.Observation seen = assertClean(url, null);
                    assertTrue(seen.ownScriptsRun() > 0, page + " runs the site's own script: " + seen.ownScripts());
                    if (query.equals("alert")) {
                        // Nearly every hostile name has "alert" in it: the results show them, as text.
                        assertTrue(seen.text().toLowerCase(Locale.ROOT).contains(query),
                                page + "?q=" + query + " shows the query or what it found: " + seen.text());
                    }
                }));
            }
            tests.add(dynamicTest(page + ", typing the vectors into its search field", () -> {
                watch.open(site.file(page));
                assertTrue(watch.textFields() > 0, page + " has a field to type a query into");
                for (String vector : HostileSite.VECTORS) {
                    assertEquals(List.of(), watch.typeIntoEveryTextField(vector).problems(null),
                            page + " after typing " + vector);
                }
            }));
        }
        return tests.stream();
    }

    /**
     * The indicator browser shows indicators and project names from content, filtered by what the
     * reader typed: with the vectors as its keyword, it shows the hostile rows, as text.
     */
    @Test
    void filteringTheIndicatorsForTheVectorsRunsNoScriptFromContent() {
        URI url = URI.create(site.file("indicators.html") + "?q=alert");
        DialogWatch.Observation seen = assertClean(url, null);
        assertTrue(seen.ownScriptsRun() > 0, "indicators.html runs the site's own script: " + seen.ownScripts());
        assertTrue(seen.text().toLowerCase(Locale.ROOT).contains("onerror=alert"), "the hostile rows, as text: "
                + seen.text());
        watch.open(site.file("indicators.html"));
        for (String vector : HostileSite.VECTORS) {
            assertEquals(List.of(), watch.typeIntoEveryTextField(vector).problems(null), "after typing " + vector);
        }
    }

    /**
     * Opens {@code url}, then tabs through its links; nothing may show that script ran, and the
     * title stays {@code title} (null: not checked).
     */
    private static DialogWatch.Observation assertClean(URI url, String title) {
        DialogWatch.Observation loaded = watch.open(url);
        assertEquals(List.of(), loaded.problems(title), url + " after loading");
        DialogWatch.Observation tabbed = watch.tabThroughEveryLink();
        assertEquals(List.of(), tabbed.problems(title), url + " after Tab through every link");
        assertEquals(List.of(), tabbed.unfocusedLinks(), url + ": links Tab never reached");
        return tabbed;
    }

    /** The page's title as written in its file. */
    private static String titleOf(String page) throws IOException {
        return Jsoup.parse(site.root().resolve(page).toFile(), "UTF-8").title();
    }

    private static List<String> sitePaths(String suffix) throws IOException {
        try (Stream<Path> walk = Files.walk(site.root())) {
            return walk.filter(p -> p.toString().endsWith(suffix)).map(p -> site.root().relativize(p).toString()
                    .replace('\\', '/')).sorted().toList();
        }
    }

    // The detection itself: pages that do run script, each of which must be caught.

    @TempDir
    Path probes;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            inline script            | <script>alert('caught')</script>                                        | dialog (hook): alert(caught)
            image error, after load  | <img src="missing.png" onerror="alert('caught')">                        | dialog (hook): alert(caught)
            handler on a timer       | <img src="missing.png" onerror="setTimeout(() => confirm('caught'), 0)"> | dialog (hook): confirm(caught)
            svg onload               | <svg onload="prompt('caught')"></svg>                                   | dialog (hook): prompt(caught)
            body onload              | <body onload="print()">                                                 | dialog (hook): print()
            frame                    | <iframe srcdoc="<script>alert('caught')</script>"></iframe>              | dialog (browser): caught
            fresh frame's alert      | <script>document.body.appendChild(document.createElement('iframe')).contentWindow.alert('caught')</script> | dialog (browser): caught
            script inserted later    | <script src="assets/insert.js"></script>                                | markup: script: <script>
            handler inserted later   | <script src="assets/handler.js"></script>                               | markup: event handler: <img
            javascript: link         | <a href=" JaVa&#x09;ScRiPt:void(0)">x</a>                                | markup: script URL: <a
            script in a style        | <p style="background:url(javascript:void(0))">x</p>                     | markup: script in style: <p
            own script that throws   | <script src="assets/throws.js"></script>                                | uncaught error: 
            own script missing       | <script src="assets/missing.js"></script>                               | own script: assets/missing.js: failed to load
            title changed            | <script src="assets/title.js"></script>                                 | title changed: "probe" is now "caught"
            """)
    void theWatchCatchesScriptThatRan(String how, String body, String expected) {
        List<String> problems = watch.open(probe(body)).problems("probe");
        assertTrue(problems.stream().anyMatch(p -> p.startsWith(expected)), how + ": expected " + expected
                + " in " + problems);
    }

    @Test
    void theWatchCatchesADialogThatOnlyFocusOpens() {
        DialogWatch.Observation loaded = watch.open(probe("<a href=\"#\" onfocus=\"alert('caught')\">x</a>"));
        assertEquals(List.of(), loaded.dialogs(), "nothing before the focus");
        assertTrue(watch.tabThroughEveryLink().dialogs().contains("alert(caught)"));
    }

    @Test
    void aPageWhoseOwnScriptRunsCleanlyHasNoProblem() {
        DialogWatch.Observation seen = watch.open(probe("<a href=\"#\">x</a><script src=\"assets/harmless.js\"></script>"));
        assertEquals(List.of(), seen.problems("probe"));
        assertEquals(List.of("assets/harmless.js: ran"), seen.ownScripts());
        assertEquals(List.of(), watch.tabThroughEveryLink().unfocusedLinks());
    }

    @Test
    void aDialogLeftOpenByTheBrowserIsFoundAndClosedBeforeTheNextPage() {
        watch.open(probe("<iframe srcdoc=\"<script>alert('first')</script>\"></iframe>"));
        assertEquals(List.of(), watch.open(probe("<p>clean</p>")).problems("probe"));
    }

    /** A page with {@code body}, and the scripts the probes use under {@code assets/}. */
    private URI probe(String body) {
        try {
            Path assets = Files.createDirectories(probes.resolve("assets"));
            Files.writeString(assets.resolve("insert.js"), """
                    const s = document.createElement('script');
                    s.textContent = 'void 0';
                    document.body.appendChild(s);
                    s.remove();
                    """);
            Files.writeString(assets.resolve("handler.js"),
                    "document.body.insertAdjacentHTML('beforeend', '<img src=\"x.png\" onmouseover=\"x()\">');");
            Files.writeString(assets.resolve("throws.js"), "throw new Error('caught');");
            Files.writeString(assets.resolve("title.js"), "document.title = 'caught';");
            Files.writeString(assets.resolve("harmless.js"), "document.body.dataset.ran = 'yes';");
            Path page = Files.createTempFile(probes, "probe", ".html");
            Files.writeString(page, "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>probe</title>"
                    + "</head><body>" + body + "</body></html>");
            return page.toUri();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
