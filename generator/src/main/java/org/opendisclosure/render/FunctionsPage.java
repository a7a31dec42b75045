package org.opendisclosure.render;

import java.util.List;

/** The index of a year's functional codes: every 类, 款 and 项 with its spending. */
public record FunctionsPage(PageFrame page, int year, DataTable table) implements Page {

    @Override
    public String template() {
        return "functions.ftlh";
    }

    @Override
    public List<DownloadableTable> downloadableTables() {
        return List.of(table);
    }
}
