package org.opendisclosure.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendisclosure.content.ContentLimits;
import org.opendisclosure.content.ContentLoader;
import org.opendisclosure.problem.Problem;
import org.opendisclosure.problem.ProblemCollector;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A key is required by the schema exactly when the loader requires it. Found by trying: every key
 * written in a bundled file is taken out of a copy of that file (once per key path and kind),
 * and the loader and the schema are asked about the copy. Only keys some bundled file writes
 * can be tried; a key nobody writes is optional to both.
 */
class RequiredKeysMatchLoaderTest {

    /**
     * Keys the loader requires that the schema cannot: a bundled file leaves them out, with an
     * acknowledgement, because the official form left them blank. Keyed by shape and key path.
     */
    static final Map<String, String> REQUIRED_ONLY_BY_LOADER = Map.of(
            "project 2019: purpose",
            "资金用途: no box is ticked on the 2019 form of social-insurance-services (acknowledged)",
            "project 2019: indicators[].level1",
            "分解目标内容 is blank on the 2019 form of social-insurance-services (acknowledged); "
                    + "the indicator table is defined once for both forms",
            "project 2024: indicators[].level1",
            "the indicator table is defined once for both forms, and a 2019 form leaves 一级指标 blank");

    @TempDir
    Path dir;

    @Test
    void takingOutAKeyFailsTheSchemaExactlyWhenItFailsTheLoader() throws IOException {
        Set<String> tried = new LinkedHashSet<>();
        List<String> mismatches = new ArrayList<>();
        for (Path file : BundledContentMatchesSchemaTest.bundledFiles()) {
            String contentPath = BundledContentMatchesSchemaTest.contentPath(file);
            ContentKind kind = BundledContentMatchesSchemaTest.kindOf(file);
            JsonNode tree = ContentSchemas.yamlAsJson(Files.readString(file));
            String shape = kind == ContentKind.PROJECT ? "project " + tree.path("form").asText()
                    : kind.name().toLowerCase(java.util.Locale.ROOT);
            Map<String, SchemaPlaces.Place> places = SchemaPlaces.of(kind,
                    JsonNodeFactory.instance.objectNode().put("form", tree.path("form").asText()));
            for (KeyAt key : keys(tree, "", "", places)) {
                if (!tried.add(shape + ": " + key.path())) {
                    continue;
                }
                // A file may load with acknowledged errors; what counts is what taking the key out adds.
                JsonNode around = key.keepingOneItemPerList(tree);
                JsonNode without = key.removedFrom(around);
                List<String> loader = new ArrayList<>(loaderErrors(contentPath, without));
                loader.removeAll(loaderErrors(contentPath, around));
                boolean schemaRejects = !ContentSchemas.schema(kind).validate(without).isEmpty();
                boolean expectedRejects = !loader.isEmpty()
                        && !REQUIRED_ONLY_BY_LOADER.containsKey(shape + ": " + key.path());
                if (schemaRejects != expectedRejects) {
                    mismatches.add(shape + ": without " + key.path() + " (" + contentPath + "), the loader says "
                            + loader + ", the schema " + (schemaRejects ? "rejects" : "accepts") + " it");
                }
            }
        }
        assertEquals(List.of(), mismatches);
        assertTrue(tried.size() > 100, "tried only " + tried.size() + " keys");
        for (String exception : REQUIRED_ONLY_BY_LOADER.keySet()) {
            assertTrue(tried.contains(exception), exception + " is listed but no bundled file writes it");
        }
    }

    /** A key of a mapping in a file: where it is (a JSON pointer) and its key path pattern. */
    record KeyAt(String pointer, String path) {

        /**
         * The file with one item left in every list (the item that holds the key, or the first)
         * and long prose cut short. Neither tells anything more about this key, and the loader
         * would otherwise read the whole budget hundreds of times.
         */
        JsonNode keepingOneItemPerList(JsonNode tree) {
            return trimmed(tree, List.of(pointer.substring(1).split("/")), 0);
        }

        private static JsonNode trimmed(JsonNode node, List<String> segments, int depth) {
            String next = depth < segments.size() ? segments.get(depth) : null;
            if (node instanceof ObjectNode mapping) {
                ObjectNode copy = mapping.objectNode();
                mapping.fields().forEachRemaining(field -> copy.set(field.getKey(), trimmed(field.getValue(),
                        segments, field.getKey().equals(decode(next)) ? depth + 1 : Integer.MAX_VALUE)));
                return copy;
            }
            if (node instanceof ArrayNode list) {
                ArrayNode copy = list.arrayNode();
                boolean onPath = next != null && next.matches("\\d+") && Integer.parseInt(next) < list.size();
                if (!list.isEmpty()) {
                    copy.add(onPath ? trimmed(list.get(Integer.parseInt(next)), segments, depth + 1)
                            : trimmed(list.get(0), segments, Integer.MAX_VALUE));
                }
                return copy;
            }
            if (node.isTextual() && node.asText().length() > 80) {
                return JsonNodeFactory.instance.textNode(node.asText().substring(0, 80));
            }
            return node;
        }

        private static String decode(String segment) {
            return segment == null ? null : segment.replace("~1", "/").replace("~0", "~");
        }

        /** A copy of a tree from {@link #keepingOneItemPerList} without this key. */
        JsonNode removedFrom(JsonNode trimmedTree) {
            JsonNode copy = trimmedTree.deepCopy();
            List<String> segments = List.of(pointer.substring(1).split("/"));
            JsonNode parent = copy;
            for (String segment : segments.subList(0, segments.size() - 1)) {
                parent = parent.isArray() ? parent.get(0) : parent.get(decode(segment));
            }
            ((ObjectNode) parent).remove(decode(segments.get(segments.size() - 1)));
            return copy;
        }
    }

    /** Every named key below {@code node}; keys of mappings keyed by data (codes) are not keys. */
    private static List<KeyAt> keys(JsonNode node, String pointer, String path, Map<String, SchemaPlaces.Place> places) {
        List<KeyAt> keys = new ArrayList<>();
        if (node instanceof ObjectNode mapping) {
            SchemaPlaces.Place place = places.get(path);
            boolean named = place != null && place.hasNamedKeys();
            mapping.fieldNames().forEachRemaining(name -> {
                String childPointer = pointer + "/" + name.replace("~", "~0").replace("/", "~1");
                String childPath = named ? (path.isEmpty() ? name : path + "." + name) : path + ".*";
                if (named) {
                    keys.add(new KeyAt(childPointer, childPath));
                }
                keys.addAll(keys(mapping.get(name), childPointer, childPath, places));
            });
        } else if (node instanceof ArrayNode list) {
            for (int i = 0; i < list.size(); i++) {
                keys.addAll(keys(list.get(i), pointer + "/" + i, path + "[]", places));
            }
        }
        return keys;
    }

    /**
     * The errors the loader reports reading {@code tree}, written as YAML at {@code contentPath};
     * without their line and column, which move when a key is taken out.
     */
    private List<String> loaderErrors(String contentPath, JsonNode tree) throws IOException {
        Path file = dir.resolve("content").resolve(contentPath);
        Files.createDirectories(file.getParent());
        Files.writeString(file, ContentSchemas.jsonAsYaml(tree));
        ProblemCollector problems = new ProblemCollector();
        new ContentLoader(ContentLimits.DEFAULT).load(dir.resolve("content"), dir, problems);
        Files.delete(file);
        return problems.sorted().stream().filter(Problem::isError)
                .map(p -> p.field() + ": " + p.message() + " [" + p.code() + "]").toList();
    }
}
