package org.opendisclosure.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.opendisclosure.FixtureSite;
import org.opendisclosure.content.ContentLimits;
import org.opendisclosure.content.ContentLoader;
import org.opendisclosure.problem.Problem;
import org.opendisclosure.problem.ProblemCollector;

/**
 * The schema accepts a value exactly when the loader does: each value below, as an editor might
 * write it, is put into a valid file, and the loader and the schema are asked about that file.
 *
 * <p>Left out, because a YAML tool turns them into numbers before the schema sees them, so only
 * the loader, which keeps the text, can refuse them: {@code 1e3}, {@code .5}, {@code 2019.0},
 * {@code 1_000}, {@code 0x10}, {@code +5}; and an unquoted amount with three decimals ({@code 12.505}):
 * most YAML tools read it as a binary floating-point number, in which no {@code multipleOf: 0.01}
 * can tell it from a correct amount without rejecting correct ones too (559.3, 2386.7; see
 * {@link IndependentSchemaReadingTest}); quoted, the schema's pattern refuses it. Also left out: 29 February of a year that is not a
 * leap year, which the date pattern accepts and the loader refuses.
 */
class ValueFormatsAgreeTest {

    /** Where a value goes: a line of a valid fixture file, with %s for the value. */
    record Slot(String name, ContentKind kind, String fixture, String line, String template, List<String> values) {
    }

    static List<Slot> slots() {
        String project2024 = FixtureSite.PROJECT_2024;
        String project2019 = FixtureSite.PROJECT_2019;
        return List.of(
                new Slot("money (required)", ContentKind.PROJECT, project2024, "  other: 0\n", "  other: %s\n",
                        List.of("0", "0.00", "12.5", "12.50", "559.3", "2386.7", "\"12.505\"", "1,234", "1,234.56", "\"1,234.56\"", "12,34",
                                "1234,567", "1,2345", "-1", "abc", "\"12.50\"", "\" 12 \"", "1,234.5", "\"\"", "",
                                "true", "[1]")),
                new Slot("money (optional)", ContentKind.PROJECT, project2019, "  prior_year_budget: 5430000\n",
                        "  prior_year_budget: %s\n", List.of("5430000", "\"\"", "", "~", "5,430,000.1", "5.4.3")),
                new Slot("id", ContentKind.PROJECT, project2024, "id: p2024\n", "id: %s\n",
                        List.of("hotline-12333", "12333", "a", "-a", "a-", "a--b", "A", "con", "\"con\"", "lpt1",
                                "a_b", "中文", "a".repeat(64), "a".repeat(65), "\" a \"", "1.5", "true", "\"\"")),
                new Slot("year", ContentKind.PROJECT, project2024, "year: 2024\n", "year: %s\n",
                        List.of("2024", "\"2024\"", "1899", "1900", "2199", "2200", "19", "20240", "abc", "\" 2024 \"")),
                new Slot("date", ContentKind.PROJECT, project2024, "  start: 2024-01-01\n", "  start: %s\n",
                        List.of("2024-01-01", "2024-01", "2024-1-1", "2024-13", "2024-00", "2024-02-30",
                                "2024-02-29", "2024-04-31", "2024-12-31", "\"2024-01-01\"", "20240101",
                                "2024-01-01T00:00:00", "2024/01/01")),
                new Slot("url", ContentKind.PROJECT, project2024, "goals:\n",
                        "source:\n  title: 文件\n  url: %s\ngoals:\n",
                        List.of("https://example.org/a", "http://x", "ftp://x.org", "https://user@x.org/",
                                "example.org", "HTTPS://X.ORG", "https://", "\"https://example.org/a b\"", "\"\"")),
                new Slot("count", ContentKind.BUDGET, FixtureSite.BUDGET, "economic:\n",
                        "performance:\n  units: %s\neconomic:\n",
                        List.of("15", "\"15\"", "0", "-1", "1.5", "999999999", "1234567890", "\"\"")),
                new Slot("functional code of a project", ContentKind.PROJECT, project2019, "overview: |\n",
                        "functional_code: %s\noverview: |\n",
                        List.of("\"2080101\"", "2080101", "\"208010\"", "\"20801011\"", "\"208a101\"", "\"\"")),
                new Slot("functional code of a budget row", ContentKind.BUDGET, FixtureSite.BUDGET,
                        "  - code: \"2011001\"\n", "  - code: %s\n",
                        List.of("\"2011001\"", "2011001", "\"20110\"", "\"201100a\"", "\"\"")),
                new Slot("catalogue code", ContentKind.CATALOGUE, FixtureSite.CATALOGUE, "  \"2011050\": 事业运行\n",
                        "  %s: 事业运行\n", List.of("\"2011050\"", "2011050", "\"201105\"", "\"20110500\"", "\"20a\"")),
                new Slot("form", ContentKind.PROJECT, project2024, "form: \"2024\"\n", "form: %s\n",
                        List.of("\"2024\"", "2024", "\"2020\"", "\"\"")),
                new Slot("text (required)", ContentKind.PROJECT, project2024, "name: 热线项目\n", "name: %s\n",
                        List.of("x", "\"\"", "", "\"  \"", "123", "true", "[a]", "{a: 1}")),
                new Slot("allowed value", ContentKind.PROJECT, project2024, "category: 特定目标类\n",
                        "category: %s\n", List.of("特定目标类", "其他人员类", "特定目标", "\"\"")),
                new Slot("单位性质", ContentKind.DEPARTMENT, FixtureSite.DEPARTMENT, "    kind: 事业\n",
                        "    kind: %s\n", List.of("事业", "参公", "企业", "\"\"", "")));
    }

    @TempDir
    Path dir;

    @TestFactory
    Stream<DynamicTest> theSchemaAcceptsAValueExactlyWhenTheLoaderDoes() {
        return slots().stream().map(slot -> DynamicTest.dynamicTest(slot.name(), () -> {
            assertTrue(slot.fixture().contains(slot.line()), slot.line() + " is not in the fixture");
            List<String> disagreements = new ArrayList<>();
            for (String value : slot.values()) {
                String text = slot.fixture().replace(slot.line(), slot.template().formatted(value));
                List<String> loader = loaderErrors(slot.kind(), text);
                boolean schemaAccepts = ContentSchemas.validate(slot.kind(), text).isEmpty();
                if (loader.isEmpty() != schemaAccepts) {
                    disagreements.add("“" + value + "”: the loader " + (loader.isEmpty() ? "accepts" : loader)
                            + ", the schema " + (schemaAccepts ? "accepts" : "refuses"));
                }
            }
            assertEquals(List.of(), disagreements);
        }));
    }

    private List<String> loaderErrors(ContentKind kind, String text) throws IOException {
        String folder = switch (kind) {
            case PROJECT -> "projects/2024/";
            case BUDGET -> "budgets/2019/";
            case CATALOGUE -> "catalogues/";
            case DEPARTMENT -> "departments/";
            case RULES -> "rules/";
            case SITE -> "";
        };
        Path content = dir.resolve("content");
        Path file = content.resolve(folder + "value.yaml");
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        ProblemCollector problems = new ProblemCollector();
        new ContentLoader(ContentLimits.DEFAULT).load(content, dir, problems);
        Files.delete(file);
        return problems.sorted().stream().filter(Problem::isError).map(Problem::format).toList();
    }
}
