package org.opendisclosure.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendisclosure.SiteFiles;

/**
 * The write stage on its own: what a build stages appears only on publishing; what dead builds
 * left beside the output is removed, and what live builds use, in this JVM or another, is not.
 * Deletion happens in the background, so tests that look beside the output await it first.
 */
class StagedSiteTest {

    /** A process id that is not this JVM's: a build of "another process". */
    private static final String OTHER = "999999999-00000000000000ab";

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @TempDir
    Path dir;

    @Test
    void theNewSiteReplacesTheOldOnlyOnPublishingAndNothingIsLeftBeside() throws Exception {
        Path output = site("index.html", "old");
        StagedSite site = StagedSite.beside(output);
        try (site) {
            site.write("index.html", bytes("new"));
            site.write("2024/index.html", bytes("year"));
            assertEquals(Map.of("index.html", SiteFiles.sha256("old")), SiteFiles.hashes(output));
            site.publish();
        }
        assertEquals(Map.of("index.html", SiteFiles.sha256("new"), "2024/index.html", SiteFiles.sha256("year")), SiteFiles.hashes(output));
        assertTrue(site.awaitCleanup(PATIENCE));
        assertEquals(List.of(), SiteFiles.workingEntries(output));
    }

    @Test
    void closingWithoutPublishingLeavesTheOldSiteAndNothingBeside() throws Exception {
        Path output = site("index.html", "old");
        StagedSite site = StagedSite.beside(output);
        try (site) {
            site.write("index.html", bytes("half"));
        }
        assertEquals(Map.of("index.html", SiteFiles.sha256("old")), SiteFiles.hashes(output));
        assertTrue(site.awaitCleanup(PATIENCE));
        assertEquals(List.of(), SiteFiles.workingEntries(output));
    }

    @Test
    void pathsOutsideTheSiteAreRefused() throws Exception {
        StagedSite site = StagedSite.beside(dir.resolve("site"));
        try (site) {
            IOException refused = assertThrows(IOException.class, () -> site.write("../escape.html", bytes("x")));
            assertTrue(refused.getMessage().contains("outside"), refused.getMessage());
        }
        assertTrue(site.awaitCleanup(PATIENCE));
        assertFalse(Files.exists(dir.resolve("escape.html")));
    }

    @Test
    void theStagingOfADeadBuildIsRemovedAndItsAsideSitePutBack() throws Exception {
        Path output = dir.resolve("site");
        // Killed between the two renames: the old site aside, the output missing, the lock not held.
        file(".site.previous-" + OTHER + "/index.html", "old");
        file(".site.staging-" + OTHER + "/index.html", "half");
        file(".site.lock-" + OTHER, "");
        file(".site.staging-notes/keep.txt", "not a build's");
        file(".site.staging-1-00000000000000ab.bak/keep.txt", "not a build's");
        file(".other.staging-" + OTHER + "/keep.txt", "another output's");

        StagedSite site = StagedSite.beside(output);
        try (site) {
            assertEquals(Map.of("index.html", SiteFiles.sha256("old")), SiteFiles.hashes(output), "put back before the build");
        }
        assertTrue(site.awaitCleanup(PATIENCE));
        assertEquals(List.of(".site.staging-1-00000000000000ab.bak", ".site.staging-notes"),
                SiteFiles.workingEntries(output));
        assertTrue(Files.exists(dir.resolve(".other.staging-" + OTHER + "/keep.txt")));
    }

    @Test
    void aLeftoverWithoutItsLockFileIsRemovedWhoeverMadeIt() throws Exception {
        Path output = site("index.html", "current");
        String mine = ProcessHandle.current().pid() + "-00000000000000cd";
        file(".site.staging-" + mine + "/index.html", "half");
        file(".site.previous-" + OTHER + "/index.html", "older");
        StagedSite site = StagedSite.beside(output);
        try (site) {
            assertEquals(List.of(), SiteFiles.workingEntries(output).stream()
                    .filter(n -> n.contains(mine) || n.contains(OTHER)).toList());
        }
        assertTrue(site.awaitCleanup(PATIENCE));
        assertEquals(Map.of("index.html", SiteFiles.sha256("current")), SiteFiles.hashes(output));
    }

