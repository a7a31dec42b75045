package org.opendisclosure.address;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The site's addresses, in one place: where every page, table download, open-data file and search
 * file lives, relative to the site root. Render, export and search ask here; nothing else builds a
 * path. Paths are made only of validated ids (lower-case letters, digits, hyphens), years and
 * functional codes (digits), so they never leave the site and never need escaping.
 */
public final class SiteAddresses {

    /** The home page. */
    public static final String HOME = "index.html";

    /** The page a server shows for a missing address. */
    public static final String NOT_FOUND = "404.html";

    /** The search page; its results come from the files under {@link #SEARCH_FOLDER}. */
    public static final String SEARCH = "search.html";

    /** The folder of the search index. */
    public static final String SEARCH_FOLDER = "search/";

    /**
     * The indicator browser (绩效指标): every indicator of every year, filtered in the browser on the
     * data under {@link #INDICATOR_DATA_FOLDER}; without JavaScript, the index of the list pages.
     */
    public static final String INDICATORS = "indicators.html";

    /** The folder of the indicator browser's data files. */
    public static final String INDICATOR_DATA_FOLDER = "indicators/";

    /** The folder of the open-data files. */
    public static final String DATA_FOLDER = "data/";

    /** The static files copied from the template directory. */
    public static final String ASSETS_FOLDER = "assets";

    public static final String ROBOTS = "robots.txt";
    public static final String SITEMAP = "sitemap.xml";

    /** 名词解释: the terms the department budgets define, when any does. */
    public static final String GLOSSARY = "glossary.html";

    /** The change log (更新记录), when the site is built from a git repository. */
    public static final String CHANGES = "changes.html";

    private SiteAddresses() {
    }

    public static String year(int year) {
        return year + "/index.html";
    }

    public static String department(int year, String departmentId) {
        return year + "/departments/" + departmentId + ".html";
    }

    public static String unit(int year, String unitId) {
        return year + "/units/" + unitId + ".html";
    }

    public static String project(int year, String projectId) {
        return year + "/projects/" + projectId + ".html";
    }

    /** The page of a functional code; codes are digits only (checked when loading). */
    public static String function(int year, String code) {
        return year + "/functions/" + code + ".html";
    }

    public static String functionsIndex(int year) {
        return year + "/functions/index.html";
    }

    /**
     * The indicator browser showing one year: its filter set to the year, and (without JavaScript) the
     * year's part of the index.
     */
    public static String indicatorsOfYear(int year) {
        return INDICATORS + "?year=" + year + "#indicators-" + year;
    }

    /**
     * The indicator browser with its filter set to a year and a 一级/二级指标 (either null for any): the
     * address the browser's script reads its state from ({@code ?year=2024&l1=产出指标&l2=数量指标}).
     */
    public static String indicatorsFiltered(int year, String level1, String level2) {
        StringBuilder address = new StringBuilder(INDICATORS).append("?year=").append(year);
        if (level1 != null) {
            address.append("&l1=").append(URLEncoder.encode(level1, StandardCharsets.UTF_8));
        }
        if (level2 != null) {
            address.append("&l2=").append(URLEncoder.encode(level2, StandardCharsets.UTF_8));
        }
        return address.toString();
    }

    /**
     * A page of the indicators of one year under one 一级/二级指标: {@code 2024/indicators/3f2a9c1d.html}
     * for the first, {@code …-2.html} for the second. The key is hex digits (derived, never content).
     */
    public static String indicatorList(int year, String categoryKey, int part) {
        if (!categoryKey.matches("[0-9a-f]+") || part < 1) {
            throw new IllegalArgumentException(categoryKey + " " + part);
        }
        return year + "/indicators/" + categoryKey + (part == 1 ? "" : "-" + part) + ".html";
    }

    /** A file of the indicator browser's data: {@code indicators/index.js}. */
    public static String indicatorDataFile(String name) {
        return INDICATOR_DATA_FOLDER + name + ".js";
    }

    /** One entry of the change log, by its abbreviated commit id (hex digits, from git). */
    public static String changeEntry(String shortId) {
        return CHANGES + "#r-" + shortId;
    }

    /** The open-data page, in the folder of the files it lists. */
    public static String data() {
        return DATA_FOLDER + "index.html";
    }

    /** An open-data file of a year: {@code data/2019/projects.csv}. */
    public static String dataFile(int year, String table, String extension) {
        return DATA_FOLDER + year + "/" + table + "." + extension;
    }

    /** A file of the search index: {@code search/index.js}. */
    public static String searchFile(String name) {
        return SEARCH_FOLDER + name + ".js";
    }

    /**
     * What a table's CSV file name starts with, relative to its page: the page's own file name
     * without {@code .html} and with a dot ({@code shrss.} on {@code 2019/departments/shrss.html}).
     */
    public static String tableDownloadPrefix(String pagePath) {
        String file = pagePath.substring(pagePath.lastIndexOf('/') + 1);
        return file.substring(0, file.length() - ".html".length()) + ".";
    }

    /** The CSV of table {@code tableId} of the page at {@code pagePath}, beside the page. */
    public static String tableDownload(String pagePath, String tableId) {
        return folderOf(pagePath) + tableDownloadPrefix(pagePath) + tableId + ".csv";
    }

    /** The Excel workbook of table {@code tableId} of the page at {@code pagePath}, beside the page. */
    public static String tableWorkbook(String pagePath, String tableId) {
        return folderOf(pagePath) + tableDownloadPrefix(pagePath) + tableId + ".xlsx";
    }

    /**
     * The whole department budget as one workbook, beside the department page:
     * {@code 2019/departments/shrss.xlsx}.
     */
    public static String budgetWorkbook(String pagePath) {
        return pagePath.substring(0, pagePath.length() - ".html".length()) + ".xlsx";
    }

    /** The folder a path is in, with its trailing slash ({@code ""} at the root). */
    public static String folderOf(String path) {
        return path.substring(0, path.lastIndexOf('/') + 1);
    }

    /** The relative path from a page at {@code path} up to the site root: one {@code ../} per folder. */
    public static String rootFrom(String path) {
        return "../".repeat((int) path.chars().filter(c -> c == '/').count());
    }
}
