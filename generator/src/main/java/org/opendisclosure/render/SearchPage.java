package org.opendisclosure.render;

import java.util.List;

/** The search page: a form and an empty results region, which {@code assets/search.js} fills. */
public record SearchPage(PageFrame page) implements Page {

    @Override
    public String template() {
        return "search.ftlh";
    }

    @Override
    public List<DownloadableTable> downloadableTables() {
        return List.of();
    }
}
