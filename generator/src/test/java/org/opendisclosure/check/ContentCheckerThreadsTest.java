package org.opendisclosure.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendisclosure.GeneratedContent;
import org.opendisclosure.SiteGenerator;
import org.opendisclosure.SiteGenerator.CheckedContent;
import org.opendisclosure.content.ContentLimits;
import org.opendisclosure.problem.Problem;
import org.opendisclosure.problem.ProblemCodes;
import org.opendisclosure.problem.ProblemCollector;

/**
 * Projects' own checks run on several threads, each over a share of the projects: the report must
 * be the same, problem for problem and in the same order, as on one thread.
 */
class ContentCheckerThreadsTest {

    @Test
    void oneThreadAndManyFindTheSameProblemsInTheSameOrder(@TempDir Path dir) throws IOException {
        Path content = GeneratedContent.city(1_200, dir.resolve("content"), 11);
        // Break every 37th generated project's funding, so that every share of the projects has problems.
        List<Path> projects;
        try (Stream<Path> files = Files.list(content.resolve("projects/2024"))) {
            projects = files.filter(file -> file.getFileName().toString().startsWith("gen-")).sorted().toList();
        }
        int broken = 0;
        for (int i = 0; i < projects.size(); i += 37) {
            String yaml = Files.readString(projects.get(i));
            if (yaml.contains("\n  other: 0.00\n")) {
                Files.writeString(projects.get(i), yaml.replace("\n  other: 0.00\n", "\n  other: 1.00\n"));
                broken++;
            }
        }
        CheckedContent loaded = new SiteGenerator().check(content, dir, ContentLimits.DEFAULT);
        assertTrue(loaded.content().projects().size() >= 2 * ContentChecker.PROJECTS_PER_THREAD,
                "too few projects for more than one share");

        List<Problem> oneThread = check(loaded, 1);
        long fundingProblems = oneThread.stream().filter(p -> p.code().equals(ProblemCodes.FUNDING_TOTAL)).count();
        assertTrue(broken > 20 && fundingProblems >= broken, broken + " broken projects, " + fundingProblems
                + " funding problems");
        for (int threads : new int[] {2, 4, 7}) {
            List<Problem> many = check(loaded, threads);
            assertEquals(oneThread.size(), many.size(), threads + " threads");
            assertEquals(oneThread, many, threads + " threads");
        }
    }

    private static List<Problem> check(CheckedContent loaded, int threads) {
        return new ContentChecker(threads).check(loaded.content(), loaded.rollups(), new ProblemCollector()).problems();
    }
}
