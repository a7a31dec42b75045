package org.opendisclosure.importer;

import java.util.List;
import java.util.Map;

/**
 * The text of {@code budgets/<year>/<department>.yaml} after an import: a new file with the keys
 * a content file needs ({@code department}, {@code year}, {@code title}) and the imported blocks,
 * or an existing file with only its imported blocks replaced ({@link ContentMerge}).
 */
public final class BudgetFileText {

    private BudgetFileText() {
    }

    /** A new budget file. */
    public static String create(String departmentId, int year, String title, ImportedBudget budget) {
        StringBuilder text = new StringBuilder()
                .append("# 由 disclosure:import 从工作簿导入；各金额后的注释是它所在的单元格。\n")
                .append("# 重新导入只替换 functional、economic、three_public、published_totals 和 cells，其余内容（编者注、说明文字等）保留。\n")
                .append("department: ").append(departmentId).append('\n')
                .append("year: ").append(year).append('\n')
                .append("title: ").append(BudgetYaml.text(title)).append('\n');
        for (String block : BudgetYaml.blocks(budget).values()) {
            text.append('\n').append(block);
        }
        return text.toString();
    }

    /** {@code existing} with the imported blocks replaced and everything else kept. */
    public static String merge(String existing, ImportedBudget budget) {
        Map<String, String> blocks = BudgetYaml.blocks(budget);
        return ContentMerge.merge(existing, blocks);
    }

    /** What an import changes, line by line, for the editor to review. */
    public static List<String> changes(String before, String after) {
        return ContentMerge.changes(before, after);
    }
}
