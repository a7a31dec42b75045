package org.opendisclosure.write;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendisclosure.write.BuildRecord.OutputRecord;

/** Files of the previous site are taken over only where that is exactly right. */
class KeepingSiteTest {

    @TempDir
    Path dir;

    @Test
    void sameBytesAreKeptOtherBytesWrittenAndTheOldSiteNeverChanges() throws Exception {
        Path output = dir.resolve("site");
        Map<String, OutputRecord> first = publish(output, Map.of(), Map.of("a.html", "A", "b/c.html", "C"));
        Path oldA = output.resolve("a.html");
        Map<String, OutputRecord> second = publishAndCount(output, first, Map.of("a.html", "A", "b/c.html", "C2"),
                1, 1);
        assertEquals("A", Files.readString(output.resolve("a.html")));
        assertEquals("C2", Files.readString(output.resolve("b/c.html")));
        assertEquals(first.get("a.html"), second.get("a.html"), "a kept file keeps its record");
        assertTrue(Files.exists(oldA));
    }

    @Test
    void aFileChangedSinceItWasWrittenIsWrittenAgain() throws Exception {
        Path output = dir.resolve("site");
        Map<String, OutputRecord> first = publish(output, Map.of(), Map.of("a.html", "A"));
        Files.writeString(output.resolve("a.html"), "B");
        Files.setLastModifiedTime(output.resolve("a.html"),
                FileTime.fromMillis(first.get("a.html").modified())); // same size, time and checksum: the bytes decide
        publishAndCount(output, first, Map.of("a.html", "A"), 0, 1);
        assertEquals("A", Files.readString(output.resolve("a.html")));
    }

    @Test
    void aPageIsKeptWholeOrNotAtAllAndNeverFromOutsideTheSite() throws Exception {
        Path output = dir.resolve("site");
        Map<String, OutputRecord> first = publish(output, Map.of(), Map.of("p.html", "P", "p-t1.csv", "T"));
        Files.writeString(dir.resolve("secret"), "S");
        Map<String, OutputRecord> forged = new java.util.HashMap<>(first);
        forged.put("../secret", new OutputRecord(1, Files.getLastModifiedTime(dir.resolve("secret")).toMillis(),
                "x"));
        try (StagedSite staged = StagedSite.beside(output)) {
            KeepingSite site = new KeepingSite(staged, forged);
            assertFalse(site.keepAll(List.of("p.html", "missing.csv")), "a file the record lacks");
            assertFalse(site.keepAll(List.of("../secret")), "outside the site");
            assertTrue(site.keepAll(List.of("p.html", "p-t1.csv")));
            assertThrows(IllegalStateException.class, () -> site.write("p.html", "P".getBytes(StandardCharsets.UTF_8)));
            staged.publish();
            staged.close();
            assertTrue(staged.awaitCleanup(Duration.ofSeconds(30)));
        }
        assertEquals(List.of("p-t1.csv", "p.html"), listing(output));
    }

    @Test
    void aStreamedFileIsRecordedLikeAWrittenOneAndKeptByTheNextBuildWhenUnchanged() throws Exception {
        Path output = dir.resolve("site");
        byte[] big = "数据,1.00\r\n".repeat(20_000).getBytes(StandardCharsets.UTF_8);
        Map<String, OutputRecord> first;
        try (StagedSite staged = StagedSite.beside(output)) {
            KeepingSite site = new KeepingSite(staged, Map.of());
            site.writeStreamed("data/t.csv", out -> {
                out.write(big, 0, 7);
                out.write(big, 7, big.length - 7);
            });
            assertThrows(IllegalStateException.class, () -> site.writeStreamed("data/t.csv", out -> out.write(1)));
            staged.publish();
            first = site.outputs();
            assertEquals(1, staged.filesWritten());
            assertEquals(big.length, staged.bytesWritten());
            staged.close();
            assertTrue(staged.awaitCleanup(Duration.ofSeconds(30)));
        }
        assertArrayEquals(big, Files.readAllBytes(output.resolve("data/t.csv")));
        OutputRecord record = first.get("data/t.csv");
        assertEquals(big.length, record.size());
        assertEquals(String.format("%08x", crc32c(big)), record.checksum());
        assertEquals(Files.getLastModifiedTime(output.resolve("data/t.csv")).toMillis(), record.modified());

        try (StagedSite staged = StagedSite.beside(output)) {
            KeepingSite site = new KeepingSite(staged, first);
            site.writeStreamed("data/t.csv", out -> out.write(big));
            staged.publish();
            assertEquals(1, staged.filesKept(), "the same bytes streamed again are kept");
            assertEquals(0, staged.filesWritten());
            assertEquals(record, site.outputs().get("data/t.csv"));
            staged.close();
            assertTrue(staged.awaitCleanup(Duration.ofSeconds(30)));
        }
    }

    private Map<String, OutputRecord> publish(Path output, Map<String, OutputRecord> previous,
            Map<String, String> files) throws Exception {
        return publishAndCount(output, previous, files, -1, -1);
    }

    private Map<String, OutputRecord> publishAndCount(Path output, Map<String, OutputRecord> previous,
            Map<String, String> files, int kept, int written) throws Exception {
        StagedSite staged = StagedSite.beside(output);
        Map<String, OutputRecord> outputs;
        try (staged) {
            KeepingSite site = new KeepingSite(staged, previous);
            for (Map.Entry<String, String> file : new java.util.TreeMap<>(files).entrySet()) {
                site.write(file.getKey(), file.getValue().getBytes(StandardCharsets.UTF_8));
            }
            staged.publish();
            outputs = site.outputs();
            if (kept >= 0) {
                assertEquals(kept, staged.filesKept(), "kept");
                assertEquals(written, staged.filesWritten(), "written");
            }
        }
        assertTrue(staged.awaitCleanup(Duration.ofSeconds(30)));
        return outputs;
    }

    private static long crc32c(byte[] bytes) {
        java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
        crc.update(bytes);
        return crc.getValue();
    }

    private static List<String> listing(Path output) throws IOException {
        try (var walk = Files.walk(output)) {
            return walk.filter(Files::isRegularFile).map(p -> output.relativize(p).toString()).sorted().toList();
        }
    }
}
