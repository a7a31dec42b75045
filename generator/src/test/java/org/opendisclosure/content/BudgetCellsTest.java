package org.opendisclosure.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendisclosure.model.Content;
import org.opendisclosure.problem.Problem;
import org.opendisclosure.problem.ProblemCollector;

/** A budget row's optional {@code cells}: where each amount was imported from, checked as a cell reference. */
class BudgetCellsTest {

    @TempDir
    Path dir;

    @Test
    void cellsAreReadAndWrongOnesReported() throws IOException {
        Path budgets = dir.resolve("budgets/2019");
        Files.createDirectories(budgets);
        Files.createDirectories(dir.resolve("departments"));
        Files.writeString(dir.resolve("departments/d.yaml"), "id: d\nname: 部门\nunits:\n  - id: d-hq\n    name: 本部\n",
                StandardCharsets.UTF_8);
        Files.writeString(budgets.resolve("d.yaml"), """
                department: d
                year: 2019
                title: 预算
                functional:
                  - code: "2080101"
                    general_budget: 100
                    basic: 100
                    cells: {general_budget: "一般公共预算支出功能分类预算表!E9", basic: "支出预算总表!F9"}
                  - code: "2080102"
                    general_budget: 5
                    project: 5
                    cells: {project: "F9", salary: "支出预算总表!F10"}
                economic:
                  - code: "30101"
                    personnel: 100
                    cells: {personnel: "经济分类!D7"}
                """, StandardCharsets.UTF_8);
        ProblemCollector problems = new ProblemCollector();
        Content content = new ContentLoader(ContentLimits.DEFAULT, 1).load(dir, dir, problems);
        assertEquals(Map.of("general_budget", "一般公共预算支出功能分类预算表!E9", "basic", "支出预算总表!F9"),
                content.budgets().get(0).rows().get(0).cells());
        assertEquals(Map.of("personnel", "经济分类!D7"), content.budgets().get(0).economicRows().get(0).cells());
        assertEquals(List.of(
                "budgets/2019/d.yaml:12:22: error: functional[1].cells.project（项目支出来源单元格）: 应为工作簿单元格，写成 工作表名!列行，如 收入预算总表!C12；实际是“F9” [type]",
                "budgets/2019/d.yaml:12:28: error: functional[1].cells.salary: 未知的键“salary”；这里可用的键：general_budget、government_fund、business_income、operating_income、other_income、basic、project [unknown-key]"),
                problems.sorted().stream().map(Problem::format).filter(m -> m.contains("cells")).toList());
    }
}
