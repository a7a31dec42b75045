package org.opendisclosure.check;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.opendisclosure.derive.BudgetRollup;
import org.opendisclosure.derive.CodeRollup;
import org.opendisclosure.derive.EconomicAmounts;
import org.opendisclosure.derive.FunctionalAmounts;
import org.opendisclosure.model.BudgetRow;
import org.opendisclosure.model.DepartmentBudget;
import org.opendisclosure.model.EconomicRow;
import org.opendisclosure.model.MoneyFormat;
import org.opendisclosure.model.PublishedTotal;
import org.opendisclosure.problem.ProblemCodes;
import org.opendisclosure.problem.ProblemCollector;

/**
 * Checks every total an editor typed as published (类/款 subtotals, 合计, 收入总计, 支出总计) against the
 * total computed from the rows. The message points at the typed total and names the rows it is
 * summed from, so that a changed leaf amount leads the editor to every total it breaks.
 */
final class PublishedTotalCheck {

    private static final Map<String, String> COLUMN_NAMES = Map.of("total", "合计", "basic", "基本支出", "project",
            "项目支出", "personnel", "人员经费", "office", "公用经费");
    private static final Map<String, Function<FunctionalAmounts, BigDecimal>> FUNCTIONAL = Map.of(
            "total", FunctionalAmounts::expenditure, "basic", FunctionalAmounts::basic, "project",
            FunctionalAmounts::project);
    private static final Map<String, Function<EconomicAmounts, BigDecimal>> ECONOMIC = Map.of(
            "total", EconomicAmounts::total, "personnel", EconomicAmounts::personnel, "office",
            EconomicAmounts::office);

    private PublishedTotalCheck() {
    }

    static void check(DepartmentBudget budget, BudgetRollup rollup, ProblemCollector problems) {
        CodeRollup<FunctionalAmounts> functional = rollup.functional();
        CodeRollup<EconomicAmounts> economic = rollup.economic();
        for (PublishedTotal typed : budget.publishedTotals()) {
            switch (typed.table()) {
                case "income" -> compare(budget, typed, functional.total().income(), "收入总计",
                        "functional 中全部 " + functional.leavesOf("").size() + " 行的收入合计", problems);
                case "expenditure" -> compare(budget, typed, functional.total().expenditure(), "支出总计",
                        "functional 中全部 " + functional.leavesOf("").size() + " 行的基本支出 + 项目支出", problems);
                case "functional" -> byCode(budget, typed, functional, FUNCTIONAL.get(typed.column()), "functional",
                        budget.rows().stream().map(BudgetRow::code).toList(), problems);
                case "economic" -> byCode(budget, typed, economic, ECONOMIC.get(typed.column()), "economic",
                        budget.economicRows().stream().map(EconomicRow::code).toList(), problems);
                default -> throw new IllegalStateException(typed.table());
            }
        }
    }

    private static <A> void byCode(DepartmentBudget budget, PublishedTotal typed, CodeRollup<A> rollup,
            Function<A, BigDecimal> column, String rowsKey, List<String> rowCodes, ProblemCollector problems) {
        String what = (typed.code().isEmpty() ? "合计" : "科目 " + typed.code() + " ") + "的"
                + COLUMN_NAMES.get(typed.column());
        if (!typed.code().isEmpty() && !rollup.contains(typed.code())) {
            compare(budget, typed, BigDecimal.ZERO, what, rowsKey + " 中没有属于 " + typed.code() + " 的行", problems);
            return;
        }
        A amounts = typed.code().isEmpty() ? rollup.total() : rollup.at(typed.code());
        List<String> leaves = rollup.leavesOf(typed.code());
        compare(budget, typed, column.apply(amounts), what, rowsKey + " 中 " + describe(budget, rowsKey, leaves, rowCodes)
                + "之和", problems);
    }

    /** Names the rows a total comes from, with their lines, so the editor can find them. */
    private static String describe(DepartmentBudget budget, String rowsKey, List<String> leaves,
            List<String> rowCodes) {
        StringBuilder text = new StringBuilder();
        int shown = 0;
        for (String leaf : leaves) {
            if (shown == 6) {
                text.append("等 ").append(leaves.size()).append(" 行");
                return text.toString();
            }
            int index = rowCodes.indexOf(leaf);
            text.append(shown == 0 ? "" : "、").append(leaf)
                    .append("（第 ").append(budget.sourceMap().at(rowsKey + "[" + index + "]").line()).append(" 行）");
            shown++;
        }
        return leaves.size() == 1 ? text.toString() : text + "共 " + leaves.size() + " 行";
    }

    private static void compare(DepartmentBudget budget, PublishedTotal typed, BigDecimal computed, String what,
            String from, ProblemCollector problems) {
        if (typed.value().compareTo(computed) == 0) {
            return;
        }
        problems.error(ProblemCodes.PUBLISHED_TOTAL, budget.sourceMap().at(typed.keyPath()), typed.keyPath(), "原表" + what,
                "按各行计算应为 " + MoneyFormat.whole(computed) + " 元（" + from + "）；这里写的是 "
                        + MoneyFormat.whole(typed.value()) + " 元，相差 "
                        + MoneyFormat.signedWhole(typed.value().subtract(computed)) + " 元");
    }
}
