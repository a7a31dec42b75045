package org.opendisclosure.model;

import java.util.List;
import java.util.Optional;

/**
 * The eight tables of a published department budget (部门预算表), each with the key editors and rule files use for
 * it. The site computes every one of them from the budget rows; whether the published document had it is what
 * {@link TableStatus} records.
 */
public enum PublishedTable {

    FINANCIAL_SUMMARY("financial_summary", "部门财务收支预算总表", 1),
    INCOME("income", "部门收入预算总表", 2),
    EXPENDITURE("expenditure", "部门支出预算总表", 3),
    FISCAL_SUMMARY("fiscal_summary", "部门财政拨款收支预算总表", 4),
    GENERAL_BUDGET("general_budget", "部门一般公共预算支出功能分类预算表", 5),
    GOVERNMENT_FUND("government_fund", "部门政府性基金预算支出功能分类预算表", 6),
    BASIC_ECONOMIC("basic_economic", "部门一般公共预算基本支出部门预算经济分类预算表", 7),
    THREE_PUBLIC("three_public", "部门“三公”经费和机关运行经费预算表", 8);

    private final String key;
    private final String title;
    private final int number;

    PublishedTable(String key, String title, int number) {
        this.key = key;
        this.title = title;
        this.number = number;
    }

    /** What content files write: {@code fiscal_summary}. */
    public String key() {
        return key;
    }

    /** The table's name without the year, as the documents print it after “2019年”. */
    public String title() {
        return title;
    }

    /** Its number in the documents' list of tables (1 to 8), which is also its place on the department page. */
    public int number() {
        return number;
    }

    public static List<String> keys() {
        return java.util.Arrays.stream(values()).map(PublishedTable::key).toList();
    }

    public static Optional<PublishedTable> byKey(String key) {
        return java.util.Arrays.stream(values()).filter(t -> t.key.equals(key)).findFirst();
    }
}
