package org.opendisclosure.render;

import java.util.List;

import org.opendisclosure.address.SiteAddresses;
import org.opendisclosure.model.SiteSettings;

/**
 * Makes the {@link PageFrame} of each page from the site's settings (title, root, canonical address)
 * and the change log (更新于).
 */
final class PageFrames {

    /** The home page link; hrefs are relative to the site root like every other link. */
    static final Link HOME = new Link("首页", SiteAddresses.HOME);

    private final SiteSettings settings;
    private final PageUpdates updates;

    PageFrames(SiteSettings settings, PageUpdates updates) {
        this.settings = settings;
        this.updates = updates;
    }

    /**
     * The frame of the page at {@code path}: links go up one {@code ../} per folder to the root;
     * the canonical address is the base URL and the path, when the base URL is known.
     */
    PageFrame frame(String path, String title, String description, List<Link> breadcrumbs) {
        return new PageFrame(settings.title(), title, description, SiteAddresses.rootFrom(path), breadcrumbs,
                settings.baseUrl() == null ? "" : settings.baseUrl() + path, true, path, updates.changeLog(),
                updates.of(path));
    }

    /**
     * The frame of the page a server shows for any missing address, at any depth, so its links
     * cannot be relative: they start from the site's address when it is known, else from the
     * host's root. It has no address of its own to declare.
     */
    PageFrame notFound() {
        String root = settings.baseUrl() == null ? "/" : settings.baseUrl();
        return new PageFrame(settings.title(), "页面未找到", "页面未找到", root, List.of(HOME), "", false,
                SiteAddresses.NOT_FOUND);
    }

    SiteSettings settings() {
        return settings;
    }

    static String orDash(String value) {
        return value == null || value.isBlank() ? "—" : value;
    }
}
