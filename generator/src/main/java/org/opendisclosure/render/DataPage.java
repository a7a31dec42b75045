package org.opendisclosure.render;

import java.util.List;

/**
 * The open-data page: every file with its size and hash, by year.
 *
 * @param tables     one table of files per year, newest first, then the site-wide files
 * @param descriptor the data package descriptor's path, relative to the page
 */
public record DataPage(PageFrame page, List<DataTable> tables, String descriptor) implements Page {

    public DataPage {
        tables = List.copyOf(tables);
    }

    @Override
    public String template() {
        return "data.ftlh";
    }

    @Override
    public List<DownloadableTable> downloadableTables() {
        return List.copyOf(tables);
    }
}
