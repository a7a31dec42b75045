package org.opendisclosure.check;

import java.math.BigDecimal;

import org.opendisclosure.content.FieldLabels;
import org.opendisclosure.derive.BudgetRollup;
import org.opendisclosure.derive.CodeRollup;
import org.opendisclosure.derive.EconomicAmounts;
import org.opendisclosure.derive.FunctionalAmounts;
import org.opendisclosure.model.BudgetRow;
import org.opendisclosure.model.DepartmentBudget;
import org.opendisclosure.model.MoneyFormat;
import org.opendisclosure.model.Procurement;
import org.opendisclosure.model.SpendingSplit;
import org.opendisclosure.model.ThreePublicCosts;
import org.opendisclosure.problem.ProblemCodes;
import org.opendisclosure.problem.ProblemCollector;

/**
 * Checks a department budget's figures exactly, with no tolerance: on every row 合计 = 基本支出 +
 * 项目支出; a fiscal source's spending split adds up to that source; 收入总计 = 支出总计; basic
 * expenditure by economic code = basic expenditure by function (一般公共预算); the “三公” subtotals
 * and 政府采购 add up. Each message names the rows, the expected and found figures, and the difference.
 */
final class BudgetArithmeticCheck {

    private static final FieldLabels LABELS = FieldLabels.BUDGET;

    private BudgetArithmeticCheck() {
    }

    static void check(DepartmentBudget budget, BudgetRollup rollup, ProblemCollector problems) {
        boolean generalBasicKnown = true;
        for (BudgetRow row : budget.rows()) {
            rowTotal(budget, row, problems);
            generalBasicKnown &= split(budget, row, row.generalBudgetSpending(), row.generalBudget(), "general_budget",
                    problems);
            split(budget, row, row.governmentFundSpending(), row.governmentFund(), "government_fund", problems);
        }
        CodeRollup<FunctionalAmounts> functional = rollup.functional();
        FunctionalAmounts total = functional.total();
        if (total.income().compareTo(total.expenditure()) != 0) {
            problems.error(ProblemCodes.BALANCE, budget.sourceMap().at("functional"), "functional",
                    LABELS.of("functional"),
                    "收入总计 " + yuan(total.income()) + " 元应等于支出总计 " + yuan(total.expenditure()) + " 元，相差 "
                            + MoneyFormat.signedWhole(total.income().subtract(total.expenditure()))
                            + " 元；差额来自报告了“row-total”的各行");
        }
        // Without every row's split the general-budget basic spending is unknown: the missing
        // split is the one mistake to report, not a difference it would cause here.
        if (generalBasicKnown && !budget.rows().isEmpty() && !budget.economicRows().isEmpty()) {
            CodeRollup<EconomicAmounts> economic = rollup.economic();
            BigDecimal byFunction = functional.total().generalBasic();
            BigDecimal byEconomic = economic.total().total();
            if (byFunction.compareTo(byEconomic) != 0) {
                problems.error(ProblemCodes.BASIC_BY_ECONOMIC, budget.sourceMap().at("economic"), "economic",
                        LABELS.of("economic"),
                        "一般公共预算基本支出按经济分类合计 " + yuan(byEconomic) + " 元（" + economic.leavesOf("").size()
                                + " 行），应等于按功能分类合计 " + yuan(byFunction) + " 元（functional 中 "
                                + functional.leavesOf("").size() + " 行的一般公共预算基本支出），相差 "
                                + MoneyFormat.signedWhole(byEconomic.subtract(byFunction)) + " 元");
            }
        }
        if (budget.threePublic() != null) {
            threePublic(budget, budget.threePublic(), problems);
        }
        if (budget.procurement() != null) {
            procurement(budget, budget.procurement(), problems);
        }
    }

    private static void rowTotal(DepartmentBudget budget, BudgetRow row, ProblemCollector problems) {
        FunctionalAmounts amounts = FunctionalAmounts.of(row);
        if (amounts.income().compareTo(amounts.expenditure()) != 0) {
            problems.error(ProblemCodes.ROW_TOTAL, budget.sourceMap().at(row.keyPath()), row.keyPath(),
                    "科目 " + row.code(),
                    "收入合计 " + yuan(amounts.income()) + " 元应等于 基本支出 + 项目支出 = " + yuan(row.basic()) + " + "
                            + yuan(row.project()) + " = " + yuan(amounts.expenditure()) + " 元，相差 "
                            + MoneyFormat.signedWhole(amounts.income().subtract(amounts.expenditure())) + " 元");
        }
    }

