package org.opendisclosure.render;

import java.util.List;

/** The home page: the site's description and its years. */
public record HomePage(PageFrame page, String description, DataTable years) implements Page {

    @Override
    public String template() {
        return "home.ftlh";
    }

    @Override
    public List<DownloadableTable> downloadableTables() {
        return List.of(years);
    }
}
