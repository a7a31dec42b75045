package org.opendisclosure.render;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.opendisclosure.export.CsvFormat;

/**
 * The CSV of every table a page shows, written beside the page: {@code 2019/departments/shrss.html}
 * has {@code shrss.income.csv} for its table {@code income}. The tables are found in the page's
 * model, so a table cannot be shown without its download. Ids are made of letters, digits and
 * hyphens and page names of validated ids, so these names never meet another page's.
 */
public final class TableDownloads {

    private TableDownloads() {
    }

    /** The file name prefix of the tables of the page at {@code pagePath}, relative to that page. */
    static String prefix(String pagePath) {
        String file = pagePath.substring(pagePath.lastIndexOf('/') + 1);
        return file.substring(0, file.length() - ".html".length()) + ".";
    }

    /** The CSV files of {@code page}'s tables by path in the site, in the order the model holds them. */
    public static Map<String, byte[]> of(Page page) {
        String folder = page.path().substring(0, page.path().lastIndexOf('/') + 1);
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (DownloadableTable table : tables(page.model())) {
            String path = folder + prefix(page.path()) + table.id() + ".csv";
            if (files.put(path, CsvFormat.ofText(table.csvHeader(), table.csvRows())) != null) {
                throw new IllegalStateException(page.path() + " has two tables with the id " + table.id());
            }
        }
        return files;
    }

    /** Every table in a page model: in its values, lists, maps and records, depth first. */
    static List<DownloadableTable> tables(Object model) {
        List<DownloadableTable> found = new ArrayList<>();
        collect(model, found);
        return found;
    }

    private static void collect(Object value, List<DownloadableTable> found) {
        if (value instanceof DownloadableTable table) {
            found.add(table);
        } else if (value instanceof Map<?, ?> map) {
            // Page models are unordered maps: visit their keys in a fixed order.
            map.keySet().stream().map(String::valueOf).sorted().forEach(k -> collect(map.get(k), found));
        } else if (value instanceof Iterable<?> items) {
            items.forEach(item -> collect(item, found));
        } else if (value instanceof Record record) {
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                try {
                    collect(component.getAccessor().invoke(record), found);
                } catch (IllegalAccessException | InvocationTargetException e) {
                    throw new IllegalStateException("cannot read " + component + " of a page model", e);
                }
            }
        }
    }
}