    @Test
    void twoBuildsInThisJvmKeepTheirOwnStaging() throws Exception {
        Path output = site("index.html", "old");
        StagedSite first = StagedSite.beside(output);
        StagedSite second;
        try (first) {
            first.write("index.html", bytes("first"));
            second = StagedSite.beside(output);
            try (second) {
                second.write("index.html", bytes("second"));
                first.publish();
                assertEquals(Map.of("index.html", SiteFiles.sha256("first")), SiteFiles.hashes(output));
                second.publish();
            }
        }
        assertEquals(Map.of("index.html", SiteFiles.sha256("second")), SiteFiles.hashes(output));
        assertTrue(first.awaitCleanup(PATIENCE) && second.awaitCleanup(PATIENCE));
        assertEquals(List.of(), SiteFiles.workingEntries(output));
    }

    @Test
    void aLiveBuildInAnotherJvmKeepsItsStagingUntilItIsKilled() throws Exception {
        Path output = site("index.html", "old");
        Process other = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), StagingHolder.class.getName(), output.toString())
                .redirectErrorStream(true).start();
        try {
            BufferedReader lines = new BufferedReader(new InputStreamReader(other.getInputStream(), StandardCharsets.UTF_8));
            String theirs = lines.readLine();
            assertTrue(theirs != null && theirs.startsWith(".site.staging-"), String.valueOf(theirs));

            // As if their build had published and were still deleting its old site.
            Path theirGarbage = dir.resolve(theirs.replace(".staging-", ".garbage-"));
            file(dir.relativize(theirGarbage) + "/1-.site.previous/index.html", "being deleted");

            StagedSite mine = StagedSite.beside(output);
            try (mine) {
                mine.write("index.html", bytes("mine"));
                mine.publish();
            }
            assertTrue(mine.awaitCleanup(PATIENCE));
            assertTrue(Files.exists(dir.resolve(theirs).resolve("index.html")), "a live build's staging was removed");
            assertTrue(Files.exists(theirGarbage.resolve("1-.site.previous/index.html")),
                    "a live build's garbage was removed by another build");

            other.destroyForcibly();
            assertTrue(other.waitFor(30, TimeUnit.SECONDS));
            StagedSite next = StagedSite.beside(output);
            try (next) {
                assertFalse(Files.exists(dir.resolve(theirs)), "a dead build's staging was kept");
                assertFalse(Files.exists(theirGarbage), "a dead build's garbage was kept");
            }
            assertTrue(next.awaitCleanup(PATIENCE));
            assertEquals(Map.of("index.html", SiteFiles.sha256("mine")), SiteFiles.hashes(output));
            assertEquals(List.of(), SiteFiles.workingEntries(output));
        } finally {
            other.destroyForcibly();
        }
    }

    /** Another process's build: stages one page, prints its staging directory's name, waits to be killed. */
    public static final class StagingHolder {
        public static void main(String[] args) throws Exception {
            Path output = Path.of(args[0]);
            StagedSite site = StagedSite.beside(output);
            site.write("index.html", "theirs".getBytes(StandardCharsets.UTF_8));
            try (var list = Files.list(output.getParent())) {
                String prefix = ".site.staging-" + ProcessHandle.current().pid() + "-";
                System.out.println(list.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(prefix))
                        .findFirst().orElseThrow());
            }
            Thread.sleep(TimeUnit.MINUTES.toMillis(2));
        }
    }

    private Path site(String file, String text) throws IOException {
        file("site/" + file, text);
        return dir.resolve("site");
    }

    private void file(String relative, String text) throws IOException {
        SiteFiles.write(dir, relative, text);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
