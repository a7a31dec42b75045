package org.opendisclosure.render;

import java.util.List;

/**
 * The indicator browser (绩效指标): a filter form and a results region that {@code assets/indicators.js}
 * fills from the data under {@code indicators/}, and, for every reader, the index of the list pages:
 * each year's 一级/二级指标 with their counts.
 *
 * @param count        indicators of every year, formatted (1,234)
 * @param projectCount projects with indicators, every year, formatted
 * @param years        the index, newest year first
 */
public record IndicatorsPage(PageFrame page, String count, String projectCount, List<YearIndex> years) implements Page {

    public IndicatorsPage {
        years = List.copyOf(years);
    }

    /**
     * One year of the index.
     *
     * @param year  预算年度
     * @param id    the element id of its section ({@code indicators-2024})
     * @param lead  what it holds, in words
     * @param table its categories, each linked to its first list page
     */
    public record YearIndex(int year, String id, String lead, DataTable table) {
    }

    @Override
    public String template() {
        return "indicators.ftlh";
    }

    @Override
    public List<DownloadableTable> downloadableTables() {
        return years.stream().map(y -> (DownloadableTable) y.table()).toList();
    }
}
