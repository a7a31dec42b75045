package org.opendisclosure.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;

import org.opendisclosure.FixtureSite;
import org.opendisclosure.HostileSite;

/**
 * The schemas as other tools read them. Editors' tools (VS Code's YAML extension, ajv, most
 * validators) read a decimal as a binary floating-point number, in which 559.3 / 0.01 is
 * 55929.999…: a {@code multipleOf: 0.01} rejected correct amounts such as 559.3 and 2386.7. So no
 * schema divides by a fraction, the bundled content and every valid fixture validate with decimals
 * read as {@code double}, and, over the broken corpora, the schema rejects a file only where the
 * build reports an error in it too.
 */
class IndependentSchemaReadingTest {

    /** YAML read as editors' tools read it: decimals as double. */
    private static final ObjectMapper AS_DOUBLES = YAMLMapper.builder(YAMLFactory.builder()
            .enable(YAMLParser.Feature.PARSE_BOOLEAN_LIKE_WORDS_AS_STRINGS).build()).build();

    @Test
    void noSchemaDividesByAFraction() {
        List<String> found = new ArrayList<>();
        for (String file : ContentSchemas.FILE_NAMES) {
            collectFractionalMultipleOf(ContentSchemas.schemaJson(file), file + "#", found);
        }
        assertEquals(List.of(), found, "multipleOf with a fraction rejects correct decimals in floating point");
    }

    /** The real amounts that a multipleOf of 0.01 rejected read as double: the test would see them. */
    @Test
    void amountsThatFloatingPointDividesBadlyAreValid() throws IOException {
        String amounts = "- 559.3\n- 2386.7\n- 0.07\n- 18372647.00\n";
        JsonNode read = AS_DOUBLES.readTree(amounts);
        assertTrue(read.get(0).isDouble(), "read as double: " + read.get(0).getNodeType());
        assertTrue(Math.abs(559.3 / 0.01 - Math.rint(559.3 / 0.01)) > 0, "559.3 / 0.01 is exact in double after all");
        JsonNode money = ContentSchemas.schemaJson("common.schema.json").path("$defs").path("money");
        for (JsonNode amount : read) {
            assertTrue(ContentSchemas.accepts(money, amount), amount + " rejected as money");
        }
    }

    @TestFactory
    Stream<DynamicTest> bundledContentIsValidReadAsDoubles() throws IOException {
        Path content = FixtureSite.repositoryRoot().resolve("content");
        return BundledContentMatchesSchemaTest.bundledFiles().stream().map(file -> {
            String path = content.relativize(file).toString().replace('\\', '/');
            return DynamicTest.dynamicTest(path, () -> assertValid(ContentKind.ofContentPath(path).orElseThrow(),
                    Files.readString(file), path));
        });
    }

    /** The fixtures the tests build valid sites from, the hostile one included. */
    @TestFactory
    Stream<DynamicTest> everyValidFixtureIsValid() {
        List<DynamicTest> tests = new ArrayList<>();
        Map<String, ContentKind> fixtures = Map.of("DEPARTMENT", ContentKind.DEPARTMENT, "CATALOGUE",
                ContentKind.CATALOGUE, "BUDGET", ContentKind.BUDGET, "PROJECT_2024", ContentKind.PROJECT,
                "PROJECT_2019", ContentKind.PROJECT);
        Map<String, String> texts = Map.of("DEPARTMENT", FixtureSite.DEPARTMENT, "CATALOGUE", FixtureSite.CATALOGUE,
                "BUDGET", FixtureSite.BUDGET, "PROJECT_2024", FixtureSite.PROJECT_2024, "PROJECT_2019",
                FixtureSite.PROJECT_2019);
        fixtures.forEach((name, kind) -> tests.add(DynamicTest.dynamicTest("FixtureSite." + name,
                () -> assertValid(kind, texts.get(name), name))));
        tests.add(DynamicTest.dynamicTest("HostileSite", () -> {
            Path root = Files.createTempDirectory("hostile-schema");
            Path content = HostileSite.in(root).content();
            try (Stream<Path> walk = Files.walk(content)) {
                for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                    String path = content.relativize(file).toString().replace('\\', '/');
                    assertValid(ContentKind.ofContentPath(path).orElseThrow(), Files.readString(file), "hostile " + path);
                }
            }
        }));
        return tests.stream();
    }

    /**
     * Where the schema and the build both apply, they agree: a file of the broken corpora that the
     * schema rejects is a file the build reports an error in ({@link BrokenContentSchemaTest} shows
     * the other direction).
     */
    @TestFactory
    Stream<DynamicTest> theSchemaRejectsOnlyFilesTheBuildReports() {
        List<DynamicTest> tests = new ArrayList<>();
        for (BrokenContentCases.Case brokenCase : BrokenContentCases.all()) {
            if (!Files.isDirectory(brokenCase.directory().resolve("content"))) {
                continue;
            }
            List<String> filesWithErrors = brokenCase.errorLines().stream().map(BrokenContentCases.ErrorLine::file)
                    .toList();
            for (String file : brokenCase.overlayFiles()) {
                ContentKind kind = ContentKind.ofRepositoryPath(file).orElse(null);
                if (kind == null) {
                    continue;
                }
                tests.add(DynamicTest.dynamicTest(brokenCase.name() + ": " + file, () -> {
                    String text;
                    try {
                        text = Files.readString(brokenCase.directory().resolve(file));
                    } catch (java.nio.charset.MalformedInputException notUtf8) {
                        return; // not text to a YAML tool: the schema does not apply (the build refuses it)
                    }
                    String schemaErrors = schemaErrors(kind, text);
                    assertTrue(schemaErrors == null || schemaErrors.isEmpty() || filesWithErrors.contains(file),
                            "the schema rejects " + file + ", which the build accepts:\n" + schemaErrors);
                }));
            }
        }
        assertFalse(tests.isEmpty());
        return tests.stream();
    }

    private static void assertValid(ContentKind kind, String yamlText, String name) throws IOException {
        assertEquals("", schemaErrors(kind, yamlText), name + " against " + kind.schemaFileName());
    }

    /** The schema's errors on a file read as doubles; null when the text is not YAML at all. */
    private static String schemaErrors(ContentKind kind, String yamlText) {
        JsonNode tree;
        try {
            tree = AS_DOUBLES.readTree(yamlText);
        } catch (IOException | RuntimeException e) {
            return null;
        }
        if (tree == null || tree.isMissingNode()) {
            tree = AS_DOUBLES.nullNode();
        }
        return ContentSchemas.describe(ContentSchemas.schema(kind).validate(tree));
    }

    private static void collectFractionalMultipleOf(JsonNode node, String pointer, List<String> found) {
        if (node.isObject()) {
            node.fields().forEachRemaining(field -> {
                if (field.getKey().equals("multipleOf") && field.getValue().isNumber()
                        && field.getValue().decimalValue().stripTrailingZeros().scale() > 0) {
                    found.add(pointer + "/multipleOf: " + field.getValue());
                }
                collectFractionalMultipleOf(field.getValue(), pointer + "/" + field.getKey(), found);
            });
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collectFractionalMultipleOf(node.get(i), pointer + "/" + i, found);
            }
        }
    }
}
