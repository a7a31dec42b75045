package org.opendisclosure.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * @param sharedPart names a part that other pages show byte for byte the same (a project's years
 *                 side by side, on each of its years' pages), or null: pages with the same name are
 *                 rendered one after another, so the part is rendered once ({@link SharedParts})
 */
public record PlannedPage(String path, String template, boolean listed, Supplier<Page> builder, PageSources sources,
        String sharedPart) {

    public PlannedPage(String path, String template, boolean listed, Supplier<Page> builder, PageSources sources) {
        this(path, template, listed, builder, sources, null);
    }

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

    /**
     * {@code pages} in the order to render them: as planned, except that each page with a shared part
     * comes right after the first planned page with the same part, so a build holds a shared part
     * only while its pages are rendered.
     */
    public static List<PlannedPage> inRenderOrder(List<PlannedPage> pages) {
        Map<String, List<PlannedPage>> byPart = new LinkedHashMap<>();
        List<List<PlannedPage>> order = new ArrayList<>(pages.size());
        for (PlannedPage page : pages) {
            if (page.sharedPart() == null) {
                order.add(List.of(page));
            } else {
                List<PlannedPage> together = byPart.get(page.sharedPart());
                if (together == null) {
                    together = new ArrayList<>(2);
                    byPart.put(page.sharedPart(), together);
                    order.add(together);
                }
                together.add(page);
            }
        }
        if (byPart.isEmpty()) {
            return pages;
        }
        List<PlannedPage> ordered = new ArrayList<>(pages.size());
        order.forEach(ordered::addAll);
        return ordered;
    }
}
