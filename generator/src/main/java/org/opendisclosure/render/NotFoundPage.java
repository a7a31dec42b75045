package org.opendisclosure.render;

import java.util.List;

/** The page a server shows for any missing address. */
public record NotFoundPage(PageFrame page) implements Page {

    @Override
    public String template() {
        return "404.ftlh";
    }

    @Override
    public List<DownloadableTable> downloadableTables() {
        return List.of();
    }
}
