package org.opendisclosure.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendisclosure.FixtureSite;
import org.opendisclosure.SiteFiles;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/**
 * The open data of the bundled site, read back the way a user's tools would read it and compared
 * with the content's YAML itself (read here with a plain YAML parser, not the site's loader): every
 * figure the YAML states is in the CSV and in the JSON, to the last 分; every CSV starts with the
 * byte-order mark; {@code datapackage.json} describes every file, its fields are the CSV header,
 * its sizes and hashes are the files'; the data page lists every file with its size and SHA-256.
 */
class OpenDataTest {

    private static final YAMLMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    @TempDir
    static Path dir;

    static Path site;
    static Path content;

    @BeforeAll
    static void build() {
        site = FixtureSite.renderBundled(dir.resolve("site"));
        content = FixtureSite.repositoryRoot().resolve("content");
    }

    @Test
    void everyProjectFigureOfTheYamlIsInTheProjectsCsvAndJson() throws IOException {
        int compared = 0;
        for (Path file : yamlFiles("projects")) {
            JsonNode project = YAML.readTree(file.toFile());
            int year = project.get("year").asInt();
            Map<String, String> csv = only(rows(year + "/projects.csv"), "project", project.get("id").asText());
            JsonNode json = onlyJson(year + "/projects.json", "project", project.get("id").asText());
            for (String key : List.of("name", "department", "unit", "nature", "category", "purpose")) {
                String expected = project.has(key) ? project.get(key).asText() : "";
                assertEquals(expected, csv.get(key), file + ": " + key);
                assertEquals(expected, json.path(key).asText(""), file + ": " + key + " in JSON");
            }
            var funding = project.get("funding").fields();
            while (funding.hasNext()) {
                var figure = funding.next();
                BigDecimal expected = money(figure.getValue());
                assertSameAmount(expected, new BigDecimal(csv.get(figure.getKey())), file + ": funding." + figure.getKey());
                assertSameAmount(expected, json.get(figure.getKey()).decimalValue(), file + ": funding." + figure.getKey());
                compared++;
            }
        }
        assertTrue(compared >= 60, "compared " + compared + " funding figures");
    }

    @Test
    void everyIndicatorOfTheYamlIsInTheIndicatorsCsvInItsOrder() throws IOException {
        int compared = 0;
        for (Path file : yamlFiles("projects")) {
            JsonNode project = YAML.readTree(file.toFile());
            String id = project.get("id").asText();
            int year = project.get("year").asInt();
            List<List<String>> expected = new ArrayList<>();
            for (JsonNode group : project.path("indicators")) {
                List<JsonNode> subgroups = group.has("groups") ? list(group.get("groups")) : List.of(group);
                for (JsonNode subgroup : subgroups) {
                    for (JsonNode item : subgroup.get("items")) {
                        expected.add(List.of(String.valueOf(expected.size() + 1), group.path("level1").asText(""),
                                subgroup.path("level2").asText(""), item.path("name").asText(""),
                                item.get("target").asText()));
                    }
                }
            }
            List<List<String>> actual = rows(year + "/indicators.csv").stream().filter(r -> r.get("project").equals(id))
                    .map(r -> List.of(r.get("position"), r.get("level1"), r.get("level2"), r.get("name"),
                            unguarded(r.get("target"))))
                    .toList();
            assertEquals(expected, actual, file.toString());
            compared += actual.size();
        }
        assertTrue(compared >= 150, "compared " + compared + " indicators");
    }

