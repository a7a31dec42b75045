package org.opendisclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendisclosure.content.ContentLimits;

/**
 * A build that stops half-way, however it stops, leaves the previous site byte for byte as it
 * was, and the next build succeeds: killed with SIGKILL while writing pages (in a JVM of its
 * own), a template that fails on one late page, a path the file system refuses.
 */
class InterruptedBuildTest {

    /**
     * Generated projects: writing their pages lasts long enough (about a second) for a test to see
     * the staging directory fill and act in the middle, while the whole test stays short.
     */
    static final int PROJECTS = 600;
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @TempDir
    Path dir;

    @Test
    void aBuildKilledWhileWritingPagesLeavesThePreviousSiteAndTheNextBuildSucceeds() throws Exception {
        Path output = dir.resolve("out/site");
        assertFalse(bundled(output).hasErrors());
        SortedMap<String, String> before = SiteFiles.hashes(output);

        Path large = GeneratedContent.bundledPlus(PROJECTS, dir.resolve("large"));
        Path log = dir.resolve("child.log");
        Process child = SeparateJvmBuild.start(List.of(), request(large, output), log);
        Path staging;
        try {
            staging = awaitStagedProjectPages(output, 20, child, log);
        } finally {
            child.destroyForcibly();
        }
        assertTrue(child.waitFor(PATIENCE.toSeconds(), TimeUnit.SECONDS), "the killed build did not end");
        assertNotEquals(0, child.exitValue());
        assertTrue(Files.isDirectory(staging), "the kill left the half-written staging directory " + staging);
        assertFalse(Files.exists(output.resolve(GeneratedContent.page(1))));
        assertEquals(before, SiteFiles.hashes(output), "the previous site changed");

        FixtureSite next = FixtureSite.in(dir.resolve("next")).standard();
        GenerationResult result = new SiteGenerator().generate(request(next.content(), output));
        assertFalse(result.hasErrors(), FixtureSite.messages(result));
        assertTrue(Files.readString(output.resolve("2024/projects/p2024.html")).contains("热线项目"));
        assertEquals(List.of(), SiteFiles.workingEntriesAfterCleanup(output, PATIENCE),
                "the next build cleaned up what the kill left");
    }

    @Test
    void aTemplateThatFailsOnOneLatePageLeavesThePreviousSite() throws IOException {
        FixtureSite site = FixtureSite.in(dir).standard();
        Path templates = site.root().resolve("templates");
        FixtureSite.copyOfTemplates(templates);
        assertFalse(site.generate().hasErrors());
        SortedMap<String, String> before = SiteFiles.hashes(site.output());

        // The 2024 project is among the last pages: home, 404, all of 2019 and the 2024 year,
        // department and unit pages have been staged before it fails.
        Path project = templates.resolve("project.ftlh");
        Files.writeString(project, "<#if project.year() == 2024>${noSuchVariable}</#if>\n" + Files.readString(project));
        site.file("content/projects/2019/p2019.yaml", FixtureSite.PROJECT_2019.replace("培训项目", "改过的培训项目"));
        GenerationResult failed = site.generate();

        String messages = FixtureSite.messages(failed);
        assertTrue(messages.startsWith("templates/project.ftlh:1:"), messages);
        assertTrue(messages.contains("2024/projects/p2024.html"), messages);
        assertEquals(0, failed.pagesWritten());
        assertEquals(before, SiteFiles.hashes(site.output()));
        assertEquals(List.of(), SiteFiles.workingEntriesAfterCleanup(site.output(), PATIENCE));
    }

    /**
     * Every page is staged, then copying an asset fails: its path beside the output is longer than
     * the file system allows (PATH_MAX, 4096 bytes on Linux), although it is short enough where
     * the templates are. The same happens on Windows with paths over 260 characters.
     */
    @Test
    void anAssetPathTheFileSystemRefusesLeavesThePreviousSite() throws IOException {
        Path deepOutput = dir.resolve("o").resolve("d".repeat(200)).resolve("e".repeat(200)).resolve("site");
        FixtureSite site = FixtureSite.in(dir).standard();
        Path templates = dir.resolve("t");
        FixtureSite.copyOfTemplates(templates);
        GenerationRequest request = new GenerationRequest(site.content(), templates, deepOutput, dir,
                ContentLimits.DEFAULT);
        assertFalse(new SiteGenerator().generate(request).hasErrors());
        SortedMap<String, String> before = SiteFiles.hashes(deepOutput);

        Path asset = templates.resolve("assets");
        int room = 4000 - asset.toAbsolutePath().toString().length();
        while (room > 260) {
            asset = asset.resolve("a".repeat(250));
            room -= 251;
        }
        Files.createDirectories(asset);
        Files.writeString(asset.resolve("x.css"), "p { color: black; }\n");
        assertTrue(deepOutput.toAbsolutePath().toString().length() + asset.toString().length()
                - templates.toString().length() > 4200, "the staged asset path must exceed PATH_MAX");
        site.file("content/projects/2019/p2019.yaml", FixtureSite.PROJECT_2019.replace("培训项目", "改过的培训项目"));
        GenerationResult failed = new SiteGenerator().generate(request);

        String messages = FixtureSite.messages(failed);
        assertTrue(messages.contains("[output]") && messages.contains("无法写出站点"), messages);
        assertEquals(before, SiteFiles.hashes(deepOutput));
        assertEquals(List.of(), SiteFiles.workingEntriesAfterCleanup(deepOutput, PATIENCE));
    }

    private GenerationResult bundled(Path output) {
        return new SiteGenerator().generate(request(FixtureSite.repositoryRoot().resolve("content"), output));
    }

    private GenerationRequest request(Path content, Path output) {
        return new GenerationRequest(content, FixtureSite.repositoryRoot().resolve("templates"), output, dir,
                ContentLimits.DEFAULT);
    }

    /**
     * Waits until a staging directory beside {@code output} holds at least {@code count} project
     * pages of 2024, the last pages a build writes, and returns it.
     */
    static Path awaitStagedProjectPages(Path output, int count, Process child, Path log)
            throws IOException, InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            Optional<Path> staging = staging(output);
            if (staging.isPresent() && projectPages(staging.get()) >= count) {
                return staging.get();
            }
            if (!child.isAlive()) {
                fail("the build ended before it could be killed (exit " + child.exitValue() + "):\n"
                        + SeparateJvmBuild.log(log));
            }
            Thread.sleep(5);
        }
        return fail("no staged pages within " + PATIENCE + ":\n" + SeparateJvmBuild.log(log));
    }

    private static Optional<Path> staging(Path output) throws IOException {
        String prefix = "." + output.getFileName() + ".staging";
        try (Stream<Path> list = Files.list(output.getParent())) {
            return list.filter(p -> p.getFileName().toString().startsWith(prefix) && Files.isDirectory(p)).findFirst();
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
    }

    private static long projectPages(Path staging) throws IOException {
        try (Stream<Path> list = Files.list(staging.resolve("2024/projects"))) {
            return list.count();
        } catch (NoSuchFileException e) {
            return 0;
        }
    }
}
