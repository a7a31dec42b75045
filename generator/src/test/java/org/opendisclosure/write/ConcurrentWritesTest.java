package org.opendisclosure.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendisclosure.SiteFiles;

/**
 * Render threads write the pages of one site at the same time, many of them into directories
 * that do not exist yet: the site is exactly the files written, and the counters add up.
 */
class ConcurrentWritesTest {

    private static final int THREADS = 8;
    private static final int FILES = 4_000;

    @TempDir
    Path dir;

    @Test
    void manyThreadsWritingIntoNewNestedDirectoriesMakeExactlyTheExpectedTree() throws Exception {
        SortedMap<String, String> expected = new TreeMap<>();
        long expectedBytes = 0;
        for (int i = 0; i < FILES; i++) {
            expected.put(path(i), SiteFiles.sha256(content(i)));
            expectedBytes += content(i).length;
        }
        Path output = dir.resolve("site");
        StagedSite site = StagedSite.beside(output);
        ExecutorService threads = Executors.newFixedThreadPool(THREADS);
        try (site) {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> writers = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int first = t;
                writers.add(threads.submit(() -> {
                    start.await();
                    // Interleaved, so that threads race to create the same directories.
                    for (int i = first; i < FILES; i += THREADS) {
                        site.write(path(i), content(i));
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> writer : writers) {
                writer.get(60, TimeUnit.SECONDS);
            }
            assertEquals(FILES, site.filesWritten());
            assertEquals(expectedBytes, site.bytesWritten());
            site.publish();
            assertThrows(IllegalStateException.class, () -> site.write("late.html", content(0)));
        } finally {
            threads.shutdownNow();
        }
        assertEquals(expected, SiteFiles.hashes(output));
        assertTrue(site.awaitCleanup(Duration.ofSeconds(60)));
        assertEquals(List.of(), SiteFiles.workingEntries(output));
    }

    /** Nested up to four levels, the top levels shared by many files, as a site's years and kinds are. */
    private static String path(int i) {
        return switch (i % 4) {
            case 0 -> "p" + i + ".html";
            case 1 -> "y" + i % 3 + "/p" + i + ".html";
            case 2 -> "y" + i % 3 + "/d" + i % 17 + "/p" + i + ".html";
            default -> "y" + i % 3 + "/d" + i % 17 + "/u" + i % 5 + "/p" + i + ".csv";
        };
    }

    private static byte[] content(int i) {
        return ("页面 " + i + "\n").repeat(1 + i % 7).getBytes(StandardCharsets.UTF_8);
    }
}
