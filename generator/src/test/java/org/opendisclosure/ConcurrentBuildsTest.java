package org.opendisclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendisclosure.content.ContentLimits;
import org.opendisclosure.write.StagedSite;

/**
 * Builds that run at the same time into the same output directory (two terminals, a CI job and
 * an editor's build, Maven's parallel mode) each stage their own site; the output is always one
 * whole site, never a mix, and neither build disturbs the other's work.
 */
class ConcurrentBuildsTest {

    private static final int ROUNDS = 6;
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @TempDir
    Path dir;

    @Test
    void twoBuildsInOneJvmBothSucceedAndLeaveOneWholeSite() throws Exception {
        FixtureSite a = FixtureSite.in(dir.resolve("a")).standard();
        FixtureSite b = FixtureSite.in(dir.resolve("b")).withBudget()
                .file("content/projects/2024/p2024.yaml", FixtureSite.PROJECT_2024.replace("热线项目", "另一个热线项目"));
        assertFalse(a.generate().hasErrors());
        assertFalse(b.generate().hasErrors());
        SortedMap<String, String> siteA = SiteFiles.hashes(a.output());
        SortedMap<String, String> siteB = SiteFiles.hashes(b.output());

        Path shared = dir.resolve("shared/site");
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            for (int round = 1; round <= ROUNDS; round++) {
                CountDownLatch start = new CountDownLatch(1);
                List<Future<GenerationResult>> builds = new ArrayList<>();
                for (FixtureSite site : List.of(a, b)) {
                    builds.add(threads.submit(() -> {
                        start.await();
                        return new SiteGenerator().generate(into(site, shared));
                    }));
                }
                start.countDown();
                for (Future<GenerationResult> build : builds) {
                    GenerationResult result = build.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
                    assertFalse(result.hasErrors(), "round " + round + ": " + FixtureSite.messages(result));
                }
                SortedMap<String, String> published = SiteFiles.hashes(shared);
                assertTrue(published.equals(siteA) || published.equals(siteB),
                        "round " + round + ": the output is neither whole site: " + published.keySet());
                assertEquals(List.of(), SiteFiles.workingEntriesAfterCleanup(shared, PATIENCE), "round " + round);
            }
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void aBuildInThisJvmLeavesTheStagingOfABuildInAnotherJvmAlone() throws Exception {
        FixtureSite mine = FixtureSite.in(dir.resolve("mine")).standard();
        GenerationResult alone = mine.generate();
        assertFalse(alone.hasErrors(), FixtureSite.messages(alone));
        SortedMap<String, String> mySite = SiteFiles.hashes(mine.output());

        Path output = dir.resolve("out/site");
        Path large = GeneratedContent.bundledPlus(InterruptedBuildTest.PROJECTS, dir.resolve("large"));
        Path log = dir.resolve("child.log");
        Process child = SeparateJvmBuild.start(List.of(), new GenerationRequest(large,
                FixtureSite.repositoryRoot().resolve("templates"), output, dir, ContentLimits.DEFAULT), log);
        try {
            Path theirs = InterruptedBuildTest.awaitStagedProjectPages(output, 1, child, log);

            GenerationResult result = new SiteGenerator().generate(into(mine, output));
            assertFalse(result.hasErrors(), FixtureSite.messages(result));
            boolean stillWriting = child.isAlive();
            assertTrue(!stillWriting || Files.isDirectory(theirs), "this build removed the other's staging " + theirs);

            assertTrue(child.waitFor(PATIENCE.toSeconds(), TimeUnit.SECONDS), "the other build did not end");
            assertEquals(0, child.exitValue(), SeparateJvmBuild.log(log));
        } finally {
            child.destroyForcibly();
        }
        String childLog = SeparateJvmBuild.log(log);
        long theirPages = Long.parseLong(childLog.substring(childLog.lastIndexOf("pages: ") + 7).strip());
        SortedMap<String, String> published = SiteFiles.hashes(output);
        boolean theirWholeSite = published.containsKey(GeneratedContent.page(InterruptedBuildTest.PROJECTS))
                && published.keySet().stream().filter(p -> p.endsWith(".html")).count() == theirPages;
        assertTrue(published.equals(mySite) || theirWholeSite,
                "the output is one whole site, whichever build published last: " + published.size() + " files");

        // The other JVM exits without waiting for its background deletion (System.exit does not wait
        // for daemon threads): it may leave garbage, nothing else, which the next build removes.
        List<String> left = SiteFiles.workingEntries(output);
        assertTrue(left.stream().allMatch(n -> n.startsWith(".site.garbage-") || n.startsWith(".site.lock-")),
                left.toString());
        StagedSite next = StagedSite.beside(output);
        next.close();
        assertTrue(next.awaitCleanup(PATIENCE));
        assertEquals(List.of(), SiteFiles.workingEntriesAfterCleanup(output, PATIENCE));
    }

    private static GenerationRequest into(FixtureSite site, Path output) {
        return new GenerationRequest(site.content(), site.templates(), output, site.root(), ContentLimits.DEFAULT);
    }
}
