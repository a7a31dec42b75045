package org.opendisclosure.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.Test;
import org.opendisclosure.FixtureSite;
import org.opendisclosure.SiteGenerator;
import org.opendisclosure.content.ContentLimits;
import org.opendisclosure.derive.SiteModel;

/** The open data made with each table's JSON on another thread: the same files, in the same order. */
class OpenDataHelperThreadTest {

    private record Written(String path, byte[] bytes) {
    }

    @Test
    void aHelperThreadChangesNeitherTheFilesNorTheirOrder() throws Exception {
        Path content = FixtureSite.repositoryRoot().resolve("content");
        var checked = new SiteGenerator().check(content, FixtureSite.repositoryRoot(), ContentLimits.DEFAULT);
        SiteModel site = new SiteModel(checked.content(), checked.rollups());

        List<Written> alone = new ArrayList<>();
        List<DataFile> listedAlone = OpenData.write(site, (path, bytes) -> alone.add(new Written(path, bytes)));
        List<Written> helped = new ArrayList<>();
        ExecutorService helper = Executors.newSingleThreadExecutor();
        List<DataFile> listedHelped;
        try {
            listedHelped = OpenData.write(site, (path, bytes) -> helped.add(new Written(path, bytes)), helper);
        } finally {
            helper.shutdownNow();
        }

        assertTrue(alone.size() > 10, "files: " + alone.size());
        assertEquals(alone.stream().map(Written::path).toList(), helped.stream().map(Written::path).toList());
        for (int i = 0; i < alone.size(); i++) {
            assertArrayEquals(alone.get(i).bytes(), helped.get(i).bytes(), alone.get(i).path());
        }
        assertEquals(listedAlone, listedHelped);
    }
}
