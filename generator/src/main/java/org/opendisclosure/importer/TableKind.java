package org.opendisclosure.importer;

/**
 * The published tables of a department budget, as recognised from a sheet's title and headings
 * (never from its name or position in the workbook).
 */
enum TableKind {
    /** 财务收支预算总表: only its 收入总计 and 支出总计 are imported, as published totals. */
    OVERVIEW("财务收支预算总表"),
    /** 收入预算总表: income by source per functional code. */
    INCOME("收入预算总表"),
    /** 支出预算总表: 基本支出 and 项目支出 per functional code; its subtotals become published totals. */
    EXPENDITURE("支出预算总表"),
    /** 财政拨款收支预算总表: computed entirely from the others, so recognised and not read. */
    FISCAL_OVERVIEW("财政拨款收支预算总表"),
    /** 一般公共预算支出功能分类预算表. */
    GENERAL_BUDGET("一般公共预算支出功能分类预算表"),
    /** 政府性基金预算支出功能分类预算表. */
    GOVERNMENT_FUND("政府性基金预算支出功能分类预算表"),
    /** 一般公共预算基本支出经济分类预算表. */
    ECONOMIC("一般公共预算基本支出经济分类预算表"),
    /** 三公经费和机关运行经费预算表, in 万元. */
    THREE_PUBLIC("三公经费和机关运行经费预算表");

    private final String title;

    TableKind(String title) {
        this.title = title;
    }

    /** The table's name as the published document prints it. */
    String title() {
        return title;
    }
}
