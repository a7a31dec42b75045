package org.opendisclosure.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;

/** Where the browser tests look for Chromium and ChromeDriver, and what happens when they are missing. */
class BrowserInstallationTest {

    @TempDir
    Path dir;

    @Test
    void configuredPathsAreUsedBeforeDebians() throws IOException {
        Path chromium = executable("chrome");
        Path driver = executable("driver");
        Map<String, String> properties = Map.of(BrowserInstallation.CHROMIUM_PROPERTY, chromium.toString());
        BrowserInstallation.Availability found = BrowserInstallation.check(properties::get,
                Map.of(BrowserInstallation.CHROMEDRIVER_ENV, driver.toString(), BrowserInstallation.CHROMIUM_ENV,
                        dir.resolve("not-this").toString(), "CI", "true"));
        assertEquals(new BrowserInstallation.Availability(new BrowserInstallation(chromium, driver), null), found,
                "a property wins over the environment");
    }

    @Test
    void onCiAMissingBrowserFailsSayingWhatToInstall() {
        AssertionFailedError failure = assertThrows(AssertionFailedError.class,
                () -> BrowserInstallation.check(missing()::get, Map.of("CI", "true")));
        assertTrue(failure.getMessage().contains("ChromeDriver (" + dir.resolve("none") + ")"), failure.getMessage());
        assertTrue(failure.getMessage().contains("apt-get install chromium chromium-driver"), failure.getMessage());
    }

    @Test
    void elsewhereAMissingBrowserSkipsTheTestsSayingWhatToInstall() {
        BrowserInstallation.Availability skipped = BrowserInstallation.check(missing()::get, Map.of("CI", "false"));
        assertNull(skipped.installation());
        assertTrue(skipped.skipReason().contains("Chromium (" + dir.resolve("none") + ") and ChromeDriver"),
                skipped.skipReason());
        assertTrue(skipped.skipReason().contains("apt-get install chromium chromium-driver"), skipped.skipReason());
    }

    private Map<String, String> missing() {
        return Map.of(BrowserInstallation.CHROMIUM_PROPERTY, dir.resolve("none").toString(),
                BrowserInstallation.CHROMEDRIVER_PROPERTY, dir.resolve("none").toString());
    }

    private Path executable(String name) throws IOException {
        Path file = Files.createFile(dir.resolve(name));
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        return file;
    }
}
