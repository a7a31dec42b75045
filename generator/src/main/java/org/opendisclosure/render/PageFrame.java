package org.opendisclosure.render;

import java.util.List;

/**
 * What the shared layout needs on every page.
 *
 * @param siteTitle   站点名称
 * @param title       the page's own title
 * @param description one or two sentences for the meta description, from the page's content
 * @param root        the relative path from this page to the site root ({@code ""}, {@code "../../"}); on
 *                    the 404 page, which has no place of its own, the absolute address of the root
 * @param breadcrumbs links from the home page down to the parent of this page
 * @param canonical   the page's absolute address when the site's base URL is known, else empty
 * @param indexable   whether search engines should list the page (not the 404 page)
 * @param path        the page's path in the site
 * @param changeLog   the change log's address (更新记录), or empty when the site has none
 * @param updated     when the page's figures last changed (更新于), or null when the change log does not say
 */
public record PageFrame(String siteTitle, String title, String description, String root, List<Link> breadcrumbs,
        String canonical, boolean indexable, String path, String changeLog, PageUpdate updated) {
    public PageFrame {
        breadcrumbs = List.copyOf(breadcrumbs);
    }

    /** A frame on a site without a change log. */
    public PageFrame(String siteTitle, String title, String description, String root, List<Link> breadcrumbs,
            String canonical, boolean indexable, String path) {
        this(siteTitle, title, description, root, breadcrumbs, canonical, indexable, path, "", null);
    }
}
