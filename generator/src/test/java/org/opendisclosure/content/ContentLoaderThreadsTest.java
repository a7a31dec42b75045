package org.opendisclosure.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendisclosure.FixtureSite;
import org.opendisclosure.GeneratedContent;
import org.opendisclosure.model.Content;
import org.opendisclosure.problem.Problem;
import org.opendisclosure.problem.ProblemCollector;

/** Loading on several threads gives the model and the problems of loading on one. */
class ContentLoaderThreadsTest {

    private static final Path BROKEN_CORPUS = FixtureSite.repositoryRoot().resolve("generator/src/test/resources/broken");

    @TempDir
    Path dir;

    /** What one load gives: the model and every problem. */
    private record Load(Content content, List<Problem> problems) {
    }

    private static Load load(Path content, int threads) {
        ProblemCollector problems = new ProblemCollector();
        Content model = new ContentLoader(ContentLimits.DEFAULT, threads).load(content, content.getParent(), problems);
        return new Load(model, problems.sorted());
    }

    private static void sameWithOneAndFourThreads(Path content) {
        Load one = load(content, 1);
        Load four = load(content, 4);
        assertEquals(one.content(), four.content());
        assertEquals(one.problems(), four.problems());
    }

    @Test
    void bundledContent() {
        Path content = FixtureSite.repositoryRoot().resolve("content");
        sameWithOneAndFourThreads(content);
        assertTrue(load(content, 4).content().projects().size() > 10);
    }

    @Test
    void generatedCity() throws IOException {
        Path content = GeneratedContent.city(600, dir.resolve("content"), 7);
        sameWithOneAndFourThreads(content);
        assertEquals(600 + load(FixtureSite.repositoryRoot().resolve("content"), 1).content().projects().size(),
                load(content, 4).content().projects().size());
    }

    /** Every file of the broken-content corpus beside the bundled content: many files, many kinds of problem. */
    @Test
    void contentWithBrokenFiles() throws IOException {
        Path content = dir.resolve("content");
        FixtureSite.copyTree(FixtureSite.repositoryRoot().resolve("content"), content);
        try (Stream<Path> cases = Files.list(BROKEN_CORPUS)) {
            for (Path broken : cases.filter(c -> Files.isDirectory(c.resolve("content"))).sorted().toList()) {
                copyRenamed(broken.resolve("content"), content, broken.getFileName() + "-");
            }
        }
        Load one = load(content, 1);
        assertFalse(one.problems().isEmpty());
        assertFalse(one.content().incomplete().departments().isEmpty());
        sameWithOneAndFourThreads(content);
    }

    /** Copies the files below {@code from} to the same folders below {@code to}, each name with {@code prefix}. */
    private static void copyRenamed(Path from, Path to, String prefix) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path relative = from.relativize(file);
                Path target = to.resolve(relative).resolveSibling(prefix + file.getFileName());
                Files.createDirectories(target.getParent());
                Files.copy(file, target);
            }
        }
    }
}
