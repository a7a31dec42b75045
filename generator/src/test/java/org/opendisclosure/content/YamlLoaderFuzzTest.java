package org.opendisclosure.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendisclosure.FixtureSite;
import org.opendisclosure.problem.Problem;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzes loading and checking with arbitrary bytes as a content file of each kind. The property:
 * whatever the bytes, the run ends within {@link #PER_INPUT} with a list of problems — no
 * exception escapes, nothing hangs, and a second run gives the same list. A problem that only
 * says the YAML reader met an unexpected exception counts as an escaped exception.
 *
 * <p>Without {@code JAZZER_FUZZ} this is a regression test over the inputs in
 * {@code src/test/resources/org/opendisclosure/content/YamlLoaderFuzzTestInputs/}: the files
 * directly in it are run by every method, those in a method's own folder by that method only.
 * Fuzzing one method: see {@code docs/testing.md}.
 */
class YamlLoaderFuzzTest {

    /** Far above the few milliseconds a content file takes; a hang is what it catches. */
    private static final Duration PER_INPUT = Duration.ofSeconds(5);

    private static OneFileSite project;
    private static OneFileSite budget;
    private static OneFileSite department;
    private static OneFileSite catalogue;

    /**
     * Writes one site per kind of file and runs each once with its valid file: every problem an
     * input brings is then the input's, and loading the classes does not count against
     * {@link #PER_INPUT}.
     */
    @BeforeAll
    static void writeSites(@TempDir Path root) throws Exception {
        project = site(root, "content/projects/2024/p2024.yaml", FixtureSite.PROJECT_2024);
        budget = site(root, "content/budgets/2019/dept.yaml", FixtureSite.BUDGET);
        department = site(root, "content/departments/dept.yaml", FixtureSite.DEPARTMENT);
        catalogue = site(root, "content/catalogues/2019.yaml", FixtureSite.CATALOGUE);
    }

    private static OneFileSite site(Path root, String file, String valid) throws Exception {
        OneFileSite site = OneFileSite.of(Files.createTempDirectory(root, "site"), file);
        assertEquals(List.of(), site.problemsWith(valid.getBytes(StandardCharsets.UTF_8)));
        return site;
    }

    @FuzzTest
    void projectFile(byte[] bytes) {
        onlyProblemsComeOut(project, bytes);
    }

    @FuzzTest
    void budgetFile(byte[] bytes) {
        onlyProblemsComeOut(budget, bytes);
    }

    @FuzzTest
    void departmentFile(byte[] bytes) {
        onlyProblemsComeOut(department, bytes);
    }

    @FuzzTest
    void catalogueFile(byte[] bytes) {
        onlyProblemsComeOut(catalogue, bytes);
    }

    /** Renaming a method or this class without its inputs would quietly leave only the empty input. */
    @Test
    void everyFuzzTestHasItsRegressionInputs() {
        RegressionInputs.assertPresent(YamlLoaderFuzzTest.class);
    }

    private static void onlyProblemsComeOut(OneFileSite site, byte[] bytes) {
        List<Problem> first = assertTimeoutPreemptively(PER_INPUT, () -> site.problemsWith(bytes));
        List<Problem> second = assertTimeoutPreemptively(PER_INPUT, () -> site.problemsWith(bytes));
        assertEquals(first, second, "two runs on the same input differ");
        for (Problem problem : first) {
            // Only the catch-all starts so; other messages may quote the file's text, and with it these words.
            if (problem.message().startsWith(YamlTreeReader.UNEXPECTED_FAILURE)) {
                throw new AssertionError("an exception was turned into a message: " + problem);
            }
        }
    }
}
