package org.opendisclosure;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendisclosure.content.ContentLimits;
import org.opendisclosure.problem.Problem;

/**
 * Changing one leaf amount of the bundled 2019 department budget (in a copy) leads the editor to
 * every typed published total it breaks, at that total's file and line, expected against found.
 */
class BundledBudgetChangeTest {

    private static final String FILE = "content/budgets/2019/shrss.yaml";

    @TempDir
    Path dir;

    @Test
    void aChangedLeafAmountNamesTheLineOfEveryTypedTotalItBreaks() throws IOException {
        Path root = FixtureSite.repositoryRoot();
        FixtureSite.copyTree(root.resolve("content"), dir.resolve("content"));
        Path budget = dir.resolve(FILE);
        String text = Files.readString(budget);
        // 2080101 行政运行: income and basic spending both one 元 more, so the row itself still adds up.
        String row = "  - code: \"2080101\"\n    name: 行政运行\n    general_budget: 310,461,797\n    basic: 310,461,797\n";
        assertTrue(text.contains(row));
        Files.writeString(budget, text.replace(row, row.replace("310,461,797", "310,461,798")));

        List<String> messages = new SiteGenerator().check(new GenerationRequest(dir.resolve("content"),
                root.resolve("templates"), dir.resolve("out"), dir, ContentLimits.DEFAULT)).report().problems().stream()
                .map(Problem::format).toList();

        List<String> lines = Files.readAllLines(budget);
        int section = lines.indexOf("    \"20801\":");
        int basicLine = section + 1 + lines.subList(section, lines.size()).indexOf("      basic: 435,236,882");
        String expected = FILE + ":" + basicLine + ":7: error: published_totals.functional.20801.basic（原表科目 20801 的基本支出）: "
                + "按各行计算应为 435,236,883 元（functional 中 2080101（第 ";
        assertTrue(messages.stream().anyMatch(m -> m.startsWith(expected)
                && m.endsWith("等 8 行之和）；这里写的是 435,236,882 元，相差 -1 元 [published-total]")),
                expected + "\n" + String.join("\n", messages));
        for (String total : List.of("published_totals.functional.208.total", "published_totals.functional.208.basic",
                "published_totals.functional.20801.total", "published_totals.functional.total.total",
                "published_totals.functional.total.basic", "published_totals.income_total",
                "published_totals.expenditure_total")) {
            assertTrue(messages.stream().anyMatch(m -> m.contains(": error: " + total + "（")), total + " not reported:\n"
                    + String.join("\n", messages));
        }
        assertTrue(messages.stream().anyMatch(m -> m.contains("[basic-by-economic]")));
    }
}
