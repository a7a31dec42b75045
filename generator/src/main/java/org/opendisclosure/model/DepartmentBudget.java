package org.opendisclosure.model;

import java.util.List;
import java.util.Map;

/**
 * 部门预算: one department's budget for one year, as its published document states it. The eight
 * published tables are views of {@link #rows()} and {@link #economicRows()}; see the derive stage.
 *
 * @param departmentId   the department
 * @param year           budget year
 * @param catalogueYear  the year of the classification catalogue the codes belong to
 * @param title          the document's title
 * @param sections       prose sections (主要职能, 机构设置, 名词解释, 预算编制说明, 其他相关情况说明) by key,
 *                       in the document's order; Markdown
 * @param rows           budget rows by functional code (项)
 * @param economicRows   basic expenditure by economic code (款)
 * @param threePublic    “三公”经费 and 机关运行经费, or null
 * @param procurement    政府采购, or null
 * @param performance    绩效目标设置情况, or null
 * @param keyProjects    projects explained at length
 * @param publishedTotals totals typed as published, to be checked
 * @param source         资料来源, or null
 * @param editorNotes    编者注, shown to readers
 * @param acknowledgements 已知差异说明
 * @param tableStatuses  the tables whose publication the editor stated (公开情况); a table not here was
 *                       {@link TableStatus#PUBLISHED published}
 * @param cells            where the figures outside the rows were imported from, by key path
 *                         ({@code three_public.overseas} → {@code 三公!B7}); empty when typed by hand
 * @param sourceMap      where each key stands
 */
public record DepartmentBudget(String departmentId, int year, int catalogueYear, String title,
        Map<String, String> sections, List<BudgetRow> rows, List<EconomicRow> economicRows,
        ThreePublicCosts threePublic, Procurement procurement, PerformanceSummary performance,
        List<KeyProject> keyProjects, List<PublishedTotal> publishedTotals, SourceDocument source,
        List<String> editorNotes, List<Acknowledgement> acknowledgements,
        Map<PublishedTable, TableStatus> tableStatuses, Map<String, String> cells, SourceMap sourceMap) {

    public DepartmentBudget {
        cells = Map.copyOf(cells);
        sections = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(sections));
        rows = List.copyOf(rows);
        economicRows = List.copyOf(economicRows);
        keyProjects = List.copyOf(keyProjects);
        publishedTotals = List.copyOf(publishedTotals);
        editorNotes = List.copyOf(editorNotes);
        acknowledgements = List.copyOf(acknowledgements);
        tableStatuses = Map.copyOf(tableStatuses);
    }

    /** Whether the document published {@code table}, as the editor stated it (published when not stated). */
    public TableStatus status(PublishedTable table) {
        return tableStatuses.getOrDefault(table, TableStatus.PUBLISHED);
    }

    public String file() {
        return sourceMap.file();
    }
}
