package org.opendisclosure.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendisclosure.FixtureSite;
import org.opendisclosure.SiteGenerator;
import org.opendisclosure.problem.Problem;

/** The department budget checks, each with the exact message an editor sees. */
class BudgetCheckTest {

    private static final String BUDGET_FILE = "content/budgets/2019/dept.yaml";

    @TempDir
    Path dir;

    private List<String> messages(String budget) {
        FixtureSite site = FixtureSite.in(dir).withBudget().file(BUDGET_FILE, budget);
        return new SiteGenerator().check(site.request()).report().problems().stream().map(Problem::format).toList();
    }

    private static String budget(String find, String replace) {
        if (!FixtureSite.BUDGET.contains(find)) {
            throw new IllegalArgumentException(find);
        }
        return FixtureSite.BUDGET.replace(find, replace);
    }

    @Test
    void theFixtureBudgetIsClean() {
        assertEquals(List.of(), messages(FixtureSite.BUDGET));
    }

    @Test
    void aNameATablePrintsDifferentlyFromTheCatalogueIsAWarningThatCanBeAcknowledged() {
        String printed = budget("    name: 行政运行\n", "    name: 行政运行\n    printed_names:\n      expenditure: 行政运转\n"
                + "      income: 行政运行\n");
        assertEquals(List.of(BUDGET_FILE + ":13:7: warning: functional[0].printed_names.expenditure（支出预算总表印出的名称）: "
                + "科目 2011001 在支出预算总表中印作“行政运转”，2019 年目录名称为“行政运行”；该表按原表显示，并注明目录名称 [printed-name]"),
                messages(printed));
        assertEquals(List.of(BUDGET_FILE + ":13:7: note: functional[0].printed_names.expenditure（支出预算总表印出的名称）: "
                + "科目 2011001 在支出预算总表中印作“行政运转”，2019 年目录名称为“行政运行”；该表按原表显示，并注明目录名称 [printed-name]"),
                messages(printed + "acknowledged:\n  - check: printed-name\n    reason: 原表如此。\n"));
    }

    @Test
    void aRowsIncomeMustEqualBasicPlusProjectSpending() {
        // The typed totals above the changed cell are reported too (see the tests below).
        assertEquals(List.of(
                BUDGET_FILE + ":9:1: error: functional（功能分类预算行）: 收入总计 3,500 元应等于支出总计 3,501 元，相差 -1 元；"
                        + "差额来自报告了“row-total”的各行 [balance]",
                BUDGET_FILE + ":10:5: error: functional[0]（科目 2011001）: 收入合计 1,000 元应等于 基本支出 + 项目支出 = 1,001 + 0 = "
                        + "1,001 元，相差 -1 元 [row-total]"),
                messages(budget("    basic: 1,000\n", "    basic: 1,001\n")).subList(0, 2));
    }

    @Test
    void basicSpendingByEconomicCodeMustEqualBasicSpendingByFunction() {
        assertEquals(List.of(BUDGET_FILE + ":22:1: error: economic（基本支出经济分类行）: 一般公共预算基本支出按经济分类合计 2,699 元"
                + "（2 行），应等于按功能分类合计 2,700 元（functional 中 3 行的一般公共预算基本支出），相差 -1 元 [basic-by-economic]",
                BUDGET_FILE + ":52:7: error: published_totals.economic.301.personnel（原表科目 301 的人员经费）: 按各行计算应为 "
                        + "2,199 元（economic 中 30101（第 23 行）之和）；这里写的是 2,200 元，相差 +1 元 [published-total]"),
                messages(budget("personnel: 2,200\n  - code", "personnel: 2,199\n  - code")));
    }

    @Test
    void aChangedLeafNamesEveryTypedTotalItBreaks() {
        List<String> found = messages(budget("    general_budget: 500\n    basic: 200", "    general_budget: 501\n    basic: 201"));
        assertEquals(List.of(
                BUDGET_FILE + ":22:1: error: economic（基本支出经济分类行）: 一般公共预算基本支出按经济分类合计 2,700 元（2 行），应等于按功能分类合计 "
                        + "2,701 元（functional 中 3 行的一般公共预算基本支出），相差 -1 元 [basic-by-economic]",
                BUDGET_FILE + ":41:3: error: published_totals.income_total（原表收入总计）: 按各行计算应为 3,501 元（functional 中全部 3 行的收入合计）；"
                        + "这里写的是 3,500 元，相差 -1 元 [published-total]",
                BUDGET_FILE + ":44:7: error: published_totals.functional.total.total（原表合计的合计）: 按各行计算应为 3,501 元（functional 中 "
                        + "2011001（第 10 行）、2011050（第 14 行）、2080101（第 18 行）共 3 行之和）；这里写的是 3,500 元，相差 -1 元 [published-total]",
                BUDGET_FILE + ":45:7: error: published_totals.functional.total.basic（原表合计的基本支出）: 按各行计算应为 2,701 元（functional 中 "
                        + "2011001（第 10 行）、2011050（第 14 行）、2080101（第 18 行）共 3 行之和）；这里写的是 2,700 元，相差 -1 元 [published-total]",
                BUDGET_FILE + ":48:7: error: published_totals.functional.201.total（原表科目 201 的合计）: 按各行计算应为 1,501 元（functional 中 "
                        + "2011001（第 10 行）、2011050（第 14 行）共 2 行之和）；这里写的是 1,500 元，相差 -1 元 [published-total]",
                BUDGET_FILE + ":49:7: error: published_totals.functional.201.basic（原表科目 201 的基本支出）: 按各行计算应为 1,201 元（functional 中 "
                        + "2011001（第 10 行）、2011050（第 14 行）共 2 行之和）；这里写的是 1,200 元，相差 -1 元 [published-total]"),
                found);
    }

