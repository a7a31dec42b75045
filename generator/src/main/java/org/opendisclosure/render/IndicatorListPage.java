package org.opendisclosure.render;

import java.util.List;

/**
 * One page of the indicators of a year under one 一级/二级指标: the whole list without JavaScript,
 * split into pages of about a thousand indicators ({@link IndicatorParts}).
 *
 * @param year        预算年度
 * @param category    the category as read ({@code 产出指标／数量指标})
 * @param part        this page's number, from 1
 * @param summary     what the page lists, in words (第 1–1,000 条，共 N 条)
 * @param table       the indicators, by project
 * @param pages       every page of the category, this one among them (its href empty)
 * @param previous    the page before, or null
 * @param next        the page after, or null
 * @param filterHref  the indicator browser set to this year and category
 * @param dataHref    the year's indicators as open data (CSV)
 */
public record IndicatorListPage(PageFrame page, int year, String category, int part, String summary,
        IndicatorListTable table, List<Link> pages, Link previous, Link next, String filterHref, String dataHref)
        implements Page {

    public IndicatorListPage {
        pages = List.copyOf(pages);
    }

    @Override
    public String template() {
        return "indicator-list.ftlh";
    }

    @Override
    public List<DownloadableTable> downloadableTables() {
        return List.of(table);
    }
}
