package org.opendisclosure.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.opendisclosure.model.SiteSettings;

/** robots.txt and sitemap.xml, from the site's base URL and its pages. */
class CrawlerFilesTest {

    private static final List<PlannedPage> PAGES = List.of(new PlannedPage("index.html", "home.ftlh", true, () -> null),
            new PlannedPage("404.html", "404.ftlh", false, () -> null), new PlannedPage("2024/projects/b.html", "project.ftlh", true, () -> null),
            new PlannedPage("2019/index.html", "year.ftlh", true, () -> null), new PlannedPage("2024/projects/a.html", "project.ftlh", true, () -> null));

    @Test
    void withABaseUrlTheSitemapListsEveryListedPageSortedAndRobotsNamesIt() {
        Map<String, String> files = new CrawlerFiles(new SiteSettings("站", "", "https://example.gov.cn/budget/"))
                .files(PAGES);
        assertEquals(List.of("robots.txt", "sitemap.xml"), List.copyOf(files.keySet()));
        assertEquals("""
                <?xml version="1.0" encoding="UTF-8"?>
                <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                  <url><loc>https://example.gov.cn/budget/2019/index.html</loc></url>
                  <url><loc>https://example.gov.cn/budget/2024/projects/a.html</loc></url>
                  <url><loc>https://example.gov.cn/budget/2024/projects/b.html</loc></url>
                  <url><loc>https://example.gov.cn/budget/index.html</loc></url>
                </urlset>
                """, files.get("sitemap.xml"));
        assertEquals("User-agent: *\nDisallow:\n\nSitemap: https://example.gov.cn/budget/sitemap.xml\n",
                files.get("robots.txt"));
    }

    @Test
    void withoutABaseUrlThereIsNoSitemapAndRobotsNamesNone() {
        Map<String, String> files = new CrawlerFiles(SiteSettings.DEFAULT).files(PAGES);
        assertEquals(Map.of("robots.txt", "User-agent: *\nDisallow:\n"), files);
    }

    @Test
    void addressesAreEscapedInTheSitemap() {
        String sitemap = new CrawlerFiles(new SiteSettings("站", "", "https://example.gov.cn/a&b/"))
                .files(List.of(new PlannedPage("index.html", "home.ftlh", true, () -> null))).get("sitemap.xml");
        assertEquals(true, sitemap.contains("<loc>https://example.gov.cn/a&amp;b/index.html</loc>"), sitemap);
    }
}
