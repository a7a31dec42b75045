package org.opendisclosure.render;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.opendisclosure.address.SiteAddresses;
import org.opendisclosure.markup.Xml;
import org.opendisclosure.model.SiteSettings;

/**
 * What search engines read besides the pages: {@code robots.txt} always, and — when the site's
 * base URL is known — {@code sitemap.xml} listing the absolute address of every listed page,
 * sorted, without dates (a date from the clock would make two builds differ). The sitemap
 * protocol allows absolute addresses only, so without a base URL there is no sitemap and
 * {@code robots.txt} names none.
 */
public final class CrawlerFiles {

    public static final String ROBOTS = SiteAddresses.ROBOTS;
    public static final String SITEMAP = SiteAddresses.SITEMAP;

    private final String baseUrl;

    public CrawlerFiles(SiteSettings settings) {
        this.baseUrl = settings.baseUrl();
    }

    /** The files to write, by path in the site, in a fixed order. */
    public Map<String, String> files(List<PlannedPage> pages) {
        Map<String, String> files = new LinkedHashMap<>();
        files.put(ROBOTS, robots());
        if (baseUrl != null) {
            files.put(SITEMAP, sitemap(pages));
        }
        return files;
    }

    private String robots() {
        return "User-agent: *\nDisallow:\n" + (baseUrl == null ? "" : "\nSitemap: " + baseUrl + SITEMAP + "\n");
    }

    private String sitemap(List<PlannedPage> pages) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        pages.stream().filter(PlannedPage::listed).map(page -> baseUrl + page.path()).sorted()
                .forEach(url -> xml.append("  <url><loc>").append(Xml.escape(url)).append("</loc></url>\n"));
        return xml.append("</urlset>\n").toString();
    }
}
