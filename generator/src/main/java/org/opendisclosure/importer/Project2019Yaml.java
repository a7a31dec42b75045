package org.opendisclosure.importer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An {@link ImportedProject2019} as the top-level blocks of a project content file (2019 form), in
 * the format of {@code docs/content-format.md}: prose as literal blocks, targets double-quoted, a
 * two-level 分解目标 table as {@code items} right under each 一级指标. Each amount and target carries a
 * comment naming the cell it came from ({@code # 申报表!C14}).
 */
final class Project2019Yaml {

    /** The top-level keys an import of a 2019 form writes; every other key of an existing file is the editors'. */
    static final List<String> IMPORTED_KEYS = List.of("name", "nature", "purpose", "period", "funding", "subprojects",
            "overview", "basis", "necessity", "safeguards", "plan", "goals", "indicators", "remarks");

    private Project2019Yaml() {
    }

    /** Each imported key's block; keys the form leaves empty are left out. */
    static Map<String, String> blocks(ImportedProject2019 form) {
        Map<String, String> blocks = new LinkedHashMap<>();
        blocks.put("name", "name: " + BudgetYaml.text(form.name()) + "\n");
        if (!form.nature().isEmpty()) {
            blocks.put("nature", "nature: " + form.nature() + "\n");
        }
        if (!form.purpose().isEmpty()) {
            blocks.put("purpose", "purpose: " + form.purpose() + "\n");
        }
        blocks.put("period", "period:\n  start: " + form.start() + "\n  end: " + form.end() + "\n");
        StringBuilder funding = new StringBuilder("funding:\n");
        form.funding().forEach((key, amount) -> funding.append("  ").append(key).append(": ")
                .append(Amounts.yaml(amount)).append(trace(form.cells().get("funding." + key))).append('\n'));
        blocks.put("funding", funding.toString());
        if (!form.subprojects().isEmpty()) {
            StringBuilder yaml = new StringBuilder("subprojects:\n");
            for (int i = 0; i < form.subprojects().size(); i++) {
                ImportedProject2019.SubProject sub = form.subprojects().get(i);
                yaml.append("  - name: ").append(BudgetYaml.text(sub.name())).append('\n');
                if (sub.amount() != null) {
                    yaml.append("    amount: ").append(Amounts.yaml(sub.amount()))
                            .append(trace(form.cells().get("subprojects[" + i + "].amount"))).append('\n');
                }
            }
            blocks.put("subprojects", yaml.toString());
        }
        form.prose().forEach((key, text) -> blocks.put(key, key + ": " + literal(text, "  ")));
        if (!form.overall().isEmpty() || !form.annual().isEmpty()) {
            StringBuilder goals = new StringBuilder("goals:\n");
            if (!form.overall().isEmpty()) {
                goals.append("  overall: ").append(literal(form.overall(), "    "));
            }
            if (!form.annual().isEmpty()) {
                goals.append("  annual: ").append(literal(form.annual(), "    "));
            }
            blocks.put("goals", goals.toString());
        }
        if (!form.indicators().isEmpty()) {
            blocks.put("indicators", indicators(form));
        }
        if (!form.remarks().isEmpty()) {
            blocks.put("remarks", "remarks: " + ProjectYaml.quoted(form.remarks()) + "\n");
        }
        Map<String, String> figures = new LinkedHashMap<>();
        form.cells().forEach((key, cell) -> {
            if (key.startsWith("funding.") || key.startsWith("subprojects[") || key.startsWith("indicators[")) {
                figures.put(key, cell);
            }
        });
        if (!figures.isEmpty()) {
            blocks.put("cells", BudgetYaml.cellsBlock(figures));
        }
        return blocks;
    }

    private static String indicators(ImportedProject2019 form) {
        StringBuilder yaml = new StringBuilder("indicators:\n");
        for (ImportedProject.Level1 level1 : form.indicators()) {
            yaml.append("  - ");
            if (!level1.name().isEmpty()) {
                yaml.append("level1: ").append(BudgetYaml.text(level1.name())).append("\n    ");
            }
            if (!form.threeLevel()) {
                List<ImportedProject.Item> items = level1.groups().stream().flatMap(g -> g.items().stream()).toList();
                yaml.append("items:").append(items.isEmpty() ? " []\n" : "\n");
                items(yaml, items, "      ");
                continue;
            }
            yaml.append("groups:\n");
            for (ImportedProject.Level2 level2 : level1.groups()) {
                yaml.append("      - ");
                if (!level2.name().isEmpty()) {
                    yaml.append("level2: ").append(BudgetYaml.text(level2.name())).append("\n        ");
                }
                yaml.append("items:").append(level2.items().isEmpty() ? " []\n" : "\n");
                items(yaml, level2.items(), "          ");
            }
        }
        return yaml.toString();
    }

    private static void items(StringBuilder yaml, List<ImportedProject.Item> items, String indent) {
        for (ImportedProject.Item item : items) {
            yaml.append(indent).append("- ");
            if (!item.name().isEmpty()) {
                yaml.append("name: ").append(BudgetYaml.text(item.name())).append('\n').append(indent).append("  ");
            }
            yaml.append("target: ").append(ProjectYaml.quoted(item.target())).append(trace(item.cell())).append('\n');
        }
    }

    /** A literal block ({@code |}) of the text's lines, each indented by {@code indent}. */
    private static String literal(String text, String indent) {
        StringBuilder yaml = new StringBuilder("|\n");
        for (String line : text.strip().split("\n", -1)) {
            yaml.append(line.isBlank() ? "" : indent + line.stripTrailing()).append('\n');
        }
        return yaml.toString();
    }

    private static String trace(String cell) {
        return cell == null ? "" : "  # " + cell.replace('\n', ' ');
    }
}
