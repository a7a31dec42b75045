package org.opendisclosure.render;

import java.util.function.Supplier;

/**
 * A page the site will have, known before it is built: where it goes, which template lays it out,
 * whether the sitemap lists it, and how to build its view model. Planning every page first is
 * cheap (no figures, no charts), so collisions, the sitemap and the search know every address
 * while the pages themselves are built, rendered and written one at a time on all cores.
 *
 * @param path     the page's path in the site
 * @param template the template that lays it out
 * @param listed   whether the sitemap lists it
 * @param builder  builds the view model; thread-safe
 * @param sources  what the page is made from, for rebuilding only what an edit changed
 */
public record PlannedPage(String path, String template, boolean listed, Supplier<Page> builder, PageSources sources) {

    /** A page that sums up the site: after an edit it is built again and compared. */
    public PlannedPage(String path, String template, boolean listed, Supplier<Page> builder) {
        this(path, template, listed, builder, PageSources.WHOLE_SITE);
    }

    public Page build() {
        Page page = builder.get();
        if (!page.path().equals(path) || !page.template().equals(template)) {
            throw new IllegalStateException("planned " + path + " (" + template + "), built " + page.path() + " ("
                    + page.template() + ")");
        }
        return page;
    }
}