    /** @return false when the row's spending of this source cannot be known: its split is missing */
    private static boolean split(DepartmentBudget budget, BudgetRow row, SpendingSplit split, BigDecimal source,
            String key, ProblemCollector problems) {
        String path = row.keyPath() + "." + key + "_spending";
        String sourceLabel = LABELS.of(row.keyPath() + "." + key);
        if (split == null) {
            if (source.signum() != 0 && row.hasSeveralSources()) {
                problems.error(ProblemCodes.SPENDING_SPLIT, budget.sourceMap().at(row.keyPath()), path,
                        LABELS.of(path),
                        "科目 " + row.code() + " 的收入有多个来源，请写明" + sourceLabel + "安排的支出："
                                + key + "_spending: {basic: …, project: …}，其合计应为 " + yuan(source)
                                + " 元；否则无法编制" + sourceLabel + "支出功能分类预算表");
                return false;
            }
            return true;
        }
        if (split.total().compareTo(source) != 0) {
            problems.error(ProblemCodes.SPENDING_SPLIT, budget.sourceMap().at(path), path, LABELS.of(path),
                    "基本支出 + 项目支出 = " + yuan(split.total()) + " 元，应等于本行" + sourceLabel + "收入 "
                            + yuan(source) + " 元，相差 " + MoneyFormat.signedWhole(split.total().subtract(source)) + " 元");
        }
        if (split.basic().compareTo(row.basic()) > 0 || split.project().compareTo(row.project()) > 0) {
            problems.error(ProblemCodes.SPENDING_SPLIT, budget.sourceMap().at(path), path, LABELS.of(path),
                    "不能超过本行的基本支出 " + yuan(row.basic()) + " 元和项目支出 " + yuan(row.project())
                            + " 元；这里是 " + yuan(split.basic()) + " 元和 " + yuan(split.project()) + " 元");
        }
        return true;
    }

    private static void threePublic(DepartmentBudget budget, ThreePublicCosts t, ProblemCollector problems) {
        if (t.publishedVehicles() != null && t.publishedVehicles().compareTo(t.vehicles()) != 0) {
            typedSum(budget, "three_public.vehicles_subtotal", t.publishedVehicles(), t.vehicles(),
                    "公务用车购置费 + 运行费 = " + wan(t.vehiclePurchase()) + " + " + wan(t.vehicleOperation()), "万元",
                    ProblemCodes.THREE_PUBLIC_TOTAL, problems);
        }
        if (t.publishedTotal() != null && t.publishedTotal().compareTo(t.total()) != 0) {
            typedSum(budget, "three_public.total", t.publishedTotal(), t.total(),
                    "因公出国(境)费 + 公务接待费 + 公务用车购置及运行费 = " + wan(t.overseas()) + " + " + wan(t.reception())
                            + " + " + wan(t.vehicles()),
                    "万元", ProblemCodes.THREE_PUBLIC_TOTAL, problems);
        }
    }

    private static void procurement(DepartmentBudget budget, Procurement p, ProblemCollector problems) {
        if (p.total() != null && p.goods() != null && p.works() != null && p.services() != null) {
            BigDecimal sum = p.goods().add(p.works()).add(p.services());
            if (sum.compareTo(p.total()) != 0) {
                typedSum(budget, "procurement.total", p.total(), sum, "货物 + 工程 + 服务 = " + wan(p.goods()) + " + "
                        + wan(p.works()) + " + " + wan(p.services()), "万元", ProblemCodes.PROCUREMENT_TOTAL, problems);
            }
        }
        if (p.smeReserved() != null && p.smallMicroReserved() != null
                && p.smallMicroReserved().compareTo(p.smeReserved()) > 0) {
            problems.error(ProblemCodes.PROCUREMENT_TOTAL, budget.sourceMap().at("procurement.small_micro_reserved"),
                    "procurement.small_micro_reserved", LABELS.of("procurement.small_micro_reserved"),
                    "是面向中小企业预留 " + wan(p.smeReserved()) + " 万元的一部分，不能更大；这里是 "
                            + wan(p.smallMicroReserved()) + " 万元");
        }
    }

    private static void typedSum(DepartmentBudget budget, String path, BigDecimal typed, BigDecimal computed,
            String parts, String unit, String code, ProblemCollector problems) {
        problems.error(code, budget.sourceMap().at(path), path, LABELS.of(path),
                "应等于 " + parts + " = " + wan(computed) + " " + unit + "；实际为 " + wan(typed) + " " + unit + "，相差 "
                        + MoneyFormat.signed(typed.subtract(computed)) + " " + unit);
    }

    static String yuan(BigDecimal amount) {
        return MoneyFormat.whole(amount);
    }

    static String wan(BigDecimal amount) {
        return MoneyFormat.yuan(amount);
    }

}
