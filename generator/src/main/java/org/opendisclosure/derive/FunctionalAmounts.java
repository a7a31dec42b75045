package org.opendisclosure.derive;

import java.math.BigDecimal;

import org.opendisclosure.model.BudgetRow;

/**
 * The figures a functional code carries in the published tables, for one leaf row or summed over
 * a 类 or 款. In 元.
 *
 * @param generalBudget   财政拨款收入：一般公共预算
 * @param governmentFund  财政拨款收入：政府性基金
 * @param businessIncome  事业收入
 * @param operatingIncome 事业单位经营收入
 * @param otherIncome     其他收入
 * @param basic           基本支出
 * @param project         项目支出
 * @param generalBasic    一般公共预算安排的基本支出
 * @param generalProject  一般公共预算安排的项目支出
 * @param fundBasic       政府性基金安排的基本支出
 * @param fundProject     政府性基金安排的项目支出
 */
public record FunctionalAmounts(BigDecimal generalBudget, BigDecimal governmentFund, BigDecimal businessIncome,
        BigDecimal operatingIncome, BigDecimal otherIncome, BigDecimal basic, BigDecimal project,
        BigDecimal generalBasic, BigDecimal generalProject, BigDecimal fundBasic, BigDecimal fundProject) {

    public static final FunctionalAmounts ZERO = new FunctionalAmounts(BigDecimal.ZERO, BigDecimal.ZERO,
            BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
            BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);

    public static FunctionalAmounts of(BudgetRow row) {
        return new FunctionalAmounts(row.generalBudget(), row.governmentFund(), row.businessIncome(),
                row.operatingIncome(), row.otherIncome(), row.basic(), row.project(),
                row.generalBudgetSplit().basic(), row.generalBudgetSplit().project(),
                row.governmentFundSplit().basic(), row.governmentFundSplit().project());
    }

    public static CodeRollup<FunctionalAmounts> rollUp(java.util.List<BudgetRow> rows) {
        return CodeRollup.of(rows, BudgetRow::code, FunctionalAmounts::of, ZERO, FunctionalAmounts::plus);
    }

    public FunctionalAmounts plus(FunctionalAmounts o) {
        return new FunctionalAmounts(generalBudget.add(o.generalBudget), governmentFund.add(o.governmentFund),
                businessIncome.add(o.businessIncome), operatingIncome.add(o.operatingIncome),
                otherIncome.add(o.otherIncome), basic.add(o.basic), project.add(o.project),
                generalBasic.add(o.generalBasic), generalProject.add(o.generalProject), fundBasic.add(o.fundBasic),
                fundProject.add(o.fundProject));
    }

    /** 财政拨款收入. */
    public BigDecimal fiscal() {
        return generalBudget.add(governmentFund);
    }

    /** 收入合计. */
    public BigDecimal income() {
        return fiscal().add(businessIncome).add(operatingIncome).add(otherIncome);
    }

    /** 支出合计. */
    public BigDecimal expenditure() {
        return basic.add(project);
    }

    public BigDecimal generalTotal() {
        return generalBasic.add(generalProject);
    }

    public BigDecimal fundTotal() {
        return fundBasic.add(fundProject);
    }
}