    @Test
    void quantitativeTargetsCarryComparatorNumberAndUnit() throws IOException {
        Map<String, String> coverage = rows("2024/indicators.csv").stream()
                .filter(r -> r.get("project").equals("hotline-12333") && r.get("name").equals("坐席人员数"))
                .findFirst().orElseThrow();
        assertEquals(List.of("≥371(人)", "≥", "371", "人"),
                List.of(coverage.get("target"), coverage.get("comparator"), coverage.get("number"), coverage.get("unit")));
        Map<String, String> exact = rows("2024/indicators.csv").stream()
                .filter(r -> r.get("project").equals("hotline-12333") && r.get("name").equals("系统正常运行天数"))
                .findFirst().orElseThrow();
        assertEquals("'=365(天)", exact.get("target"), "a target starting with = cannot run as a formula");
        JsonNode json = JSON.readTree(site.resolve("data/2024/indicators.json").toFile());
        assertTrue(list(json).stream().anyMatch(r -> r.get("target").asText().equals("=365(天)")
                && r.get("number").decimalValue().compareTo(new BigDecimal("365")) == 0),
                "the JSON keeps the text exactly");
    }

    @Test
    void everyBudgetRowOfTheYamlIsInTheFunctionalAndEconomicFiles() throws IOException {
        int compared = 0;
        for (Path file : yamlFiles("budgets")) {
            JsonNode budget = YAML.readTree(file.toFile());
            int year = budget.get("year").asInt();
            String department = budget.get("department").asText();
            for (String table : List.of("functional", "economic")) {
                List<Map<String, String>> csv = rows(year + "/" + table + ".csv").stream()
                        .filter(r -> r.get("department").equals(department)).toList();
                assertEquals(budget.get(table).size(), csv.size(), file + ": rows of " + table);
                for (JsonNode row : budget.get(table)) {
                    Map<String, String> actual = only(csv, "code", row.get("code").asText());
                    JsonNode json = onlyJson(year + "/" + table + ".json", "code", row.get("code").asText());
                    var figures = row.fields();
                    while (figures.hasNext()) {
                        var figure = figures.next();
                        if (List.of("code", "name", "printed_names").contains(figure.getKey())) {
                            continue;
                        }
                        assertSameAmount(money(figure.getValue()), new BigDecimal(actual.get(figure.getKey())),
                                file + ": " + table + " " + row.get("code").asText() + " " + figure.getKey());
                        assertSameAmount(money(figure.getValue()), json.get(figure.getKey()).decimalValue(),
                                file + ": " + table + " " + row.get("code").asText() + " " + figure.getKey() + " in JSON");
                        compared++;
                    }
                    if (row.has("name")) {
                        assertEquals(row.get("name").asText(), actual.get("name"));
                    }
                }
            }
        }
        assertTrue(compared >= 90, "compared " + compared + " budget figures");
    }

    @Test
    void theDataPackageDescribesEveryFileWithFieldsMatchingTheCsvHeader() throws IOException {
        JsonNode descriptor = JSON.readTree(site.resolve("data/datapackage.json").toFile());
        assertEquals("tabular-data-package", descriptor.get("profile").asText());
        TreeSet<String> described = new TreeSet<>();
        for (JsonNode resource : descriptor.get("resources")) {
            String path = resource.get("path").asText();
            described.add(path);
            byte[] bytes = Files.readAllBytes(site.resolve("data").resolve(path));
            assertEquals(bytes.length, resource.get("bytes").asLong(), path);
            assertEquals("sha256:" + SiteFiles.sha256(bytes), resource.get("hash").asText(), path);
            List<String> fields = list(resource.at("/schema/fields")).stream().map(f -> f.get("name").asText()).toList();
            List<String> header = path.endsWith(".csv") ? CsvReader.read(bytes).get(0)
                    : List.copyOf(iterable(JSON.readTree(bytes).get(0).fieldNames()));
            assertEquals(fields, header, path + ": the schema's fields are the file's columns");
            for (JsonNode key : resource.at("/schema/primaryKey")) {
                assertTrue(fields.contains(key.asText()), path + ": primary key " + key);
            }
            assertTrue(list(resource.at("/schema/fields")).stream().anyMatch(f -> f.path("columnType").asText()
                    .equals("date:fiscal-year")), path + ": Fiscal Data Package column types");
        }
        TreeSet<String> files = new TreeSet<>();
        try (Stream<Path> walk = Files.walk(site.resolve("data"))) {
            walk.filter(Files::isRegularFile).map(p -> site.resolve("data").relativize(p).toString().replace('\\', '/'))
                    .filter(p -> p.contains("/")).forEach(files::add);
        }
        assertEquals(files, described, "every file in the year folders, and nothing else");
        assertEquals(new TreeSet<>(List.of("2019/economic.csv", "2019/economic.json", "2019/functional.csv",
                "2019/functional.json", "2019/indicators.csv", "2019/indicators.json", "2019/projects.csv",
                "2019/projects.json", "2024/indicators.csv", "2024/indicators.json", "2024/projects.csv",
                "2024/projects.json")), described);
    }

