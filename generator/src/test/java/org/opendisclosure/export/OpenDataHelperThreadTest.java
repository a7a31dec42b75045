package org.opendisclosure.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.Test;
import org.opendisclosure.FixtureSite;
import org.opendisclosure.SiteGenerator;
import org.opendisclosure.content.ContentLimits;
import org.opendisclosure.derive.SiteModel;
import org.opendisclosure.io.FileContent;

/**
 * The open data made with each table's JSON on another thread, and streamed to a sink that takes
 * a stream: the same files with the same bytes, listed in the same order, each listed with the size
 * and SHA-256 of the bytes written.
 */
class OpenDataHelperThreadTest {

    @Test
    void neitherAHelperThreadNorStreamingChangesTheFilesOrTheirListing() throws Exception {
        Path content = FixtureSite.repositoryRoot().resolve("content");
        var checked = new SiteGenerator().check(content, FixtureSite.repositoryRoot(), ContentLimits.DEFAULT);
        SiteModel site = new SiteModel(checked.content(), checked.rollups());

        Map<String, byte[]> alone = new ConcurrentHashMap<>();
        List<DataFile> listedAlone = OpenData.write(site, alone::put);
        Map<String, byte[]> helped = new ConcurrentHashMap<>();
        Map<String, byte[]> streamedOnly = new ConcurrentHashMap<>();
        ExecutorService helper = Executors.newSingleThreadExecutor();
        List<DataFile> listedHelped;
        try {
            listedHelped = OpenData.write(site, new StreamingSink(helped, streamedOnly), helper);
        } finally {
            helper.shutdownNow();
        }

        assertTrue(alone.size() > 10, "files: " + alone.size());
        assertEquals(alone.keySet(), helped.keySet());
        for (String path : alone.keySet()) {
            assertArrayEquals(alone.get(path), helped.get(path), path);
        }
        assertEquals(listedAlone, listedHelped);
        assertEquals(alone.size() - 1, streamedOnly.size(), "every table streamed, the descriptor written whole");
        for (DataFile file : listedHelped) {
            byte[] bytes = helped.get(file.path());
            assertEquals(bytes.length, file.size(), file.path());
            assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)), file.sha256(),
                    file.path());
        }
    }

    /** A sink that takes streams, as the staged site does, from two threads at once. */
    private record StreamingSink(Map<String, byte[]> files, Map<String, byte[]> streamed) implements OpenData.FileSink {
        @Override
        public void write(String path, byte[] bytes) {
            files.put(path, bytes);
        }

        @Override
        public void writeStreamed(String path, FileContent content) throws IOException {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            content.writeTo(out);
            files.put(path, out.toByteArray());
            streamed.put(path, out.toByteArray());
        }
    }
}
