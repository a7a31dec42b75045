package org.opendisclosure.model;

import java.math.BigDecimal;

/**
 * 项目资金 in 元, exact. Which fields a project has depends on its form; absent ones are null.
 *
 * @param projectTotal       项目总预算 (2019) / 项目资金总额 (2024)
 * @param projectFiscal      2024: 项目资金总额 — 其中：财政资金
 * @param projectOther       2024: 项目资金总额 — 其他资金
 * @param annualTotal        项目当年预算 (2019) / 年度资金申请总额 (2024)
 * @param appropriation      2024: 当年财政拨款
 * @param carriedOver        2024: 上年结转资金, funds carried over from the previous year
 * @param other              2024: 其他资金
 * @param priorYearBudget    2019: 同名项目上年预算额
 * @param priorYearExecution 2019: 同名项目上年预算执行数
 */
public record Funding(BigDecimal projectTotal, BigDecimal projectFiscal, BigDecimal projectOther,
        BigDecimal annualTotal, BigDecimal appropriation, BigDecimal carriedOver, BigDecimal other,
        BigDecimal priorYearBudget, BigDecimal priorYearExecution) {

    public static final Funding NONE = new Funding(null, null, null, null, null, null, null, null, null);
}
