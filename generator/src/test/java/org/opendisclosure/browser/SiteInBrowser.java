package org.opendisclosure.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.UnexpectedAlertBehaviour;

/**
 * A site rendered once per test class into {@code target/browser-site/<class>}, a web server for
 * it, and one headless Chromium to look at it, through {@code file://} URLs as a reader who opened
 * the site from disk would, or through the server. What is rendered is up to the {@link Renderer};
 * {@link BundledSiteInBrowser} renders the bundled content. Register it as a static field with
 * {@code @RegisterExtension}.
 *
 * <p>Without Chromium and ChromeDriver the class's tests fail on CI and are skipped elsewhere, one
 * by one, with a note saying what to install (see {@link BrowserInstallation}); nothing is
 * rendered then.
 */
class SiteInBrowser implements BeforeAllCallback, BeforeEachCallback, AfterAllCallback {

    /** Renders a site somewhere under {@code workDirectory} (empty) and returns the site's root directory. */
    @FunctionalInterface
    interface Renderer {
        Path render(Path workDirectory);
    }

    private final Renderer renderer;
    private final UnexpectedAlertBehaviour dialogs;
    private Path site;
    private HeadlessChromium chromium;
    private StaticSiteServer server;
    private String skipReason;

    /** With ChromeDriver's own handling of JavaScript dialogs. */
    SiteInBrowser(Renderer renderer) {
        this(renderer, null);
    }

    /**
     * @param dialogs what the browser does with a JavaScript dialog a test did not expect; null
     *                for ChromeDriver's default (dismiss it and fail the next command)
     */
    SiteInBrowser(Renderer renderer, UnexpectedAlertBehaviour dialogs) {
        this.renderer = renderer;
        this.dialogs = dialogs;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        BrowserInstallation.Availability availability = BrowserInstallation.check();
        if (availability.installation() == null) {
            // Skipped test by test, so each shows as skipped; said once here, where a developer looks.
            skipReason = availability.skipReason();
            System.err.println("[WARNING] " + context.getRequiredTestClass().getSimpleName() + " skipped: " + skipReason);
            return;
        }
        Path work = buildDirectory().resolve("browser-site").resolve(context.getRequiredTestClass().getSimpleName());
        deleteTree(work);
        site = renderer.render(work).toAbsolutePath().normalize();
        try {
            server = new StaticSiteServer(site);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        chromium = HeadlessChromium.start(availability.installation(), dialogs);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        Assumptions.assumeTrue(skipReason == null, () -> skipReason);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (chromium != null) {
            chromium.close();
        }
        if (server != null) {
            server.close();
        }
    }

    HeadlessChromium chromium() {
        return chromium;
    }

    /** The rendered site's root directory. */
    Path root() {
        return site;
    }

    /** The page at {@code sitePath} (e.g. {@code 2019/index.html}) as opened from disk. */
    URI file(String sitePath) {
        return site.resolve(sitePath).toUri();
    }

    /** {@code sitePath} on the web server, which answers a missing address with {@code 404.html}. */
    URI served(String sitePath) {
        return server.root().resolve(sitePath);
    }

    /** The module's {@code target} directory (set by Surefire; {@code target} when run elsewhere). */
    static Path buildDirectory() {
        String configured = System.getProperty("disclosure.buildDirectory");
        return Path.of(configured != null ? configured : "target").toAbsolutePath().normalize();
    }

    /** So each run renders into an empty directory and nothing of an earlier run's content remains. */
    private static void deleteTree(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(directory)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