    @Test
    void theDataPageListsEveryFileWithItsSizeAndSha256() throws IOException {
        Document page = Jsoup.parse(site.resolve("data/index.html").toFile());
        Map<String, List<String>> listed = new TreeMap<>();
        for (Element row : page.select("main table tbody tr")) {
            Element link = row.selectFirst("th a");
            listed.put(link.attr("href"), List.of(row.child(4).text().replace(",", ""), row.child(5).text()));
        }
        Map<String, List<String>> expected = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(site.resolve("data"))) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                String relative = site.resolve("data").relativize(file).toString().replace('\\', '/');
                if (relative.contains("/") || relative.equals("datapackage.json")) {
                    byte[] bytes = Files.readAllBytes(file);
                    expected.put("../data/" + relative, List.of(String.valueOf(bytes.length), SiteFiles.sha256(bytes)));
                }
            }
        }
        assertEquals(expected, listed);
        assertFalse(page.select("footer a[href=data/index.html], footer a[href$=data/index.html]").isEmpty());
    }

    private static List<Path> yamlFiles(String folder) throws IOException {
        try (Stream<Path> walk = Files.walk(content.resolve(folder))) {
            return walk.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
    }

    private static List<Map<String, String>> rows(String dataPath) throws IOException {
        return CsvReader.rows(Files.readAllBytes(site.resolve("data").resolve(dataPath)));
    }

    private static Map<String, String> only(List<Map<String, String>> rows, String column, String value) {
        List<Map<String, String>> found = rows.stream().filter(r -> r.get(column).equals(value)).toList();
        assertEquals(1, found.size(), column + " = " + value);
        return found.get(0);
    }

    private static JsonNode onlyJson(String dataPath, String key, String value) throws IOException {
        List<JsonNode> found = list(JSON.readTree(site.resolve("data").resolve(dataPath).toFile())).stream()
                .filter(r -> r.get(key).asText().equals(value)).toList();
        assertEquals(1, found.size(), dataPath + ": " + key + " = " + value);
        return found.get(0);
    }

    /** A YAML amount as written: a number, or text with thousands separators. */
    private static BigDecimal money(JsonNode node) {
        return new BigDecimal(node.asText().replace(",", ""));
    }

    private static void assertSameAmount(BigDecimal expected, BigDecimal actual, String what) {
        assertEquals(0, expected.compareTo(actual), what + ": expected " + expected + " but was " + actual);
    }

    /** A CSV text cell without the apostrophe that keeps spreadsheets from running it. */
    private static String unguarded(String cell) {
        return cell.startsWith("'") && cell.length() > 1 && "=+-@".indexOf(cell.charAt(1)) >= 0 ? cell.substring(1)
                : cell;
    }

    private static List<JsonNode> list(JsonNode array) {
        List<JsonNode> items = new ArrayList<>();
        array.forEach(items::add);
        return items;
    }

    private static <T> List<T> iterable(java.util.Iterator<T> iterator) {
        List<T> items = new ArrayList<>();
        iterator.forEachRemaining(items::add);
        return items;
    }
}
