package org.opendisclosure.render;

import java.util.List;

/**
 * What the shared layout needs on every page.
 *
 * @param siteTitle   站点名称
 * @param title       the page's own title
 * @param description one sentence for the meta description
 * @param root        the relative path from this page to the site root ({@code ""}, {@code "../../"}); on
 *                    the 404 page, which has no place of its own, the absolute address of the root
 * @param breadcrumbs links from the home page down to the parent of this page
 */
public record PageFrame(String siteTitle, String title, String description, String root, List<Link> breadcrumbs) {
    public PageFrame {
        breadcrumbs = List.copyOf(breadcrumbs);
    }
}
