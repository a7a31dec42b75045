package org.opendisclosure.browser;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.UnexpectedAlertBehaviour;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * One headless Chromium driven through ChromeDriver, with what the browser tests need on top of
 * WebDriver: a viewport of a given width (a phone's or a desktop's), full-page screenshots, print
 * media and PDF, all through the DevTools protocol commands ChromeDriver passes on (no network,
 * nothing downloaded).
 */
final class HeadlessChromium implements AutoCloseable {

    /** Tall enough for a phone held upright; full-page screenshots capture beyond it. */
    private static final int VIEWPORT_HEIGHT = 800;
    /** Chromium's limit for one captured image is about this tall; longer pages are cut there. */
    private static final int MAX_SCREENSHOT_HEIGHT = 16_000;

    private final ChromeDriver driver;

    private HeadlessChromium(ChromeDriver driver) {
        this.driver = driver;
    }

    static HeadlessChromium start(BrowserInstallation installation) {
        return start(installation, null);
    }

    /**
     * @param dialogs what to do with a JavaScript dialog (alert, confirm, prompt) no command
     *                expected: {@link UnexpectedAlertBehaviour#IGNORE} leaves it open, so every
     *                further command fails until a test looks at it with
     *                {@code driver().switchTo().alert()}; null for ChromeDriver's default, which
     *                dismisses it and fails the next command
     */
    static HeadlessChromium start(BrowserInstallation installation, UnexpectedAlertBehaviour dialogs) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(installation.chromium().toFile());
        if (dialogs != null) {
            options.setUnhandledPromptBehaviour(dialogs);
        }
        // Flags for a closed network: no background connections, no updates, no first-run UI.
        options.addArguments("--headless=new", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-quic", "--hide-scrollbars", "--force-device-scale-factor=1", "--lang=zh-CN",
                "--window-size=1280," + VIEWPORT_HEIGHT);
        if ("root".equals(System.getProperty("user.name"))) {
            options.addArguments("--no-sandbox"); // Chromium refuses to run its sandbox as root.
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(installation.chromedriver().toFile()).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30)).scriptTimeout(Duration.ofSeconds(60));
        return new HeadlessChromium(driver);
    }

    WebDriver driver() {
        return driver;
    }

    /**
     * Lays pages out {@code width} CSS pixels wide; below 600 as a phone does (mobile viewport,
     * the page's {@code <meta name="viewport">} applies).
     */
    void viewport(int width) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height",
                VIEWPORT_HEIGHT, "deviceScaleFactor", 1, "mobile", width < 600));
    }

    /** Sends a DevTools protocol command and returns its result. */
    Map<String, Object> devTools(String command, Map<String, Object> parameters) {
        return driver.executeCdpCommand(command, parameters);
    }

    /** The browser's version, as it reports it. */
    String version() {
        return driver.getCapabilities().getBrowserVersion();
    }

    /** Applies the CSS of {@code media} ({@code print} or {@code screen}). */
    void emulateMedia(String media) {
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", media));
    }

    /**
     * Runs {@code source} in every document the browser creates from now on, in the main frame
     * and in frames, before any of the document's own scripts (DevTools'
     * {@code Page.addScriptToEvaluateOnNewDocument}); for the rest of this browser's life.
     */
    void runBeforePageScripts(String source) {
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", source));
    }

    /** Opens a page by its {@code file://} or {@code http://} URL. */
    void open(java.net.URI url) {
        driver.get(url.toString());
    }

    /** Runs {@code script} (a function body; arguments as {@code arguments[i]}) in the page. */
    Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    /**
     * Waits until {@code script} returns true — for what a page's own script fills in after it has
     * loaded — checking every 20 ms as WebDriver's waits do, and fails, naming {@code what}, after ten
     * seconds.
     */
    void await(String script, String what) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!Boolean.TRUE.equals(script(script))) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("waited 10 s in vain for " + what + " on " + driver.getCurrentUrl());
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for " + what, e);
            }
        }
    }

    long number(String script, Object... arguments) {
        return ((Number) script(script, arguments)).longValue();
    }

    double decimal(String script, Object... arguments) {
        return ((Number) script(script, arguments)).doubleValue();
    }

    /** The whole page as PNG, as wide as the viewport and as tall as the page (up to a limit). */
    byte[] fullPageScreenshot() {
        long width = number("return window.innerWidth");
        long height = Math.min(MAX_SCREENSHOT_HEIGHT, number("return document.documentElement.scrollHeight"));
        Map<String, Object> result = driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png",
                "captureBeyondViewport", true,
                "clip", Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
        return Base64.getDecoder().decode((String) result.get("data"));
    }

    /** What the viewport shows, as PNG. */
    byte[] viewportScreenshot() {
        Map<String, Object> result = driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png"));
        return Base64.getDecoder().decode((String) result.get("data"));
    }

    /** The page printed to PDF on A4, as a reader's "print" would give it. */
    byte[] printToPdf() {
        Map<String, Object> result = driver.executeCdpCommand("Page.printToPDF", Map.of("paperWidth", 8.27,
                "paperHeight", 11.69, "printBackground", false));
        return Base64.getDecoder().decode((String) result.get("data"));
    }

    @Override
    public void close() {
        driver.quit();
    }
}
