package org.opendisclosure.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The schema files are valid draft 2020-12 schemas with stable ids, and every key an editor can
 * write has one Chinese title and one Chinese description: what the editor's hover shows.
 */
class SchemaFilesTest {

    private static final Pattern CHINESE = Pattern.compile("\\p{IsHan}");

    @TestFactory
    Stream<DynamicTest> everyFileIsAValid2020_12SchemaWithAStableId() {
        return ContentSchemas.FILE_NAMES.stream().map(name -> DynamicTest.dynamicTest(name, () -> {
            JsonNode schema = ContentSchemas.schemaJson(name);
            assertEquals("", ContentSchemas.describe(ContentSchemas.metaSchema().validate(schema)));
            assertEquals(ContentSchemas.DRAFT_2020_12, schema.path("$schema").asText());
            assertEquals(ContentSchemas.ID_BASE + name, schema.path("$id").asText());
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyKeyHasOneChineseTitleAndDescription() {
        return SchemaMatchesLoaderTest.shapes().stream().map(shape -> DynamicTest.dynamicTest(shape.name(), () -> {
            List<String> problems = new ArrayList<>();
            for (SchemaPlaces.Place place : shape.places().values()) {
                if (isKey(place.path())) {
                    check(place.path(), "title", place.titles().stream().toList(), problems);
                    check(place.path(), "description", place.descriptions().stream().toList(), problems);
                }
            }
            assertEquals(List.of(), problems);
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyTitleAndDescriptionIsInChinese() {
        return ContentSchemas.FILE_NAMES.stream().map(name -> DynamicTest.dynamicTest(name, () -> {
            List<String> english = new ArrayList<>();
            collectTexts(ContentSchemas.schemaJson(name), "", english);
            assertEquals(List.of(), english);
        }));
    }

    /** A key of a mapping (named or a code), as opposed to the top of the file or a list item. */
    private static boolean isKey(String path) {
        return !path.isEmpty() && !path.endsWith("[]");
    }

    private static void check(String path, String keyword, List<String> values, List<String> problems) {
        if (values.size() != 1) {
            problems.add(path + ": " + values.size() + " " + keyword + "s " + values);
        } else if (!CHINESE.matcher(values.get(0)).find()) {
            problems.add(path + ": " + keyword + " is not Chinese: " + values.get(0));
        }
    }

    private static void collectTexts(JsonNode node, String pointer, List<String> english) {
        if (node.isObject()) {
            node.fields().forEachRemaining(field -> {
                String at = pointer + "/" + field.getKey();
                boolean text = (field.getKey().equals("title") || field.getKey().equals("description"))
                        && field.getValue().isTextual();
                if (text && !CHINESE.matcher(field.getValue().asText()).find()) {
                    english.add(at + ": " + field.getValue().asText());
                }
                if (!text) {
                    collectTexts(field.getValue(), at, english);
                }
            });
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collectTexts(node.get(i), pointer + "/" + i, english);
            }
        }
    }
}
