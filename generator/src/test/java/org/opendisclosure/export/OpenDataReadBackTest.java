package org.opendisclosure.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.opendisclosure.FixtureSite;
import org.opendisclosure.ImportedSite;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The open data read back as a Frictionless reader reads it: driven by {@code datapackage.json}
 * alone, each resource is read with the dialect and encoding it declares (a CSV reader of the
 * tests', sharing no code with the export) and every value checked against the resource's own
 * {@code schema} by the Table Schema rules: {@code integer} and {@code number} cells are numbers
 * in the lexical forms the specification allows (no thousands separators, no units), an empty CSV
 * cell is the default missing value, JSON values have the JSON type of their field; the fields of
 * the primary key are never missing and together unique; the CSV and JSON twins of a table hold
 * the same rows; and a year's projects table has one row per project file of that year.
 */
class OpenDataReadBackTest {

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    /** Table Schema: integer, lexically. */
    private static final Pattern INTEGER = Pattern.compile("[+-]?\\d+");
    /** Table Schema: number, lexically (decimalChar ".", no groupChar), with exponent. */
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

    @TempDir
    static Path dir;

    static Path data;
    static JsonNode descriptor;

    @BeforeAll
    static void build() throws IOException {
        data = FixtureSite.renderBundled(dir.resolve("site")).resolve("data");
        descriptor = JSON.readTree(data.resolve("datapackage.json").toFile());
    }

    @TestFactory
    Stream<DynamicTest> everyResourceMatchesItsSchema() {
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode resource : descriptor.get("resources")) {
            tests.add(DynamicTest.dynamicTest(resource.get("path").asText(), () -> {
                List<Map<String, Object>> rows = read(resource);
                assertTrue(rows.size() > 0, "no rows");
                assertPrimaryKey(resource, rows);
            }));
        }
        assertTrue(tests.size() >= 12, "resources: " + tests.size());
        return tests.stream();
    }

    @Test
    void theCsvAndJsonOfATableHoldTheSameRows() throws IOException {
        Map<String, List<Map<String, Object>>> byTable = new LinkedHashMap<>();
        for (JsonNode resource : descriptor.get("resources")) {
            String path = resource.get("path").asText();
            String table = path.substring(0, path.lastIndexOf('.'));
            List<Map<String, Object>> rows = read(resource);
            List<Map<String, Object>> twin = byTable.putIfAbsent(table, rows);
            if (twin != null) {
                assertEquals(twin, rows, table + ": CSV and JSON differ");
            }
        }
        assertEquals(6, byTable.size(), "tables: " + byTable.keySet());
    }

    @Test
    void eachYearsProjectsTableHasOneRowPerProjectFile() throws IOException {
        Path projects = FixtureSite.repositoryRoot().resolve("content/projects");
        int years = 0;
        for (JsonNode resource : descriptor.get("resources")) {
            String path = resource.get("path").asText();
            if (!path.matches("\\d{4}/projects\\.(csv|json)")) {
                continue;
            }
            try (Stream<Path> files = Files.list(projects.resolve(path.substring(0, 4)))) {
                assertEquals(files.filter(p -> p.toString().endsWith(".yaml")).count(), read(resource).size(), path);
            }
            years++;
        }
        assertEquals(4, years);
    }

    /**
     * A site whose figures were imported from workbooks ({@link ImportedSite}) has each year's {@code cells}
     * table, which the bundled, hand-written site has not: described in the data package, read back by
     * its own schema, CSV and JSON alike, with the 三公 figures and a project's funding among its rows.
     */
    @Test
    void theCellsTableOfAnImportedSiteMatchesItsSchema() throws IOException {
        Path imported = ImportedSite.render(dir.resolve("imported")).resolve("data");
        JsonNode importedDescriptor = JSON.readTree(imported.resolve("datapackage.json").toFile());
        List<List<Map<String, Object>>> tables = new ArrayList<>();
        for (JsonNode resource : importedDescriptor.get("resources")) {
            if (resource.get("path").asText().startsWith("2019/cells.")) {
                List<Map<String, Object>> rows = read(imported, resource);
                assertPrimaryKey(resource, rows);
                tables.add(rows);
            }
        }
        assertEquals(2, tables.size(), "2019/cells.csv and .json");
        assertEquals(tables.get(0), tables.get(1));
        List<String> keys = tables.get(0).stream().map(r -> r.get("document") + " " + r.get("id") + " " + r.get("key"))
                .toList();
        assertTrue(keys.contains("budget shrss three_public.overseas"), String.valueOf(keys));
        assertTrue(keys.contains("project hotline-12333 funding.annual_total"), String.valueOf(keys));
        assertTrue(descriptor.get("resources").findValues("path").stream().noneMatch(p -> p.asText().contains("cells.")),
                "the hand-written site has no cells table");
    }

    /** The resource's rows, each value typed by its field: BigDecimal for numbers, String, or null when missing. */
    private static List<Map<String, Object>> read(JsonNode resource) throws IOException {
        return read(data, resource);
    }

    private static List<Map<String, Object>> read(Path base, JsonNode resource) throws IOException {
        String path = resource.get("path").asText();
        byte[] bytes = Files.readAllBytes(base.resolve(path));
        List<JsonNode> fields = new ArrayList<>();
        resource.at("/schema/fields").forEach(fields::add);
        List<Map<String, Object>> rows = new ArrayList<>();
        if (resource.get("format").asText().equals("csv")) {
            assertEquals("utf-8-sig", resource.get("encoding").asText(), path);
            assertEquals(",", resource.at("/dialect/delimiter").asText(), path);
            assertTrue(resource.at("/dialect/header").asBoolean(), path);
            List<List<String>> records = CsvReader.read(bytes);
            assertEquals(fields.stream().map(f -> f.get("name").asText()).toList(), records.get(0), path + ": header");
            for (int r = 1; r < records.size(); r++) {
                List<String> record = records.get(r);
                assertEquals(fields.size(), record.size(), path + " row " + r);
                Map<String, Object> row = new LinkedHashMap<>();
                for (int i = 0; i < fields.size(); i++) {
                    row.put(fields.get(i).get("name").asText(), csvValue(fields.get(i), record.get(i), path + " row " + r));
                }
                rows.add(row);
            }
        } else {
            JsonNode array = JSON.readTree(bytes);
            assertTrue(array.isArray(), path + " is an array of rows");
            int r = 0;
            for (JsonNode object : array) {
                r++;
                List<String> names = new ArrayList<>();
                object.fieldNames().forEachRemaining(names::add);
                assertEquals(fields.stream().map(f -> f.get("name").asText()).toList(), names, path + " row " + r);
                Map<String, Object> row = new LinkedHashMap<>();
                for (JsonNode field : fields) {
                    String name = field.get("name").asText();
                    row.put(name, jsonValue(field, object.get(name), path + " row " + r));
                }
                rows.add(row);
            }
        }
        return rows;
    }

    private static Object csvValue(JsonNode field, String cell, String where) {
        String name = field.get("name").asText();
        if (cell.isEmpty()) {
            return null;
        }
        return switch (field.get("type").asText()) {
            case "integer" -> {
                assertTrue(INTEGER.matcher(cell).matches(), where + ": " + name + " is not an integer: " + cell);
                yield new BigDecimal(cell);
            }
            case "number" -> {
                assertTrue(NUMBER.matcher(cell).matches(), where + ": " + name + " is not a number: " + cell);
                yield new BigDecimal(cell).stripTrailingZeros();
            }
            case "string" -> cell.startsWith("'") && cell.length() > 1 && "=+-@".indexOf(cell.charAt(1)) >= 0
                    ? cell.substring(1) : cell;
            default -> throw new AssertionError(where + ": type " + field.get("type") + " not read by this test");
        };
    }

    private static Object jsonValue(JsonNode field, JsonNode value, String where) {
        String name = field.get("name").asText();
        if (value == null || value.isNull()) {
            return null;
        }
        return switch (field.get("type").asText()) {
            case "integer" -> {
                assertTrue(value.isIntegralNumber(), where + ": " + name + " is not an integer: " + value);
                yield value.decimalValue();
            }
            case "number" -> {
                assertTrue(value.isNumber(), where + ": " + name + " is not a number: " + value);
                yield value.decimalValue().stripTrailingZeros();
            }
            case "string" -> {
                assertTrue(value.isTextual(), where + ": " + name + " is not a string: " + value);
                yield value.asText().isEmpty() ? null : value.asText();
            }
            default -> throw new AssertionError(where + ": type " + field.get("type") + " not read by this test");
        };
    }

    /** The primary key's fields are required, and the key is unique; so are fields marked required. */
    private static void assertPrimaryKey(JsonNode resource, List<Map<String, Object>> rows) {
        String path = resource.get("path").asText();
        List<String> key = new ArrayList<>();
        resource.at("/schema/primaryKey").forEach(k -> key.add(k.asText()));
        assertTrue(!key.isEmpty(), path + " has a primary key");
        List<String> required = new ArrayList<>(key);
        for (Iterator<JsonNode> it = resource.at("/schema/fields").elements(); it.hasNext();) {
            JsonNode field = it.next();
            if (field.at("/constraints/required").asBoolean(false)) {
                required.add(field.get("name").asText());
            }
        }
        Set<List<Object>> seen = new HashSet<>();
        for (int r = 0; r < rows.size(); r++) {
            Map<String, Object> row = rows.get(r);
            for (String name : required) {
                assertTrue(row.get(name) != null, path + " row " + (r + 1) + ": required field " + name + " is missing");
            }
            List<Object> value = key.stream().map(row::get).toList();
            assertTrue(seen.add(value), path + " row " + (r + 1) + ": primary key " + value + " twice");
        }
    }
}
