package org.opendisclosure.importer;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * An {@link ImportedBudget} as the top-level blocks of a budget content file, in the format of
 * {@code docs/content-format.md}: codes quoted, money with thousands separators, blank cells left
 * out. Each row's {@code cells} names the workbook cell each of its amounts came from
 * ({@code cells: {basic: "支出预算总表!F12"}}), which the site shows beside the figure and in the open
 * data; the 三公 figures and published totals carry the same as a comment.
 */
final class BudgetYaml {

    /** The top-level keys an import writes; every other key of an existing file is the editors'. */
    static final List<String> IMPORTED_KEYS = List.of("functional", "economic", "three_public", "published_totals");

    private static final Pattern PLAIN_TEXT = Pattern.compile("[\\p{IsHan}\\p{L}\\p{N}（）()、，,·—\\-/ ]+");

    private BudgetYaml() {
    }

    /** Each imported key's block, from its {@code key:} line to its last line, with a trailing newline. */
    static Map<String, String> blocks(ImportedBudget budget) {
        Map<String, String> blocks = new LinkedHashMap<>();
        if (!budget.functional().isEmpty()) {
            blocks.put("functional", rows("functional", budget.functional()));
        }
        if (!budget.economic().isEmpty()) {
            blocks.put("economic", rows("economic", budget.economic()));
        }
        if (!budget.threePublic().isEmpty()) {
            StringBuilder yaml = new StringBuilder("three_public:\n");
            budget.threePublic().forEach((key, amount) -> yaml.append("  ").append(key).append(": ")
                    .append(Amounts.yaml(amount)).append(trace(budget.threePublicCells().get(key))).append('\n'));
            blocks.put("three_public", yaml.toString());
        }
        if (!budget.totals().isEmpty()) {
            StringBuilder yaml = new StringBuilder("published_totals:\n");
            for (Map.Entry<String, Object> entry : budget.totals().entrySet()) {
                if (entry.getValue() instanceof BigDecimal amount) {
                    yaml.append("  ").append(entry.getKey()).append(": ").append(Amounts.yaml(amount))
                            .append(trace(budget.totalCells().get(entry.getKey()))).append('\n');
                    continue;
                }
                yaml.append("  ").append(entry.getKey()).append(":\n");
                @SuppressWarnings("unchecked")
                Map<String, Map<String, BigDecimal>> byCode = (Map<String, Map<String, BigDecimal>>) entry.getValue();
                byCode.forEach((code, columns) -> {
                    yaml.append("    ").append(code.equals("total") ? "total" : "\"" + code + "\"").append(":\n");
                    columns.forEach((column, amount) -> yaml.append("      ").append(column).append(": ")
                            .append(Amounts.yaml(amount))
                            .append(trace(budget.totalCells().get(entry.getKey() + "." + code + "." + column)))
                            .append('\n'));
                });
            }
            blocks.put("published_totals", yaml.toString());
        }
        Map<String, String> cells = new LinkedHashMap<>();
        budget.threePublicCells().forEach((key, cell) -> cells.put("three_public." + key, cell));
        budget.totalCells().forEach((key, cell) -> cells.put("published_totals." + key, cell));
        if (!cells.isEmpty()) {
            blocks.put("cells", cellsBlock(cells));
        }
        return blocks;
    }

    /**
     * The top-level {@code cells} block: key path of each figure outside the rows → its cell. Not in
     * {@link #IMPORTED_KEYS}: an import replaces it, and where a figure came from is no change to report.
     */
    static String cellsBlock(Map<String, String> cells) {
        StringBuilder yaml = new StringBuilder("cells:\n");
        cells.forEach((key, cell) -> yaml.append("  ").append(quoted(key)).append(": ").append(quoted(cell)).append('\n'));
        return yaml.toString();
    }

    private static String rows(String key, List<ImportedBudget.Row> rows) {
        StringBuilder yaml = new StringBuilder(key).append(":\n");
        for (ImportedBudget.Row row : rows) {
            yaml.append("  - code: \"").append(row.code()).append("\"\n");
            if (!row.name().isBlank()) {
                yaml.append("    name: ").append(text(row.name())).append('\n');
            }
            if (!row.printedNames().isEmpty()) {
                yaml.append("    printed_names:\n");
                row.printedNames().forEach((table, name) -> yaml.append("      ").append(table).append(": ")
                        .append(text(name)).append('\n'));
            }
            row.amounts().forEach((field, amount) -> yaml.append("    ").append(field).append(": ")
                    .append(Amounts.yaml(amount)).append('\n'));
            row.splits().forEach((field, split) -> {
                yaml.append("    ").append(field).append(":\n");
                split.forEach((part, amount) -> yaml.append("      ").append(part).append(": ")
                        .append(Amounts.yaml(amount)).append('\n'));
            });
            if (!row.cells().isEmpty()) {
                yaml.append("    cells: {");
                String separator = "";
                for (Map.Entry<String, String> cell : row.cells().entrySet()) {
                    yaml.append(separator).append(cell.getKey()).append(": ").append(quoted(cell.getValue()));
                    separator = ", ";
                }
                yaml.append("}\n");
            }
        }
        return yaml.toString();
    }

    /** Text as a YAML scalar: plain when it cannot be misread, otherwise double-quoted. */
    static String text(String text) {
        String stripped = text.strip();
        if (PLAIN_TEXT.matcher(stripped).matches() && !stripped.startsWith("-") && !stripped.contains(": ")
                && !stripped.chars().allMatch(c -> Character.isDigit(c) || c == ',' || c == '.')) {
            return stripped;
        }
        return "\"" + stripped.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }

    static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static String trace(String cell) {
        return cell == null ? "" : "  # " + cell.replace('\n', ' ');
    }
}
