package org.opendisclosure.render;

import java.util.ArrayList;
import java.util.List;

/**
 * The table of an indicator list page: one row group per project (its name, linked, heading its
 * rows), one row per indicator with its target as published and the target as read.
 *
 * @param id       the table's element id
 * @param caption  what the table lists
 * @param projects the row groups
 */
public record IndicatorListTable(String id, String caption, List<ProjectRows> projects)
        implements DownloadableTable {

    static final List<String> HEADINGS = List.of("项目", "绩效指标", "指标值", IndicatorTableView.PARSED_HEADING);

    public IndicatorListTable {
        projects = List.copyOf(projects);
    }

    /** A project's indicators in the category: its name and page, and one row per indicator. */
    public record ProjectRows(String name, String href, List<Row> rows) {
        public ProjectRows {
            rows = List.copyOf(rows);
        }
    }

    /**
     * @param name   the indicator's name, empty where the form leaves it blank
     * @param target the target as published
     * @param parsed the target as read ({@code 不低于 98 %}), empty when qualitative
     */
    public record Row(String name, String target, String parsed) {
    }

    public List<String> headings() {
        return HEADINGS;
    }

    @Override
    public List<String> csvHeader() {
        return HEADINGS;
    }

    /** Every indicator, its project's name repeated on each of its rows. */
    @Override
    public List<List<String>> csvRows() {
        List<List<String>> rows = new ArrayList<>();
        for (ProjectRows project : projects) {
            for (Row row : project.rows()) {
                rows.add(List.of(project.name(), row.name(), row.target(), row.parsed()));
            }
        }
        return rows;
    }

    @Override
    public int csvRowCount() {
        return projects.stream().mapToInt(p -> p.rows().size()).sum();
    }
}
