package org.opendisclosure.importer;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An {@link ImportedProject} as the top-level blocks of a project content file (2024 form), in the
 * format of {@code docs/content-format.md}. Each figure and target carries a comment naming the cell
 * it came from ({@code # 申报表!E7}).
 */
final class ProjectYaml {

    /** The top-level keys an import of a form writes; every other key of an existing file is the editors'. */
    static final List<String> IMPORTED_KEYS = List.of("name", "nature", "category", "period", "funding", "goals",
            "indicators", "remarks");

    private ProjectYaml() {
    }

    /** Each imported key's block, department and unit given as ids. */
    static Map<String, String> blocks(ImportedProject form) {
        Map<String, String> blocks = new LinkedHashMap<>();
        blocks.put("name", "name: " + BudgetYaml.text(form.name()) + "\n");
        if (!form.nature().isEmpty()) {
            blocks.put("nature", "nature: " + BudgetYaml.text(form.nature()) + "\n");
        }
        if (!form.category().isEmpty()) {
            blocks.put("category", "category: " + BudgetYaml.text(form.category()) + "\n");
        }
        blocks.put("period", "period:\n  start: " + form.start() + "\n  end: " + form.end() + "\n");
        StringBuilder funding = new StringBuilder("funding:\n");
        for (Map.Entry<String, BigDecimal> amount : form.funding().entrySet()) {
            funding.append("  ").append(amount.getKey()).append(": ").append(Amounts.yaml(amount.getValue()))
                    .append(trace(form.cells().get("funding." + amount.getKey()))).append('\n');
        }
        blocks.put("funding", funding.toString());
        if (!form.overall().isEmpty() || !form.annual().isEmpty()) {
            StringBuilder goals = new StringBuilder("goals:\n");
            if (!form.overall().isEmpty()) {
                goals.append("  overall: ").append(quoted(form.overall())).append('\n');
            }
            if (!form.annual().isEmpty()) {
                goals.append("  annual: ").append(quoted(form.annual())).append('\n');
            }
            blocks.put("goals", goals.toString());
        }
        Map<String, String> figures = new LinkedHashMap<>();
        form.funding().keySet().forEach(key -> figures.put("funding." + key, form.cells().get("funding." + key)));
        if (!form.indicators().isEmpty()) {
            StringBuilder yaml = new StringBuilder("indicators:\n");
            for (int i = 0; i < form.indicators().size(); i++) {
                ImportedProject.Level1 level1 = form.indicators().get(i);
                yaml.append("  - level1: ").append(BudgetYaml.text(level1.name())).append("\n    groups:\n");
                for (int j = 0; j < level1.groups().size(); j++) {
                    ImportedProject.Level2 level2 = level1.groups().get(j);
                    for (int k = 0; k < level2.items().size(); k++) {
                        figures.put("indicators[" + i + "].groups[" + j + "].items[" + k + "].target",
                                level2.items().get(k).cell());
                    }
                    yaml.append(level2.name().isEmpty() ? "      - items:\n"
                            : "      - level2: " + BudgetYaml.text(level2.name()) + "\n        items:\n");
                    for (ImportedProject.Item item : level2.items()) {
                        yaml.append("          - ");
                        if (!item.name().isEmpty()) {
                            yaml.append("name: ").append(BudgetYaml.text(item.name())).append("\n            ");
                        }
                        yaml.append("target: ").append(quoted(item.target())).append(trace(item.cell())).append('\n');
                    }
                }
            }
            blocks.put("indicators", yaml.toString());
        }
        if (!form.remarks().isEmpty()) {
            blocks.put("remarks", "remarks: " + quoted(form.remarks()) + "\n");
        }
        figures.values().removeIf(java.util.Objects::isNull);
        if (!figures.isEmpty()) {
            blocks.put("cells", BudgetYaml.cellsBlock(figures));
        }
        return blocks;
    }

    /** Always double-quoted, as the guide recommends for targets: {@code "=90.00(套)"}. */
    static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }

    private static String trace(String cell) {
        return cell == null ? "" : "  # " + cell.replace('\n', ' ');
    }
}
