package org.opendisclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.opendisclosure.problem.ProblemCodes;

/**
 * Runs every case of the broken-content corpus ({@code src/test/resources/broken/}, see its
 * README): each case's files are laid over the valid base site, the whole pipeline runs, and the
 * messages must equal the case's {@code expected.txt} line for line.
 *
 * <p>After a deliberate change of wording, {@code -Ddisclosure.updateGolden=true} rewrites the
 * golden files; review them with {@code git diff} before committing.
 */
class BrokenContentCorpusTest {

    private static final Path CORPUS = FixtureSite.repositoryRoot().resolve("generator/src/test/resources/broken");
    private static final Path BASE = CORPUS.resolve("_base");
    private static final Pattern CODE_AT_END = Pattern.compile("\\[([a-z-]+)]$");

    /**
     * Codes that are not checks of content and so have no case: {@code output} is the disk
     * failing under the writer, covered by {@code SiteGeneratorTest}.
     */
    private static final Set<String> NOT_CONTENT_CHECKS = Set.of(ProblemCodes.OUTPUT,
            // disclosure:import's messages about workbooks, pinned by HostileWorkbookTest and MessyBudgetWorkbookTest
            ProblemCodes.WORKBOOK, ProblemCodes.WORKBOOK_EXTERNAL_LINK, ProblemCodes.WORKBOOK_FORMULA,
            ProblemCodes.WORKBOOK_SUBTOTAL, ProblemCodes.WORKBOOK_TABLE, ProblemCodes.WORKBOOK_VALUE);

    @TempDir
    Path temp;

    @TestFactory
    Stream<DynamicTest> everyCaseGivesItsGoldenMessages() throws IOException {
        return cases().stream().map(c -> DynamicTest.dynamicTest(c.getFileName().toString(), () -> runCase(c)));
    }

    @Test
    void thereAreAtLeastFortyCases() throws IOException {
        assertTrue(cases().size() >= 40, "cases: " + cases().size());
    }

    @Test
    void everyCheckInTheCodeHasACase() throws Exception {
        Set<String> covered = new TreeSet<>();
        for (Path c : cases()) {
            for (String line : Files.readAllLines(c.resolve("expected.txt"), StandardCharsets.UTF_8)) {
                Matcher m = CODE_AT_END.matcher(line);
                if (m.find()) {
                    covered.add(m.group(1));
                }
            }
        }
        Set<String> missing = new TreeSet<>(allCodes());
        missing.removeAll(covered);
        missing.removeAll(NOT_CONTENT_CHECKS);
        assertEquals(Set.of(), missing, "problem codes with no corpus case");
    }

    @Test
    void everyCaseChangesOnlyFilesOfTheSite() throws IOException {
        for (Path c : cases()) {
            try (Stream<Path> entries = Files.list(c)) {
                List<String> names = entries.map(p -> p.getFileName().toString()).sorted().toList();
                assertTrue(Set.of("content", "templates", "expected.txt").containsAll(names), c + ": " + names);
                assertTrue(names.contains("expected.txt"), c + " has no expected.txt");
            }
        }
    }

    private void runCase(Path caseDir) throws IOException {
        Path root = temp.resolve(caseDir.getFileName().toString());
        FixtureSite.copyTree(BASE, root);
        if (Files.isDirectory(caseDir.resolve("templates"))) {
            FixtureSite.copyOfTemplates(root.resolve("templates"));
        }
        overlay(caseDir, root);
        FixtureSite site = FixtureSite.in(root);
        GenerationResult result = site.generate();
        String actual = result.problems().isEmpty() ? "" : FixtureSite.messages(result) + "\n";
        Path golden = caseDir.resolve("expected.txt");
        if (Boolean.getBoolean("disclosure.updateGolden")) {
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(golden, StandardCharsets.UTF_8), actual, caseDir.getFileName().toString());
        assertEquals(result.hasErrors(), result.pagesWritten() == 0,
                "a run writes pages exactly when it has no error");
    }

    /** Lays the case's {@code content/} and {@code templates/} over the copied base, file by file. */
    private static void overlay(Path caseDir, Path root) throws IOException {
        for (String part : List.of("content", "templates")) {
            Path from = caseDir.resolve(part);
            if (!Files.isDirectory(from)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(from)) {
                for (Path source : walk.filter(Files::isRegularFile).sorted().toList()) {
                    Path target = root.resolve(part).resolve(from.relativize(source).toString());
                    Files.createDirectories(target.getParent());
                    Files.copy(source, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static List<Path> cases() throws IOException {
        try (Stream<Path> entries = Files.list(CORPUS)) {
            return entries.filter(Files::isDirectory).filter(p -> !p.getFileName().toString().startsWith("_"))
                    .sorted().toList();
        }
    }

    private static Set<String> allCodes() throws IllegalAccessException {
        Set<String> codes = new TreeSet<>();
        for (Field field : ProblemCodes.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                codes.add((String) field.get(null));
            }
        }
        assertTrue(codes.size() > 20, "codes found by reflection: " + codes);
        return codes;
    }
}
