package org.opendisclosure.browser;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.opendisclosure.FixtureSite;
import org.opendisclosure.GeneratedContent;
import org.opendisclosure.GenerationRequest;
import org.opendisclosure.GenerationResult;
import org.opendisclosure.SiteGenerator;
import org.opendisclosure.content.ContentLimits;
import org.opendisclosure.derive.SiteModel;
import org.opendisclosure.render.PlannedPage;
import org.opendisclosure.render.SitePlan;
import org.opendisclosure.search.SearchDocument;
import org.opendisclosure.search.SearchDocuments;
import org.opendisclosure.search.SearchIndexWriter;

/**
 * Search at a city's scale — a benchmark, not a test: it asserts only that the queries find
 * something, and the build runs it only when it is named ({@code -Dtest=SearchBenchmarkTest}; the
 * module's Surefire configuration excludes benchmarks otherwise), because it generates a
 * year of {@value #DEFAULT_PROJECTS} projects (change with {@code -Ddisclosure.benchmark.projects=…}),
 * builds their site (minutes) and then times queries in headless Chromium. Run it with
 *
 * <pre>
 * ./mvnw -o -pl generator test -Dtest=SearchBenchmarkTest
 * </pre>
 *
 * It reports, on standard output and in {@code target/benchmark/search-benchmark.md}: the build
 * time and the time of the search stage alone; the index's size (files, shards, chunks, the
 * largest of each, and gzip-compressed, as a web server would send it); and for each query the
 * bytes of index it loads and the time from opening {@code search.html?q=…} to the results in the
 * page, median of {@value #RUNS} runs, from {@code file://} and from a local web server that
 * compresses with gzip, the network throttled to Lighthouse's mobile profile ({@value #LATENCY_MS} ms
 * round trip, 1.6 Mbit/s down, cache off). The figures are in {@code docs/search.md}.
 */
class SearchBenchmarkTest {

    static final int DEFAULT_PROJECTS = 15_000;
    static final int RUNS = 5;
    static final int LATENCY_MS = 150;
    static final int DOWNLOAD_BYTES_PER_SECOND = 1_600_000 / 8;

    /** Queries: Chinese words of 2 and 3 characters, a number, a code, one character, two terms. */
    static final List<String> QUERIES = List.of("热线", "满意度", "12333", "2080101", "局", "养老 满意度");

    /**
     * Recorded in the page from its very start (DevTools: before any script of the page): every
     * script element added, and when the search status first says what was found.
     */
    private static final String RECORDER = """
            window.benchmark = { scripts: [], shown: null, status: '' };
            new MutationObserver(() => {
              for (const s of document.scripts) {
                if (s.src && !window.benchmark.scripts.includes(s.src)) window.benchmark.scripts.push(s.src);
              }
              const status = document.getElementById('search-status');
              if (window.benchmark.shown === null && status && /^(找到|没有找到)/.test(status.textContent)) {
                window.benchmark.shown = performance.now();
                window.benchmark.status = status.textContent;
              }
            }).observe(document, { childList: true, subtree: true, characterData: true });
            """;

    private final List<String> report = new ArrayList<>();

