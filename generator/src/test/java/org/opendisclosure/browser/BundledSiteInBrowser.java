package org.opendisclosure.browser;


import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.opendisclosure.FixtureSite;
import org.opendisclosure.diff.BundledHistory;

/**
 * The bundled content ({@code content/} with {@code templates/}) rendered once per test class
 * into {@code target/browser-site/<class>}, and one headless Chromium to look at it through
 * {@code file://} URLs, as a reader who opened the site from disk would. Register it as a static
 * field:
 *
 * <pre>{@code
 * @RegisterExtension
 * static final BundledSiteInBrowser site = new BundledSiteInBrowser();
 * ...
 * site.open(PageKind.PROJECT);
 * }</pre>
 *
 * <p>Without Chromium and ChromeDriver the class's tests fail on CI and are skipped elsewhere, one
 * by one, with a note saying what to install (see {@link BrowserInstallation}).
 */
final class BundledSiteInBrowser extends SiteInBrowser {

    BundledSiteInBrowser() {
        super(BundledSiteInBrowser::renderBundledContent);
    }

    private static Path renderBundledContent(Path work) {
        return BundledHistory.render(work);
    }

    /**
     * Opens the page of {@code kind} in the current viewport and returns the browser; the search
     * page once its script has shown the results.
     */
    HeadlessChromium open(PageKind kind) {
        chromium().open(url(kind));
        if (kind == PageKind.SEARCH) {
            awaitSearch(chromium());
        }
        if (kind == PageKind.INDICATORS) {
            awaitIndicators(chromium());
        }
        return chromium();
    }

    /** Opens the search page for {@code query} and waits for its results. */
    HeadlessChromium search(String query) {
        chromium().open(withQuery(file("search.html"), "q=" + query));
        awaitSearch(chromium());
        return chromium();
    }

    /** Waits until the search page says what it found (or that it found nothing). */
    static void awaitSearch(HeadlessChromium chromium) {
        chromium.await("""
                const status = document.getElementById('search-status');
                return status !== null && /^(找到|没有找到)/.test(status.textContent)
                    && !document.getElementById('search-results').hasAttribute('aria-busy');
                """, "the search page shows its results");
    }

    /** Opens the indicator browser with a query ({@code q=满意度&min=95}, not encoded) and waits for its results. */
    HeadlessChromium indicators(String query) {
        chromium().open(withQuery(file("indicators.html"), query));
        awaitIndicators(chromium());
        return chromium();
    }

    /** Waits until the indicator browser has counted what its filter finds (or found nothing). */
    static void awaitIndicators(HeadlessChromium chromium) {
        chromium.await("""
                const status = document.getElementById('indicator-status');
                return status !== null && /^(找到|没有)/.test(status.textContent)
                    && !document.getElementById('indicator-results').hasAttribute('aria-busy');
                """, "the indicator browser shows its results");
    }

    /**
     * Where a reader meets the page: from disk by its {@code file://} URL, with the page's query if
     * it has one; the 404 page from a web server, at a missing address two folders deep.
     */
    URI url(PageKind kind) {
        return kind == PageKind.NOT_FOUND ? served("2024/projects/no-such-project.html")
                : withQuery(file(kind.file()), kind.query());
    }

    /**
     * A file URI with a query ({@code name=value&…}, values not yet encoded). A query cannot go
     * through {@link Path#resolve}, which would take {@code ?} for part of the file name.
     */
    static URI withQuery(URI file, String query) {
        if (query.isEmpty()) {
            return file;
        }
        StringBuilder encoded = new StringBuilder();
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            encoded.append(encoded.length() == 0 ? "?" : "&").append(pair, 0, equals + 1)
                    .append(URLEncoder.encode(pair.substring(equals + 1), StandardCharsets.UTF_8).replace("+", "%20"));
        }
        return URI.create(file + encoded.toString());
    }

    /** The address the site's stylesheet has when {@code kind} is shown. */
    URI stylesheet(PageKind kind) {
        return kind == PageKind.NOT_FOUND ? served("assets/site.css") : file("assets/site.css");
    }

    /** Writes a file the tests produce for people to look at (screenshots, PDFs) under {@code target/screenshots}. */
    static Path saveForReview(String fileName, byte[] bytes) {
        try {
            Path file = buildDirectory().resolve("screenshots").resolve(fileName);
            Files.createDirectories(file.getParent());
            return Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