    @Test
    void codesMustBeInTheCatalogueOfTheYear() {
        assertEquals(List.of(BUDGET_FILE + ":18:5: error: functional[2].code（功能分类科目编码）: 2019 年功能分类科目目录"
                + "（content/catalogues/2019.yaml）中没有项级科目 2080102；是否想写：2080101、2080199？ [code-unknown]"),
                messages(budget("\"2080101\"", "\"2080102\"")));
    }

    @Test
    void aTypedNameMustBeTheCataloguesName() {
        assertEquals(List.of(BUDGET_FILE + ":11:5: error: functional[0].name（功能分类科目名称）: 科目 2011001 在 2019 年目录中名为"
                + "“行政运行”；这里写的是“行政运行支出” [code-name]"),
                messages(budget("name: 行政运行", "name: 行政运行支出")));
    }

    @Test
    void aCodeHasOneRow() {
        assertEquals(List.of(BUDGET_FILE + ":18:5: error: functional[2].code（功能分类科目编码）: 科目 2011001 已有一行（"
                + BUDGET_FILE + ":10，functional[0]）；每个科目只写一行 [duplicate-code]"),
                messages(budget("\"2080101\"", "\"2011001\"")).subList(0, 1));
    }

    @Test
    void subtotalCodesAreNotTypedAsRows() {
        assertEquals(List.of(BUDGET_FILE + ":1:1: note: 本文件有错误；金额核对（各行合计、收支平衡、经济分类、“三公”、政府采购、原表合计）要等这些错误改正后"
                + "才进行 [checks-deferred]",
                BUDGET_FILE + ":10:11: error: functional[0].code（功能分类科目编码）: 应为 7 位数字的项级功能分类科目编码，"
                + "如 2080101；实际是“20110”（类、款的金额由项汇总得出，不要单独填写） [type]"),
                messages(budget("\"2011001\"", "\"20110\"")));
    }

    @Test
    void aBudgetNeedsTheCatalogueOfItsYear() {
        assertEquals(List.of(BUDGET_FILE + ":3:1: error: catalogue（科目年度）: 没有 2020 年的科目目录（content/catalogues/ 下 "
                + "year: 2020 的文件），无法核对科目编码；现有目录的年度：2019（可用 catalogue: 指定） [code-unknown]"),
                messages(budget("title:", "catalogue: 2020\ntitle:")));
    }

    @Test
    void threePublicSubtotalsMustEqualTheirParts() {
        assertEquals(List.of(BUDGET_FILE + ":32:3: error: three_public.vehicles_subtotal（公务用车购置及运行费小计）: 应等于 公务用车购置费 + "
                + "运行费 = 0.50 + 1.10 = 1.60 万元；实际为 1.50 万元，相差 -0.10 万元 [three-public-total]",
                BUDGET_FILE + ":33:3: error: three_public.total（“三公”经费合计）: 应等于 因公出国(境)费 + 公务接待费 + 公务用车购置及运行费 = "
                        + "1.50 + 2.00 + 1.60 = 5.10 万元；实际为 5.00 万元，相差 -0.10 万元 [three-public-total]"),
                messages(budget("vehicle_operation: 1.00", "vehicle_operation: 1.10")));
    }

    @Test
    void procurementPartsMustAddUp() {
        assertEquals(List.of(BUDGET_FILE + ":36:3: error: procurement.total（政府采购预算）: 应等于 货物 + 工程 + 服务 = 30.00 + 20.00 + "
                + "50.00 = 100.00 万元；实际为 101.00 万元，相差 +1.00 万元 [procurement-total]"),
                messages(budget("  total: 100\n", "  total: 101\n")));
    }

    @Test
    void aRowWithSeveralSourcesStatesItsFiscalSpending() {
        assertEquals(List.of(BUDGET_FILE + ":18:5: error: functional[2].general_budget_spending（一般公共预算安排的支出）: 科目 2080101 的"
                + "收入有多个来源，请写明一般公共预算安排的支出：general_budget_spending: {basic: …, project: …}，其合计应为 1,500 元；"
                + "否则无法编制一般公共预算支出功能分类预算表 [spending-split]"),
                messages(budget("    general_budget: 2,000\n", "    general_budget: 1,500\n    business_income: 500\n"))
                        .subList(0, 1));
    }

    @Test
    void discrepanciesOfTheBudgetDocumentCanBeAcknowledged() {
        List<String> found = messages(budget("    basic: 1,000\n", "    basic: 1,001\n")
                + "acknowledged:\n  - check: row-total\n    at: functional[0]\n    reason: 原表如此。\n"
                + "  - check: balance\n    reason: 原表如此。\n");
        assertEquals(List.of("note", "note"), found.subList(0, 2).stream().map(m -> m.split(": ")[1]).toList());
        assertEquals(List.of("error"), found.stream().skip(2).map(m -> m.split(": ")[1]).distinct().toList());
    }

    @Test
    void aKeyProjectMustExistInTheSameYear() {
        assertEquals(List.of(BUDGET_FILE + ":54:5: error: key_projects[0].project（项目标识）: 本部门 2019 年没有标识为“p2024”的项目；"
                + "是否想写：p2019？ [reference]"),
                messages(FixtureSite.BUDGET + "key_projects:\n  - project: p2024\n    title: 说明\n"));
    }
}