    @Test
    void searchAtCityScale() throws Exception {
        int projects = Integer.getInteger("disclosure.benchmark.projects", DEFAULT_PROJECTS);
        Path work = Path.of(System.getProperty("disclosure.buildDirectory", "target")).resolve("benchmark");
        Path content = work.resolve("content");
        Path site = work.resolve("site");
        BenchmarkSite.deleteTree(content);
        GeneratedContent.city(projects, content, 2024);

        Path templates = FixtureSite.repositoryRoot().resolve("templates");
        GenerationRequest request = new GenerationRequest(content, templates, site, work, ContentLimits.DEFAULT);
        long start = System.nanoTime();
        GenerationResult result = new SiteGenerator().generate(request);
        long build = System.nanoTime() - start;
        assertFalse(result.hasErrors(), FixtureSite.messages(result).lines().limit(20).reduce("", (a, b) -> a + b + "\n"));

        SiteGenerator.CheckedContent checked = new SiteGenerator().check(request);
        SiteModel model = new SiteModel(checked.content(), checked.rollups());
        List<String> pages = new SitePlan(model, checked.report(), List.of()).pages().stream().map(PlannedPage::path)
                .toList();
        start = System.nanoTime();
        List<SearchDocument> documents = SearchDocuments.of(model, pages);
        new SearchIndexWriter().files(documents);
        long searchStage = System.nanoTime() - start;

        line("## Search at city scale");
        line("");
        line("Machine: " + BenchmarkSite.machine() + ". Java " + Runtime.version() + ".");
        line("");
        line("Content: the bundled content plus %,d generated 2024 projects (%,d projects in all, %,d units, %,d search documents)."
                .formatted(projects, checked.content().projects().size(),
                        model.years().stream().mapToInt(y -> y.departments().stream()
                                .mapToInt(d -> d.units().size()).sum()).sum(), documents.size()));
        line("Build of the whole site: %.1f s, %,d pages; of which the search stage (documents and index files): %.1f s."
                .formatted(build / 1e9, result.pagesWritten(), searchStage / 1e9));
        line("");
        indexSize(site.resolve("search"));
        try (HeadlessChromium chromium = HeadlessChromium.start(BrowserInstallation.check().installation());
                StaticSiteServer server = new StaticSiteServer(site, true)) {
            line("");
            line("Queries (Chromium " + chromium.version() + ", headless, 1280 px): time from opening search.html?q=… to the"
                    + " results in the page, median of " + RUNS + " runs; index bytes the query loaded (gzip in brackets).");
            line("");
            line("| query | results | index files loaded | index bytes loaded | file:// | web server (gzip), mobile network |");
            line("| --- | --- | --- | --- | --- | --- |");
            chromium.devTools("Page.addScriptToEvaluateOnNewDocument", Map.of("source", RECORDER));
            for (String query : QUERIES) {
                Measurement local = measure(chromium, BundledSiteInBrowser.withQuery(site.resolve("search.html").toUri(),
                        "q=" + query), site, null);
                chromium.devTools("Network.enable", Map.of());
                chromium.devTools("Network.setCacheDisabled", Map.of("cacheDisabled", true));
                chromium.devTools("Network.emulateNetworkConditions", Map.of("offline", false, "latency", LATENCY_MS,
                        "downloadThroughput", DOWNLOAD_BYTES_PER_SECOND, "uploadThroughput", 750_000 / 8));
                Measurement served = measure(chromium, BundledSiteInBrowser.withQuery(server.root().resolve("search.html"),
                        "q=" + query), site, server.root());
                chromium.devTools("Network.emulateNetworkConditions", Map.of("offline", false, "latency", 0,
                        "downloadThroughput", -1, "uploadThroughput", -1));
                chromium.devTools("Network.disable", Map.of());
                line("| `%s` | %s | %d | %,d (%,d) | %d ms | %d ms |".formatted(query, local.status, local.files,
                        local.bytes, local.gzipBytes, local.millis, served.millis));
                assertTrue(local.status.startsWith("找到"), query + ": " + local.status);
            }
            line("");
            line("The page itself (search.html, assets/script-data.js, assets/search.js, assets/site.css) adds %,d bytes (%,d gzip) to every query."
                    .formatted(BenchmarkSite.size(site, "search.html", "assets/script-data.js", "assets/search.js", "assets/site.css"),
                            BenchmarkSite.gzipSize(site, "search.html", "assets/script-data.js", "assets/search.js", "assets/site.css")));
        }
        String text = String.join("\n", report) + "\n";
        Files.createDirectories(work);
        Files.writeString(work.resolve("search-benchmark.md"), text);
        System.out.println(text);
    }

    private record Measurement(String status, int files, long bytes, long gzipBytes, long millis) {
    }

    /** Opens the page {@value #RUNS} times; the median time, and what the last run loaded. */
    private static Measurement measure(HeadlessChromium chromium, URI url, Path site, URI served) throws IOException {
        List<Long> times = new ArrayList<>();
        List<?> scripts = List.of();
        String status = "";
        for (int run = 0; run < RUNS; run++) {
            chromium.open(URI.create("about:blank"));
            chromium.open(url);
            chromium.await("return window.benchmark && window.benchmark.shown !== null", "results of " + url);
            times.add(Math.round(chromium.decimal("return window.benchmark.shown")));
            scripts = (List<?>) chromium.script("return window.benchmark.scripts");
            status = (String) chromium.script("return window.benchmark.status");
        }
        Collections.sort(times);
        List<String> index = new ArrayList<>();
        for (Object script : scripts) {
            String address = script.toString();
            String root = served != null ? served.toString() : site.toUri().toString();
            String path = address.startsWith(root) ? address.substring(root.length()) : address;
            if (path.startsWith("search/")) {
                index.add(path);
            }
        }
        String[] paths = index.toArray(String[]::new);
        return new Measurement(status, paths.length, BenchmarkSite.size(site, paths), BenchmarkSite.gzipSize(site, paths), times.get(times.size() / 2));
    }

    private void indexSize(Path directory) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.list(directory)) {
            files = walk.sorted().toList();
        }
        long total = 0;
        long gzip = 0;
        long largestShard = 0;
        long largestChunk = 0;
        int shards = 0;
        int chunks = 0;
        for (Path file : files) {
            byte[] bytes = Files.readAllBytes(file);
            total += bytes.length;
            gzip += BenchmarkSite.gzip(bytes);
            String name = file.getFileName().toString();
            if (name.startsWith("g-")) {
                shards++;
                largestShard = Math.max(largestShard, bytes.length);
            } else if (name.startsWith("d-")) {
                chunks++;
                largestChunk = Math.max(largestChunk, bytes.length);
            }
        }
        line("Index (search/): %,d files, %,d bytes (%,d gzip); manifest %,d bytes; %,d shards, the largest %,d bytes, "
                .formatted(files.size(), total, gzip, Files.size(directory.resolve("index.js")), shards, largestShard)
                + "%,d document chunks, the largest %,d bytes.".formatted(chunks, largestChunk));
    }

    private void line(String text) {
        report.add(text);
    }
}
