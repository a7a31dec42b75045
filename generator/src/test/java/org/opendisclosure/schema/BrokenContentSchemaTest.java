package org.opendisclosure.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.opendisclosure.FixtureSite;
import org.opendisclosure.content.KeyPaths;

/**
 * What the loader reports as an unknown key, a missing field, a wrong kind of value or a value
 * not allowed, the editor's schema flags too: for every case of the broken-content corpora, the
 * file each such message names fails its kind's schema. Messages about a field the schema
 * cannot require (see {@link RequiredKeysMatchLoaderTest#REQUIRED_ONLY_BY_LOADER}) expect nothing.
 */
class BrokenContentSchemaTest {

    /** The codes of problems a schema can see in one file on its own. */
    static final Set<String> SCHEMA_CODES = Set.of("unknown-key", "required", "type", "allowed-value");

    @TempDir
    Path dir;

    @TestFactory
    Stream<DynamicTest> everyFileTheLoaderFindsSchemaErrorsInFailsItsSchema() {
        List<DynamicTest> tests = new ArrayList<>();
        for (BrokenContentCases.Case brokenCase : BrokenContentCases.all()) {
            for (Map.Entry<String, List<String>> file : linesExpectingSchemaErrors(brokenCase).entrySet()) {
                tests.add(DynamicTest.dynamicTest(brokenCase.name() + ": " + file.getKey(), () -> {
                    Path path = brokenCase.file(file.getKey());
                    ContentKind kind = ContentKind.ofRepositoryPath(file.getKey()).orElseThrow();
                    assertFalse(ContentSchemas.validate(kind, Files.readString(path)).isEmpty(),
                            "the schema accepts " + path + ", which the loader reports as\n"
                                    + String.join("\n", file.getValue()));
                }));
            }
        }
        assertTrue(tests.size() >= 6, "found only " + tests.size() + " files with schema errors");
        return tests.stream();
    }

    @Test
    void aRequiredFieldTheSchemaCannotRequireIsLeftToTheLoader() throws IOException {
        BrokenContentCases.Case noPurpose = new BrokenContentCases.Case(
                BrokenContentCases.SCHEMA_CASES.resolve("required-purpose-2019"));
        List<BrokenContentCases.ErrorLine> lines = noPurpose.errorLines();
        assertEquals(List.of("purpose"), lines.stream().map(BrokenContentCases.ErrorLine::keyPath).toList());
        assertEquals(Map.of(), linesExpectingSchemaErrors(noPurpose), "the purpose line is listed as an exception");
        Path file = noPurpose.file(lines.get(0).file());
        assertEquals("", ContentSchemas.describe(ContentSchemas.validate(ContentKind.PROJECT, Files.readString(file))));
    }

    /** The schema cases were written by running the loader; they still say what it says. */
    @TestFactory
    Stream<DynamicTest> schemaCasesHoldTheLoadersMessages() {
        return BrokenContentCases.all().stream()
                .filter(c -> c.directory().startsWith(BrokenContentCases.SCHEMA_CASES))
                .map(c -> DynamicTest.dynamicTest(c.name(), () -> {
                    List<String> expected = Files.readAllLines(c.directory().resolve("expected.txt"));
                    Path work = dir.resolve(c.directory().getFileName().toString());
                    assertEquals(expected, BrokenContentCases.messages(c, FixtureSite.repositoryRoot(), work));
                }));
    }

    /** The case's error lines a schema should see, by the file they name. */
    private static Map<String, List<String>> linesExpectingSchemaErrors(BrokenContentCases.Case brokenCase) {
        Map<String, List<String>> byFile = new LinkedHashMap<>();
        for (BrokenContentCases.ErrorLine line : brokenCase.errorLines()) {
            if (!SCHEMA_CODES.contains(line.code()) || ContentKind.ofRepositoryPath(line.file()).isEmpty()
                    || requiredOnlyByLoader(brokenCase, line) || unquotedAmountWithThreeDecimals(brokenCase, line)) {
                continue;
            }
            byFile.computeIfAbsent(line.file(), f -> new ArrayList<>()).add(line.text());
        }
        return byFile;
    }

    /**
     * An unquoted amount with more than two decimals ({@code amount: 100.005}) is a number to YAML
     * tools, most of which hold it in binary floating point, where no {@code multipleOf} tells it from
     * a correct amount without rejecting correct ones too (see {@link IndependentSchemaReadingTest}):
     * only the loader, which keeps the text, refuses it.
     */
    private static boolean unquotedAmountWithThreeDecimals(BrokenContentCases.Case brokenCase,
            BrokenContentCases.ErrorLine line) {
        java.util.regex.Matcher found = java.util.regex.Pattern.compile("应为金额.*实际是“(\\d+\\.\\d{3,})”$")
                .matcher(line.text().replaceAll(" \\[[a-z-]+]$", ""));
        if (!line.code().equals("type") || !found.find()) {
            return false;
        }
        try {
            int lineNumber = Integer.parseInt(line.text().split(":")[1]);
            String source = Files.readAllLines(brokenCase.file(line.file())).get(lineNumber - 1);
            return source.contains(": " + found.group(1));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static boolean requiredOnlyByLoader(BrokenContentCases.Case brokenCase, BrokenContentCases.ErrorLine line) {
        if (!line.code().equals("required")) {
            return false;
        }
        ContentKind kind = ContentKind.ofRepositoryPath(line.file()).orElseThrow();
        String shape = kind == ContentKind.PROJECT
                ? "project " + BrokenContentCases.projectForm(brokenCase.file(line.file())).orElse("")
                : kind.name().toLowerCase(Locale.ROOT);
        return RequiredKeysMatchLoaderTest.REQUIRED_ONLY_BY_LOADER
                .containsKey(shape + ": " + KeyPaths.pattern(line.keyPath()));
    }
}
