package org.opendisclosure.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadFactory;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendisclosure.SiteFiles;

/**
 * Nothing waits for deletion: the old site and what dead builds left are deleted by a background
 * thread after a rename that marks them as garbage. These tests hold that thread back until they
 * let it go, so "publication did not wait" is shown, not timed.
 */
class BackgroundCleanupTest {

    /** A process id that is not this JVM's: a build of "another process", dead since no one holds its lock. */
    private static final String OTHER = "999999999-00000000000000ab";
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @TempDir
    Path dir;

    private final CountDownLatch deletionAllowed = new CountDownLatch(1);

    @Test
    void theOldSiteIsGoneOnlyAfterAwaitingTheCleanup() throws Exception {
        Path output = dir.resolve("site");
        oldSite(200);
        StagedSite site = StagedSite.beside(output, heldBack());
        try (site) {
            site.write("index.html", bytes("new"));
            site.publish();
            assertEquals(Map.of("index.html", SiteFiles.sha256("new")), SiteFiles.hashes(output));
        }
        assertFalse(site.awaitCleanup(Duration.ofMillis(50)), "the deletion ran while held back");
        List<String> aside = SiteFiles.workingEntries(output);
        assertEquals(2, aside.size(), aside.toString());
        assertTrue(aside.get(0).startsWith(".site.garbage-") && aside.get(1).startsWith(".site.lock-"), aside.toString());
        assertEquals(200, SiteFiles.hashes(dir.resolve(aside.get(0))).size(), "the old site waits whole, as garbage");

        deletionAllowed.countDown();
        assertTrue(site.awaitCleanup(PATIENCE));
        assertEquals(List.of(), SiteFiles.workingEntries(output));
    }

    @Test
    void garbageAKilledBuildLeftIsRemovedByTheNextBuildWithoutDelayingPublication() throws Exception {
        Path output = dir.resolve("site");
        oldSite(3);
        // Killed while deleting the site it had replaced: the lock file stays, no one holds the lock.
        for (int i = 0; i < 500; i++) {
            file(".site.garbage-" + OTHER + "/1-.site.previous-" + OTHER + "/" + i % 10 + "/p" + i + ".html", "old");
        }
        file(".site.lock-" + OTHER, "");

        StagedSite site = StagedSite.beside(output, heldBack());
        try (site) {
            assertEquals(List.of(), SiteFiles.workingEntries(output).stream().filter(n -> n.contains(OTHER)).toList(),
                    "moved into this build's garbage at its start");
            site.write("index.html", bytes("new"));
            site.publish();
        }
        assertEquals(Map.of("index.html", SiteFiles.sha256("new")), SiteFiles.hashes(output), "published, the garbage not yet deleted");

        deletionAllowed.countDown();
        assertTrue(site.awaitCleanup(PATIENCE));
        assertEquals(List.of(), SiteFiles.workingEntries(output));
    }

    @Test
    void garbageIsNeverPutBackAsTheSiteEvenWhenTheOutputIsMissing() throws Exception {
        Path output = dir.resolve("site");
        file(".site.garbage-" + OTHER + "/1-.site.previous-" + OTHER + "/index.html", "half-deleted");
        file(".site.lock-" + OTHER, "");

        StagedSite site = StagedSite.beside(output);
        try (site) {
            assertFalse(Files.exists(output), "a half-deleted site was published");
        }
        assertTrue(site.awaitCleanup(PATIENCE));
        assertEquals(List.of(), SiteFiles.workingEntries(output));
    }

    @Test
    void theStagingAndGarbageOfLiveBuildsInThisJvmAreNeverTouched() throws Exception {
        Path output = dir.resolve("site");
        oldSite(5);
        // One build has published and is still deleting the old site; another is still writing.
        StagedSite deleting = StagedSite.beside(output, heldBack());
        try (deleting) {
            deleting.write("index.html", bytes("first"));
            deleting.publish();
        }
        StagedSite writing = StagedSite.beside(output);
        writing.write("index.html", bytes("second"));
        List<String> before = SiteFiles.workingEntries(output);
        Map<String, String> theirFiles = SiteFiles.hashes(dir);

        StagedSite third = StagedSite.beside(output);
        try (third) {
            third.write("index.html", bytes("third"));
            third.publish();
        }
        assertTrue(third.awaitCleanup(PATIENCE));
        assertEquals(before, SiteFiles.workingEntries(output));
        Map<String, String> now = SiteFiles.hashes(dir);
        theirFiles.forEach((path, hash) -> {
            if (!path.startsWith("site/")) {
                assertEquals(hash, now.get(path), "another live build's " + path);
            }
        });

        try (writing) {
            writing.publish();
        }
        deletionAllowed.countDown();
        assertTrue(deleting.awaitCleanup(PATIENCE) && writing.awaitCleanup(PATIENCE));
        assertEquals(Map.of("index.html", SiteFiles.sha256("second")), SiteFiles.hashes(output));
        assertEquals(List.of(), SiteFiles.workingEntries(output));
    }

    @Test
    void awaitingTheCleanupOfARunningBuildIsAMistake() throws Exception {
        StagedSite site = StagedSite.beside(dir.resolve("site"));
        try (site) {
            assertThrows(IllegalStateException.class, () -> site.awaitCleanup(PATIENCE));
        }
        assertTrue(site.awaitCleanup(PATIENCE));
    }

    /** Deleting threads that start only once the test allows it. */
    private Function<RunNames, ThreadFactory> heldBack() {
        return names -> task -> {
            Thread thread = new Thread(() -> {
                try {
                    deletionAllowed.await();
                } catch (InterruptedException e) {
                    return;
                }
                task.run();
            });
            thread.setDaemon(true);
            return thread;
        };
    }

    private void oldSite(int files) throws IOException {
        for (int i = 0; i < files; i++) {
            file("site/" + i % 4 + "/p" + i + ".html", "old " + i);
        }
    }

    private void file(String relative, String text) throws IOException {
        SiteFiles.write(dir, relative, text);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
