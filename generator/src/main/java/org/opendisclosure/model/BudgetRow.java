package org.opendisclosure.model;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One row of a department budget: one leaf functional code (项, 7 digits) with its income by
 * source and its expenditure by kind, in 元. Blank cells are zero. 类 and 款 figures are never
 * typed: they are rolled up from these rows.
 *
 * @param code             功能分类科目编码 (项)
 * @param name             功能分类科目名称 as typed, or null; checked against the catalogue
 * @param generalBudget    财政拨款收入：一般公共预算
 * @param governmentFund   财政拨款收入：政府性基金
 * @param businessIncome   事业收入
 * @param operatingIncome  事业单位经营收入
 * @param otherIncome      其他收入
 * @param basic            基本支出
 * @param project          项目支出
 * @param generalBudgetSpending  基本/项目支出 paid from 一般公共预算; typed only when the row has
 *                         more than one source, otherwise null and implied
 * @param governmentFundSpending the same for 政府性基金
 * @param keyPath          where the row stands, e.g. {@code functional[3]}
 * @param cells            where each amount was imported from, by key ({@code basic} →
 *                         {@code 支出预算总表!F21}); empty for hand-written rows
 */
public record BudgetRow(String code, String name, BigDecimal generalBudget, BigDecimal governmentFund,
        BigDecimal businessIncome, BigDecimal operatingIncome, BigDecimal otherIncome, BigDecimal basic,
        BigDecimal project, SpendingSplit generalBudgetSpending, SpendingSplit governmentFundSpending,
        Map<String, String> printedNames, String keyPath, Map<String, String> cells) {

    /** The published tables that print a functional code's name, by their key under {@code printed_names}. */
    public static final List<String> NAMED_TABLES = List.of("income", "expenditure", "general_budget",
            "government_fund");

    /** The title of a table of {@link #NAMED_TABLES}, as the document prints it (without the year). */
    public static String tableTitle(String table) {
        return switch (table) {
            case "income" -> "收入预算总表";
            case "expenditure" -> "支出预算总表";
            case "general_budget" -> "一般公共预算支出功能分类预算表";
            case "government_fund" -> "政府性基金预算支出功能分类预算表";
            default -> throw new IllegalArgumentException(table);
        };
    }

    public BudgetRow {
        printedNames = Collections.unmodifiableMap(new LinkedHashMap<>(printedNames));
        cells = Map.copyOf(cells);
    }

    /**
     * The name one published table prints for this row's code where it differs from the catalogue's, as typed
     * under {@code printed_names} (原表印出的科目名称); null where the table prints the catalogue's name.
     */
    public String printedName(String table) {
        return printedNames.get(table);
    }


    /** Whether the row's income comes from more than one source, so its spending split must be typed. */
    public boolean hasSeveralSources() {
        int sources = 0;
        for (BigDecimal amount : new BigDecimal[] {generalBudget, governmentFund, businessIncome, operatingIncome,
                otherIncome}) {
            if (amount.signum() != 0) {
                sources++;
            }
        }
        return sources > 1;
    }

    /** 一般公共预算 spending: typed, or the whole row when it is the only source. */
    public SpendingSplit generalBudgetSplit() {
        return implied(generalBudgetSpending, generalBudget);
    }

    /** 政府性基金 spending: typed, or the whole row when it is the only source. */
    public SpendingSplit governmentFundSplit() {
        return implied(governmentFundSpending, governmentFund);
    }

    private SpendingSplit implied(SpendingSplit typed, BigDecimal source) {
        if (typed != null) {
            return typed;
        }
        if (source.signum() == 0) {
            return SpendingSplit.ZERO;
        }
        return hasSeveralSources() ? SpendingSplit.ZERO : new SpendingSplit(basic, project, null);
    }
}
