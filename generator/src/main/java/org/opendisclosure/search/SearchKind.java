package org.opendisclosure.search;

import java.util.List;

/**
 * The kinds of search result, in the order the search page shows their groups, with what each
 * document's fields are. The browser learns all of this from the index, so the labels live here
 * only.
 */
public enum SearchKind {
    /** 项目: searched by name, unit, department and goals; the unit is shown under the title. */
    PROJECT("project", "项目", true, List.of("实施单位", "主管部门", "项目总目标", "年度目标"), 0),
    /**
     * 指标: one document per project holding all its indicators (name and target as published), so
     * that a word every indicator of a project shares is one result and one number in the index.
     * The title is the project's name, shown but not searched (the project is its own result).
     */
    INDICATOR("indicator", "指标", false, List.of(""), -1),
    /** 部门. */
    DEPARTMENT("department", "部门", true, List.of(), -1),
    /** 单位: the department it belongs to is shown, and searched. */
    UNIT("unit", "单位", true, List.of("主管部门"), 0),
    /** 功能分类科目: code and name as the title; the 类 and 款 above it are shown, and searched. */
    FUNCTION("function", "功能分类", true, List.of("上级科目"), 0);

    private final String key;
    private final String heading;
    private final boolean titleSearched;
    private final List<String> labels;
    private final int contextField;

    SearchKind(String key, String heading, boolean titleSearched, List<String> labels, int contextField) {
        this.key = key;
        this.heading = heading;
        this.titleSearched = titleSearched;
        this.labels = labels;
        this.contextField = contextField;
    }

    /** A stable ASCII name, used in element ids on the search page. */
    public String key() {
        return key;
    }

    /** The group's heading on the search page. */
    public String heading() {
        return heading;
    }

    /** Whether the title is searched, besides the fields. */
    public boolean titleSearched() {
        return titleSearched;
    }

    /** The label of each field; a document may have more fields than labels, which take the last one. */
    public List<String> labels() {
        return labels;
    }

    /** The field shown beside the year under every result's title, or -1. */
    public int contextField() {
        return contextField;
    }
}
