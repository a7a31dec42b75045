package org.opendisclosure.render;

import java.util.LinkedHashMap;
import java.util.Map;

import org.opendisclosure.address.SiteAddresses;
import org.opendisclosure.export.CsvFormat;

/**
 * The CSV of every table a page shows, written beside the page: {@code 2019/departments/shrss.html}
 * has {@code shrss.income.csv} for its table {@code income}. Each page kind names its tables
 * ({@link Page#downloadableTables()}), so a table cannot be shown without its download. Ids are made of
 * letters, digits and hyphens and page names of validated ids, so these names never meet another
 * page's.
 */
public final class TableDownloads {

    private TableDownloads() {
    }

    /** The CSV files of {@code page}'s tables by path in the site, in the page's order. */
    public static Map<String, byte[]> of(Page page) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (DownloadableTable table : page.downloadableTables()) {
            String path = SiteAddresses.tableDownload(page.path(), table.id());
            if (files.put(path, CsvFormat.ofText(table.csvHeader(), table.csvRows())) != null) {
                throw new IllegalStateException(page.path() + " has two tables with the id " + table.id());
            }
        }
        return files;
    }
}
