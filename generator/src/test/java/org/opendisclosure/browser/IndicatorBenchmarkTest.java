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

import org.junit.jupiter.api.Test;
import org.opendisclosure.FixtureSite;
import org.opendisclosure.GeneratedContent;
import org.opendisclosure.GenerationRequest;
import org.opendisclosure.GenerationResult;
import org.opendisclosure.SiteGenerator;
import org.opendisclosure.content.ContentLimits;
import org.opendisclosure.derive.IndicatorCategory;
import org.opendisclosure.derive.SiteModel;
import org.opendisclosure.derive.YearInSite;
import org.opendisclosure.render.Page;
import org.opendisclosure.render.PlannedPage;
import org.opendisclosure.render.SitePlan;
import org.opendisclosure.render.TableDownloads;
import org.opendisclosure.render.TemplateRenderer;
import org.opendisclosure.search.IndicatorDataWriter;

/**
 * The indicator browser at a city's scale — a benchmark, not a test, run only when named (Surefire
 * excludes {@code *BenchmarkTest}):
 *
 * <pre>
 * java bench/GenerateContent.java --size M --seed 1 --out /tmp/i16-bench-M
 * ./mvnw -o -pl generator test -Dtest=IndicatorBenchmarkTest -Ddisclosure.benchmark.content=/tmp/i16-bench-M/content
 * </pre>
 *
 * Without {@code disclosure.benchmark.content} it generates a year of {@value SearchBenchmarkTest#DEFAULT_PROJECTS}
 * projects with {@link GeneratedContent#city} as the search benchmark does. It builds the site,
 * then reports, on standard output and in {@code target/benchmark/indicator-benchmark.md}: the
 * build's time and what the indicator browser adds to it (its pages built, rendered and written
 * one after the other, and its data files); the weight of its pages and data; and for a few
 * filters the time from opening {@code indicators.html?…} to the first result in the page and to
 * the final count, median of {@value SearchBenchmarkTest#RUNS} runs, from {@code file://} and from a
 * local web server that compresses with gzip, the network throttled to Lighthouse's mobile profile.
 * The figures are in {@code docs/indicators.md}. {@code -Ddisclosure.benchmark.reuse=true} measures the site an
 * earlier run built, with the scripts as they are now; {@code -Ddisclosure.benchmark.filters=q=热线;unit=%}
 * measures other filters.
 */
class IndicatorBenchmarkTest {

    /**
     * Recorded in the page from its very start: every script added, when the first result row
     * appears (or the status says none), and when the status gives the final count.
     */
    private static final String RECORDER = """
            window.benchmark = { scripts: [], first: null, done: null, status: '' };
            new MutationObserver(() => {
              for (const s of document.scripts) {
                if (s.src && !window.benchmark.scripts.includes(s.src)) window.benchmark.scripts.push(s.src);
              }
              const status = document.getElementById('indicator-status');
              const text = status ? status.textContent : '';
              if (window.benchmark.first === null
                  && (document.querySelector('#indicator-results tbody tr') || /^没有/.test(text))) {
                window.benchmark.first = performance.now();
              }
              if (window.benchmark.done === null && /^(找到|没有)/.test(text)) {
                window.benchmark.done = performance.now();
                window.benchmark.status = text;
              }
            }).observe(document, { childList: true, subtree: true, characterData: true });
            """;

    private static final long PATIENCE_SECONDS = 300;
    /** Runs on the throttled network, where a filter that reads a whole year takes a minute or more. */
    private static final int MOBILE_RUNS = 3;

    private final List<String> report = new ArrayList<>();

