package org.opendisclosure.render;

import java.util.List;

/**
 * The home page: the site's description, its years, and where to read across them.
 *
 * @param glossary the glossary's address (名词解释), or empty when no department explains any term
 */
public record HomePage(PageFrame page, String description, DataTable years, String glossary) implements Page {

    @Override
    public String template() {
        return "home.ftlh";
    }

    @Override
    public List<DownloadableTable> downloadableTables() {
        return List.of(years);
    }
}
