package org.opendisclosure.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Assertions;

/**
 * Where the browser tests find Chromium and its ChromeDriver: Debian's packages by default
 * ({@code /usr/bin/chromium}, {@code /usr/bin/chromedriver}), or the paths given by the system
 * properties {@value #CHROMIUM_PROPERTY} / {@value #CHROMEDRIVER_PROPERTY} or the environment
 * variables {@value #CHROMIUM_ENV} / {@value #CHROMEDRIVER_ENV}. Both are always given to
 * Selenium explicitly, so Selenium Manager never tries to download anything.
 *
 * <p>When either is missing the tests cannot run: on CI ({@code CI=true}) that is a failure, since
 * {@code .ci/run} installs both; on a developer's machine the tests are skipped with a note saying
 * what to install.
 */
record BrowserInstallation(Path chromium, Path chromedriver) {

    static final String CHROMIUM_PROPERTY = "disclosure.chromium";
    static final String CHROMEDRIVER_PROPERTY = "disclosure.chromedriver";
    static final String CHROMIUM_ENV = "DISCLOSURE_CHROMIUM";
    static final String CHROMEDRIVER_ENV = "DISCLOSURE_CHROMEDRIVER";
    static final Path DEBIAN_CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path DEBIAN_CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    /**
     * Whether the browser tests can run here.
     *
     * @param installation what they run with, or null
     * @param skipReason   why they cannot, saying what to install; null when they can
     */
    record Availability(BrowserInstallation installation, String skipReason) {
    }

    /** Looks on this machine; fails on CI when anything is missing (see the class comment). */
    static Availability check() {
        return check(System::getProperty, System.getenv());
    }

    static Availability check(UnaryOperator<String> properties, Map<String, String> environment) {
        Path chromium = configured(properties.apply(CHROMIUM_PROPERTY), environment.get(CHROMIUM_ENV), DEBIAN_CHROMIUM);
        Path chromedriver = configured(properties.apply(CHROMEDRIVER_PROPERTY), environment.get(CHROMEDRIVER_ENV),
                DEBIAN_CHROMEDRIVER);
        List<String> missing = new ArrayList<>();
        if (!Files.isExecutable(chromium)) {
            missing.add("Chromium (" + chromium + ")");
        }
        if (!Files.isExecutable(chromedriver)) {
            missing.add("ChromeDriver (" + chromedriver + ")");
        }
        if (missing.isEmpty()) {
            return new Availability(new BrowserInstallation(chromium, chromedriver), null);
        }
        String message = "The browser tests need " + String.join(" and ", missing) + ", which "
                + (missing.size() == 1 ? "is" : "are") + " not installed. Install them with "
                + "`apt-get install chromium chromium-driver`, or give their paths with -D" + CHROMIUM_PROPERTY
                + "=… -D" + CHROMEDRIVER_PROPERTY + "=… (or " + CHROMIUM_ENV + " / " + CHROMEDRIVER_ENV + ").";
        if ("true".equalsIgnoreCase(environment.get("CI"))) {
            Assertions.fail(message + " On CI they are required: .ci/run installs them.");
        }
        return new Availability(null, message);
    }

    private static Path configured(String property, String environment, Path fallback) {
        if (property != null && !property.isBlank()) {
            return Path.of(property);
        }
        if (environment != null && !environment.isBlank()) {
            return Path.of(environment);
        }
        return fallback;
    }
}