    @Test
    void indicatorBrowserAtCityScale() throws Exception {
        Path work = Path.of(System.getProperty("disclosure.buildDirectory", "target")).resolve("benchmark");
        String given = System.getProperty("disclosure.benchmark.content", "");
        Path content;
        if (given.isEmpty()) {
            content = work.resolve("indicator-content");
            BenchmarkSite.deleteTree(content);
            GeneratedContent.city(Integer.getInteger("disclosure.benchmark.projects",
                    SearchBenchmarkTest.DEFAULT_PROJECTS), content, 2024);
        } else {
            content = Path.of(given);
        }
        Path site = Path.of(System.getProperty("disclosure.benchmark.site", work.resolve("indicator-site").toString()));
        Path templates = FixtureSite.repositoryRoot().resolve("templates");
        GenerationRequest request = new GenerationRequest(content, templates, site, work, ContentLimits.DEFAULT);
        // -Ddisclosure.benchmark.reuse=true measures the site an earlier run built (the browser part only).
        boolean reuse = Boolean.getBoolean("disclosure.benchmark.reuse") && Files.exists(site.resolve("indicators.html"));
        long start = System.nanoTime();
        if (reuse) {
            // The scripts as they are now, with the data and pages of the earlier build.
            for (String asset : List.of("script-data.js", "indicators.js", "site.css")) {
                Files.copy(templates.resolve("assets").resolve(asset), site.resolve("assets").resolve(asset),
                        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
        GenerationResult result = reuse ? null : new SiteGenerator().generate(request);
        long build = System.nanoTime() - start;
        assertFalse(result != null && result.hasErrors(), () -> FixtureSite.messages(result).lines().limit(20)
                .reduce("", (a, b) -> a + b + "\n"));

        SiteGenerator.CheckedContent checked = new SiteGenerator().check(request);
        SiteModel model = new SiteModel(checked.content(), checked.rollups());
        List<PlannedPage> indicatorPages = new SitePlan(model, checked.report(), List.of()).pages().stream()
                .filter(p -> p.template().startsWith("indicator")).toList();
        TemplateRenderer renderer = new TemplateRenderer(templates);
        Path scratch = Files.createTempDirectory("indicator-pages");
        start = System.nanoTime();
        for (PlannedPage planned : indicatorPages) {
            Page page = planned.build();
            TableDownloads downloads = TableDownloads.of(page);
            Path file = scratch.resolve("page.html");
            Files.writeString(file, renderer.render(page, downloads));
            for (byte[] csv : downloads.files().values()) {
                Files.write(scratch.resolve("table.csv"), csv);
            }
        }
        long pagesTime = System.nanoTime() - start;
        start = System.nanoTime();
        Map<String, byte[]> data = new IndicatorDataWriter().files(model);
        long dataTime = System.nanoTime() - start;

        int indicators = model.years().stream().mapToInt(y -> y.indicators().count()).sum();
        int categories = model.years().stream().mapToInt(y -> y.indicators().categories().size()).sum();
        line("## The indicator browser at city scale");
        line("");
        line("Machine: " + BenchmarkSite.machine() + ". Java " + Runtime.version() + ".");
        line("");
        line("Content: %s: %,d projects, %,d indicators in %,d categories (一级/二级指标 of a year)."
                .formatted(content, checked.content().projects().size(), indicators, categories));
        if (result != null) {
            line("Build of the whole site: %.1f s, %,d pages (%,d of them the indicator browser's), %d threads."
                    .formatted(build / 1e9, result.pagesWritten(), indicatorPages.size(), request.threads()));
        }
        line("The indicator browser's share, measured apart on one thread: its pages built, rendered and written "
                + "%.1f s; its data files %.1f s.".formatted(pagesTime / 1e9, dataTime / 1e9));
        line("");
        listPages(site, indicatorPages);
        dataFiles(data);
        line("");
        try (HeadlessChromium chromium = HeadlessChromium.start(BrowserInstallation.check().installation());
                StaticSiteServer server = new StaticSiteServer(site, true)) {
            line("Filters (Chromium " + chromium.version() + ", headless, 1280 px): time from opening indicators.html?… to"
                    + " the first result in the page, and to the final count; median of " + SearchBenchmarkTest.RUNS
                    + " runs from file://, " + MOBILE_RUNS + " on the mobile network; data the filter loaded (gzip in"
                    + " brackets).");
            line("");
            line("| filter | found | data files | data bytes | file:// first / count | mobile network first / count |");
            line("| --- | --- | --- | --- | --- | --- |");
            chromium.devTools("Page.addScriptToEvaluateOnNewDocument", Map.of("source", RECORDER));
            for (String filter : filters(model)) {
                Measurement local = measure(chromium, BundledSiteInBrowser.withQuery(
                        site.resolve("indicators.html").toUri(), filter), site, null);
                System.out.println(filter + " from file://: " + local);
                chromium.devTools("Network.enable", Map.of());
                chromium.devTools("Network.setCacheDisabled", Map.of("cacheDisabled", true));
                chromium.devTools("Network.emulateNetworkConditions", Map.of("offline", false, "latency",
                        SearchBenchmarkTest.LATENCY_MS, "downloadThroughput", SearchBenchmarkTest.DOWNLOAD_BYTES_PER_SECOND,
                        "uploadThroughput", 750_000 / 8));
                Measurement served = measure(chromium, BundledSiteInBrowser.withQuery(
                        server.root().resolve("indicators.html"), filter), site, server.root());
                chromium.devTools("Network.emulateNetworkConditions", Map.of("offline", false, "latency", 0,
                        "downloadThroughput", -1, "uploadThroughput", -1));
                chromium.devTools("Network.disable", Map.of());
                line("| `%s` | %s | %d | %,d (%,d) | %d / %d ms | %d / %d ms |".formatted(filter, local.status, local.files,
                        local.bytes, local.gzipBytes, local.first, local.done, served.first, served.done));
                assertTrue(local.status.startsWith("找到"), filter + ": " + local.status);
            }
            line("");
            line("The page itself (indicators.html, assets/script-data.js, assets/indicators.js, assets/site.css) and the manifest: %,d bytes"
                    .formatted(BenchmarkSite.size(site, "indicators.html", "assets/script-data.js", "assets/indicators.js", "assets/site.css",
                            "indicators/index.js"))
                    + " (%,d gzip).".formatted(BenchmarkSite.gzipSize(site, "indicators.html", "assets/script-data.js", "assets/indicators.js", "assets/site.css",
                            "indicators/index.js")));
        }
        String text = String.join("\n", report) + "\n";
        Files.createDirectories(work);
        Files.writeString(work.resolve("indicator-benchmark.md"), text);
        System.out.println(text);
    }

    /** Filters a reader would try: the example, a category, a range, a word, qualitative targets, a year. */
    private static List<String> filters(SiteModel model) {
        String given = System.getProperty("disclosure.benchmark.filters", "");
        if (!given.isEmpty()) {
            return List.of(given.split(";"));
        }
        YearInSite newest = model.yearsNewestFirst().get(0);
        IndicatorCategory category = newest.indicators().categories().get(0);
        String categoryFilter = "year=" + newest.year() + (category.level1() == null ? "" : "&l1=" + category.level1())
                + (category.level2() == null ? "" : "&l2=" + category.level2());
        return List.of("q=满意度&cmp=at-least&min=95&unit=%", categoryFilter, "unit=%&min=99.5", "q=热线",
                "cmp=text&q=及时", "year=" + newest.year());
    }

    private void listPages(Path site, List<PlannedPage> pages) throws IOException {
        List<Long> sizes = new ArrayList<>();
        long largestGzip = 0;
        String largest = "";
        for (PlannedPage page : pages) {
            if (!page.template().equals("indicator-list.ftlh")) {
                continue;
            }
            long size = Files.size(site.resolve(page.path()));
            sizes.add(size);
            if (size == Collections.max(sizes)) {
                largest = page.path();
                largestGzip = BenchmarkSite.gzipSize(site, page.path());
            }
        }
        Collections.sort(sizes);
        long total = sizes.stream().mapToLong(Long::longValue).sum();
        line("List pages: %,d, %,d bytes in all; median %,d bytes, the largest %,d bytes (%,d gzip, %s)."
                .formatted(sizes.size(), total, sizes.get(sizes.size() / 2), sizes.get(sizes.size() - 1), largestGzip,
                        largest));
        line("indicators.html: %,d bytes (%,d gzip).".formatted(BenchmarkSite.size(site, "indicators.html"),
                BenchmarkSite.gzipSize(site, "indicators.html")));
    }

    private void dataFiles(Map<String, byte[]> files) throws IOException {
        long total = 0;
        long gzip = 0;
        long largest = 0;
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            total += file.getValue().length;
            gzip += BenchmarkSite.gzip(file.getValue());
            if (!file.getKey().endsWith("/index.js")) {
                largest = Math.max(largest, file.getValue().length);
            }
        }
        line("Data (indicators/): %,d files, %,d bytes (%,d gzip); manifest %,d bytes (%,d gzip); shards up to %,d bytes."
                .formatted(files.size(), total, gzip, files.get(IndicatorDataWriter.MANIFEST).length,
                        BenchmarkSite.gzip(files.get(IndicatorDataWriter.MANIFEST)), largest));
    }

    private record Measurement(String status, int files, long bytes, long gzipBytes, long first, long done) {
    }

    private static Measurement measure(HeadlessChromium chromium, URI url, Path site, URI served) throws IOException {
        List<Long> firsts = new ArrayList<>();
        List<Long> dones = new ArrayList<>();
        List<?> scripts = List.of();
        String status = "";
        int runs = served == null ? SearchBenchmarkTest.RUNS : MOBILE_RUNS;
        for (int run = 0; run < runs; run++) {
            chromium.open(URI.create("about:blank"));
            chromium.open(url);
            awaitLong(chromium, "return window.benchmark && window.benchmark.done !== null", url);
            firsts.add(Math.round(chromium.decimal("return window.benchmark.first")));
            dones.add(Math.round(chromium.decimal("return window.benchmark.done")));
            scripts = (List<?>) chromium.script("return window.benchmark.scripts");
            status = (String) chromium.script("return window.benchmark.status");
        }
        Collections.sort(firsts);
        Collections.sort(dones);
        List<String> loaded = new ArrayList<>();
        for (Object script : scripts) {
            String address = script.toString();
            String root = served != null ? served.toString() : site.toUri().toString();
            String path = address.startsWith(root) ? address.substring(root.length()) : address;
            if (path.startsWith("indicators/")) {
                loaded.add(path);
            }
        }
        String[] paths = loaded.toArray(String[]::new);
        return new Measurement(status, paths.length, BenchmarkSite.size(site, paths), BenchmarkSite.gzipSize(site, paths),
                firsts.get(firsts.size() / 2), dones.get(dones.size() / 2));
    }

    /** Waits up to {@value #PATIENCE_SECONDS} s: a count over a whole city-year on a phone's network takes long. */
    private static void awaitLong(HeadlessChromium chromium, String script, URI url) {
        long deadline = System.nanoTime() + PATIENCE_SECONDS * 1_000_000_000L;
        while (!Boolean.TRUE.equals(chromium.script(script))) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("waited " + PATIENCE_SECONDS + " s in vain for the count of " + url);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    private void line(String text) {
        System.out.println(text);
        report.add(text);
    }
}
