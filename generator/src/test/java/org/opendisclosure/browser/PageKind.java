package org.opendisclosure.browser;

/**
 * One representative page of every kind the site has, in the bundled content. Every browser test
 * visits each of them: a new kind of page (downloads, …) is covered by adding one line.
 */
enum PageKind {
    HOME("index.html"),
    YEAR("2019/index.html"),
    /** The richest page: the eight tables, charts, prose, key projects. */
    DEPARTMENT("2019/departments/shrss.html"),
    UNIT("2019/units/shrss-social-insurance.html"),
    /** A project with sub-projects (and their chart) and a three-level indicator table. */
    PROJECT("2019/projects/social-insurance-services.html"),
    /** A 类: its 款 and 项 below it, a chart of its 款. */
    FUNCTION_CLASS("2019/functions/208.html"),
    /** A 项: the departments and projects that spend on it. */
    FUNCTION_ITEM("2019/functions/2080101.html"),
    FUNCTIONS_INDEX("2019/functions/index.html"),
    /** The open-data page: every file with its size and SHA-256. */
    DATA("data/index.html"),
    /** 更新记录: the revisions that changed the content, each with what it changed. */
    CHANGES("changes.html"),
    /** 名词解释: every term the department budgets define, with its definitions and where each comes from. */
    GLOSSARY("glossary.html"),
    /** The search page with results on screen (of two kinds, with highlights). */
    SEARCH("search.html?q=满意度"),
    /** The indicator browser with its filters set and results on screen, above the index of the list pages. */
    INDICATORS("indicators.html?q=满意度&cmp=at-least&min=95&unit=%"),
    /** A list page of the indicators of one year under one 一级/二级指标 (满意度指标／服务对象满意度指标). */
    INDICATOR_LIST("2024/indicators/c34ed4f5.html"),
    NOT_FOUND("404.html");

    /** The content file of {@link #PROJECT}, committed last in the bundled site's repository. */
    static final String PROJECT_FILE = org.opendisclosure.diff.BundledHistory.ADDED_PROJECT;

    /** The page's path in the site, with a query where the page needs one. */
    final String path;

    PageKind(String path) {
        this.path = path;
    }

    /** The file's path in the site: {@link #path} without its query. */
    String file() {
        int query = path.indexOf('?');
        return query < 0 ? path : path.substring(0, query);
    }

    /** The query ({@code q=满意度}), not encoded, or empty. */
    String query() {
        int query = path.indexOf('?');
        return query < 0 ? "" : path.substring(query + 1);
    }

    /** A file-name-safe name, e.g. {@code function-class}. */
    String slug() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
