package org.opendisclosure.model;

import java.util.List;

/**
 * The prose sections of a department budget document, in the order the documents print them.
 *
 * @param key     the YAML key under {@code sections}
 * @param heading the heading as published
 */
public record BudgetSection(String key, String heading) {

    public static final List<BudgetSection> ALL = List.of(
            new BudgetSection("functions", "部门主要职能"),
            new BudgetSection("organisation", "部门机构设置"),
            new BudgetSection("glossary", "名词解释"),
            new BudgetSection("explanation", "部门预算编制说明"),
            new BudgetSection("other", "其他相关情况说明"));

    public static List<String> keys() {
        return ALL.stream().map(BudgetSection::key).toList();
    }
}
