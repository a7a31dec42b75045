package org.opendisclosure.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendisclosure.write.BuildRecord.OutputRecord;
import org.opendisclosure.write.BuildRecord.PageRecord;

/** The build cache's file: what is written is read back exactly, and nothing else is ever trusted. */
class BuildRecordFileTest {

    /** Names a hostile content file could have: every character the format uses as a separator. */
    private static final String HOSTILE = "content/projects/2024/a\tb|c%41\nd\re.yaml";

    @TempDir
    Path dir;

    private final BuildRecord record = new BuildRecord("engine\nchangeLog true", "t-digest",
            Map.of(HOSTILE, "d1", "content/site.yaml", "d2"),
            Map.of("2024/projects/a.html", new PageRecord("2024-05-01 changes.html#abc", Set.of(HOSTILE, "x|y"),
                    List.of("2024/projects/a.html", "2024/projects/a-t1.csv"), ""),
                    "index.html", new PageRecord("", Set.of(), List.of("index.html"), "ef".repeat(32))),
            Map.of("2024/projects/a.html", new OutputRecord(123, 1_700_000_000_123L, "ab".repeat(32)),
                    "x%09y.html", new OutputRecord(0, 0, "cd".repeat(32))));

    @Test
    void aRecordIsReadBackExactlyWhateverItsNames() throws IOException {
        BuildRecordFile file = new BuildRecordFile(dir);
        file.write(record);
        BuildRecordFile.Read read = file.read("engine\nchangeLog true");
        assertTrue(read.usable(), read.note());
        assertEquals(record, read.record());
    }

    @Test
    void aPageThatReadsThousandsOfFilesIsReadBackExactly() throws IOException {
        // A functional-code page of a city reads every project file below its code: one line far
        // longer than the buffers the file is read through.
        Set<String> sources = new java.util.TreeSet<>();
        for (int i = 0; i < 5_000; i++) {
            sources.add("content/projects/2024/p-" + i + "-办公经费.yaml");
        }
        BuildRecord large = new BuildRecord("engine", "t", Map.of(), Map.of("2024/functions/201.html",
                new PageRecord("", sources, List.of("2024/functions/201.html"), "")), Map.of());
        BuildRecordFile file = new BuildRecordFile(dir);
        file.write(large);

        BuildRecordFile.Read read = file.read("engine");
        assertTrue(read.usable(), read.note());
        assertEquals(large, read.record());
    }

    @Test
    void aRecordBegunBeforeItsOutputsAreKnownIsTheSameAndOneNeverFinishedLeavesNothing() throws IOException {
        BuildRecordFile file = new BuildRecordFile(dir);
        try (BuildRecordFile.Pending pending = file.begin(record.key(), record.templates(), record.inputs(),
                record.pages())) {
            assertFalse(Files.exists(dir.resolve(BuildRecordFile.NAME)), "not in place before it is finished");
            pending.finish(record.outputs());
        }
        assertEquals(record, file.read(record.key()).record());

        file.delete();
        try (BuildRecordFile.Pending pending = file.begin(record.key(), record.templates(), record.inputs(),
                record.pages())) {
            // The build fails before its outputs are known.
        }
        try (var left = Files.list(dir)) {
            assertEquals(List.of(), left.toList());
        }
    }

    @Test
    void takingTheRecordRemovesTheFile() throws IOException {
        BuildRecordFile file = new BuildRecordFile(dir);
        file.write(record);
        assertTrue(file.take("engine\nchangeLog true").usable());
        assertFalse(Files.exists(dir.resolve(BuildRecordFile.NAME)));
        assertEquals("没有构建缓存，完整构建。", file.take("engine\nchangeLog true").note());
    }

    @Test
    void withoutAFileTheNoteSaysSo() {
        assertEquals("没有构建缓存，完整构建。", new BuildRecordFile(dir.resolve("never-made")).read("k").note());
    }

    @Test
    void anotherKeyNamesTheSettingThatDiffers() throws IOException {
        BuildRecordFile file = new BuildRecordFile(dir);
        file.write(record);
        BuildRecordFile.Read read = file.read("engine\nchangeLog false");
        assertFalse(read.usable());
        assertEquals("构建缓存由另一版本的插件或另一组设置生成（缓存：changeLog true；本次：changeLog false），不予使用，完整构建。",
                read.note());
    }

    @Test
    void everyDamagedOrForeignFileIsRefusedWithItsReason() throws IOException {
        BuildRecordFile file = new BuildRecordFile(dir);
        file.write(record);
        Path path = dir.resolve(BuildRecordFile.NAME);
        byte[] good = Files.readAllBytes(path);
        String key = "engine\nchangeLog true";

        byte[] flipped = good.clone();
        flipped[good.length / 3] ^= 0x20;
        Files.write(path, flipped);
        assertEquals("构建缓存 " + path + " 已损坏（校验和不符），不予使用，完整构建。", file.read(key).note());

        Files.write(path, java.util.Arrays.copyOf(good, good.length - 10));
        assertEquals("构建缓存 " + path + " 已损坏（不完整（缺少结尾校验行）），不予使用，完整构建。", file.read(key).note());

        Files.writeString(path, "disclosure-build-cache 2\nkey\tengine\n");
        assertEquals("构建缓存 " + path + " 不是本工具这一版本的缓存（首行不是“disclosure-build-cache 4”），不予使用，完整构建。",
                file.read(key).note());

        String forged = "disclosure-build-cache 4\nkey\tengine\nrm\t-rf\n";
        Files.writeString(path, forged + "end\t" + org.opendisclosure.io.Sha256.hex(forged.getBytes()) + "\n");
        assertEquals("构建缓存 " + path + " 已损坏（有无法识别的行：rm\t-rf），不予使用，完整构建。", file.read(key).note());

        String badNumber = "disclosure-build-cache 4\nkey\tengine\ntemplates\tt\noutput\tbig\t0\tab\tx.html\n";
        Files.writeString(path, badNumber + "end\t" + org.opendisclosure.io.Sha256.hex(badNumber.getBytes()) + "\n");
        assertTrue(file.read(key).note().startsWith("构建缓存 " + path + " 已损坏（有格式错误的行"), file.read(key).note());

        byte[] notUtf8 = good.clone();
        notUtf8[good.length / 2] = (byte) 0xFF;
        Files.write(path, notUtf8);
        assertEquals("构建缓存 " + path + " 已损坏（不是 UTF-8 文本），不予使用，完整构建。", file.read(key).note());

        byte[] afterEnd = java.util.Arrays.copyOf(good, good.length + 5);
        System.arraycopy("page\n".getBytes(), 0, afterEnd, good.length, 5);
        Files.write(path, afterEnd);
        assertEquals("构建缓存 " + path + " 已损坏（不完整（缺少结尾校验行）），不予使用，完整构建。", file.read(key).note());

        Files.write(path, good);
        assertTrue(file.read(key).usable(), "the file put back as written is read again");

        Files.delete(path);
        Files.createDirectory(path);
        assertEquals("构建缓存 " + path + " 不是普通文件，不予使用，完整构建。", file.read(key).note());
    }
}
