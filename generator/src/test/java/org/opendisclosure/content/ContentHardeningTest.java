package org.opendisclosure.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendisclosure.FixtureSite;
import org.opendisclosure.model.Content;
import org.opendisclosure.problem.Problem;
import org.opendisclosure.problem.ProblemCollector;

/**
 * What an attacker (or an accident) can put into {@code content/} beyond YAML text: huge files,
 * invisible control characters written as YAML escapes, links out of the folder, named pipes,
 * folders named like files. Each is refused or reported with an exact message.
 */
class ContentHardeningTest {

    @TempDir
    Path dir;

    private List<String> messages(FixtureSite site) {
        ProblemCollector problems = new ProblemCollector();
        new ContentLoader(ContentLimits.DEFAULT).load(site.content(), site.root(), problems);
        return problems.sorted().stream().map(Problem::format).toList();
    }

    /** A 3 GB sparse file: reading it would end the build with OutOfMemoryError; its size alone refuses it. */
    @Test
    void aHugeFileIsRefusedBeforeItIsRead() throws IOException {
        FixtureSite site = FixtureSite.in(dir).standard();
        Path huge = site.content().resolve("projects/2024/huge.yaml");
        try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(3L * 1024 * 1024 * 1024);
        }
        long before = usedHeap();
        assertEquals(List.of("content/projects/2024/huge.yaml:1:1: error: 文件过大：最多 2097152 字节，实际 3221225472 字节 [yaml]"),
                messages(site));
        assertTrue(usedHeap() - before < 256L * 1024 * 1024, "loading took " + (usedHeap() - before) + " bytes");
    }

    @Test
    void aControlCharacterWrittenAsAnEscapeIsRefused() {
        FixtureSite site = FixtureSite.in(dir).standard().file("content/projects/2024/p2024.yaml",
                FixtureSite.PROJECT_2024.replace("name: 热线项目\n", "name: \"热线\\x07项目\"\n"));
        assertEquals(List.of("content/projects/2024/p2024.yaml:4:7: error: name: 含有控制字符 U+0007"
                + "（YAML 转义 \"\\x07\" 之类写入的不可见字符）：除制表符和换行外不允许控制字符，请删除它 [control-character]"),
                messages(site));
    }

    @Test
    void everyControlCharacterButTabAndNewlineIsRefusedAndDeleteToo() {
        for (String escape : List.of("\\0", "\\r", "\\e", "\\x1F", "\\x7F")) {
            FixtureSite site = FixtureSite.in(dir.resolve("c" + escape.length() + escape.charAt(1))).standard()
                    .file("content/projects/2024/p2024.yaml",
                            FixtureSite.PROJECT_2024.replace("name: 热线项目\n", "name: \"热线" + escape + "项目\"\n"));
            List<String> messages = messages(site);
            assertEquals(1, messages.size(), escape + ": " + messages);
            assertTrue(messages.get(0).endsWith("[control-character]"), escape + ": " + messages);
        }
        FixtureSite allowed = FixtureSite.in(dir.resolve("tab")).standard().file("content/projects/2024/p2024.yaml",
                FixtureSite.PROJECT_2024.replace("name: 热线项目\n", "name: \"热线\\t项目\\n\"\n"));
        assertEquals(List.of(), messages(allowed));
    }

    @Test
    void aSymbolicLinkIsReportedAndNotFollowed() throws IOException {
        Path outside = Files.writeString(dir.resolve("secret.yaml"), FixtureSite.PROJECT_2024.replace("p2024", "secret"));
        FixtureSite site = FixtureSite.in(dir.resolve("site")).standard();
        Files.createSymbolicLink(site.content().resolve("projects/2024/link.yaml"), outside);
        Files.createSymbolicLink(site.content().resolve("projects/2019/elsewhere"), dir);
        ProblemCollector problems = new ProblemCollector();
        Content content = new ContentLoader(ContentLimits.DEFAULT).load(site.content(), site.root(), problems);
        assertEquals(List.of(
                "content/projects/2019/elsewhere:1:1: warning: 这是符号链接，不跟随（内容只从 content/ 里的文件读取）；已跳过 [skipped-file]",
                "content/projects/2024/link.yaml:1:1: warning: 这是符号链接，不跟随（内容只从 content/ 里的文件读取）；已跳过 [skipped-file]"),
                problems.sorted().stream().map(Problem::format).toList());
        assertEquals(List.of("p2019", "p2024"), content.projects().stream().map(p -> p.id()).toList());
    }

    @Test
    void aLinkedKindFolderIsReportedAndNotFollowed() throws IOException {
        FixtureSite elsewhere = FixtureSite.in(dir.resolve("elsewhere")).standard();
        FixtureSite site = FixtureSite.in(dir.resolve("site")).file("content/departments/dept.yaml", FixtureSite.DEPARTMENT);
        Files.createSymbolicLink(site.content().resolve("projects"), elsewhere.content().resolve("projects"));
        assertEquals(List.of("content/projects:1:1: warning: 这是符号链接，不跟随（内容只从 content/ 里的文件读取）；已跳过 [skipped-file]"),
                messages(site));
    }

    @Test
    void aFolderNamedLikeAYamlFileIsReported() throws IOException {
        FixtureSite site = FixtureSite.in(dir).standard();
        Files.createDirectories(site.content().resolve("projects/2024/old.yaml"));
        assertEquals(List.of("content/projects/2024/old.yaml:1:1: warning: 这是文件夹，却以 .yaml/.yml 结尾；"
                + "其中的文件照常读取，它本身不是内容文件 [skipped-file]"), messages(site));
    }

    @Test
    void aNamedPipeIsReportedAndNeverOpened() throws Exception {
        FixtureSite site = FixtureSite.in(dir).standard();
        Path pipe = site.content().resolve("projects/2024/pipe.yaml");
        Process mkfifo = new ProcessBuilder("mkfifo", pipe.toString()).inheritIO().start();
        assertTrue(mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0, "mkfifo failed");
        // Opening a pipe with no writer would block for ever: the loader must not even try.
        assertEquals(List.of("content/projects/2024/pipe.yaml:1:1: warning: 这不是普通文件（命名管道、设备或套接字）；已跳过 [skipped-file]"),
                org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(20),
                        () -> messages(site)));
    }

    private static long usedHeap() {
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
