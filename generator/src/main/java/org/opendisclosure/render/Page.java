package org.opendisclosure.render;

import java.util.List;

/**
 * One page of the site as its template receives it: a typed view model, one record per page kind,
 * whose components are the names the template uses. Every page has its {@link PageFrame} as
 * {@code page}; where it goes is the frame's path (built by {@link org.opendisclosure.address.SiteAddresses}
 * from validated ids only).
 */
public sealed interface Page permits HomePage, NotFoundPage, DataPage, SearchPage, YearPage, FunctionsPage,
        FunctionPage, DepartmentPage, UnitPage, ProjectPage, ChangeLogPage, GlossaryPage, IndicatorsPage,
        IndicatorListPage {

    /** What the shared layout needs; also where the page goes. */
    PageFrame page();

    /** The template that lays it out. */
    String template();

    /** The page's path in the site. */
    default String path() {
        return page().path();
    }

    /** Whether it belongs in the sitemap (every page but the 404 page). */
    default boolean listed() {
        return page().indexable();
    }

    /** Every table the page shows that a reader can download, in the page's order. */
    List<DownloadableTable> downloadableTables();

    /**
     * The tables also offered as Excel workbooks, one file each beside the page: the department
     * budget's tables and the functional-code tables. None by default: a city has thousands of
     * project pages, and they get no extra files.
     */
    default List<DataTable> workbookTables() {
        return List.of();
    }

    /** The tables of the whole department budget, offered together as one workbook; empty for most pages. */
    default List<DataTable> budgetWorkbook() {
        return List.of();
    }
}
