package org.opendisclosure.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendisclosure.FixtureSite;

/** What every page says about itself to search engines: description, canonical address; sitemap.xml, robots.txt. */
class PageMetadataTest {

    private static final String BASE = "https://budget.example.gov.cn/sh/";

    @TempDir
    Path dir;

    private FixtureSite withBaseUrl() {
        return FixtureSite.in(dir).withBudget().file("content/site.yaml", "base_url: " + BASE + "\n").rendered();
    }

    private static String description(Document page) {
        return page.select("meta[name=description]").attr("content");
    }

    @Test
    void eachPageIsDescribedByItsOwnContent() {
        FixtureSite site = FixtureSite.in(dir).withBudget().rendered();
        assertEquals("热线项目：测试中心 2024 年项目，当年资金 7,398.50 万元（73,985,000.40 元）；资金来源、绩效目标与指标。",
                description(Jsoup.parse(site.read("2024/projects/p2024.html"))));
        assertEquals("测试局 2019 年：部门预算支出总计 3,500 元；1 个公开项目，项目资金合计 351.15 万元（3,511,500 元）。",
                description(Jsoup.parse(site.read("2019/departments/dept.html"))));
        assertEquals("测试中心（测试局）2024 年：1 个公开项目，项目资金合计 7,398.50 万元（73,985,000.40 元）。",
                description(Jsoup.parse(site.read("2024/units/unit-a.html"))));
        assertEquals("2019 年：1 个部门的部门预算，支出合计 3,500 元；1 个项目的绩效目标，项目资金合计 351.15 万元（3,511,500 元）。",
                description(Jsoup.parse(site.read("2019/index.html"))));
        assertEquals("2019 年功能分类科目 208 社会保障和就业支出（类级）：各部门预算在此支出 2,000 元，占全年 57.14%；"
                + "哪些部门和项目在此支出。", description(Jsoup.parse(site.read("2019/functions/208.html"))));
        assertEquals("2019 年各部门预算支出按功能分类科目（类、款、项）汇总：合计 3,500 元。",
                description(Jsoup.parse(site.read("2019/functions/index.html"))));
    }

    @Test
    void theDescriptionIsEscaped() {
        String hostile = "\"><script>alert(1)</script><meta name=\"x";
        FixtureSite site = FixtureSite.in(dir).standard().file("content/projects/2024/p2024.yaml",
                FixtureSite.PROJECT_2024.replace("name: 热线项目", "name: '" + hostile + "'")).rendered();
        String html = site.read("2024/projects/p2024.html");
        Document page = Jsoup.parse(html);
        assertTrue(page.select("script").isEmpty());
        assertEquals(1, page.select("meta[name]").stream().filter(m -> !m.attr("name").equals("viewport")).count());
        assertTrue(description(page).startsWith(hostile + "：测试中心"), description(page));
        assertTrue(html.contains("content=\"&quot;&gt;&lt;script&gt;"), "escaped in the attribute");
    }

    @Test
    void withABaseUrlEveryPageNamesItsAbsoluteAddressAndTheSitemapListsThemAll() throws Exception {
        FixtureSite site = withBaseUrl();
        List<String> pages = htmlPages(site.output());
        assertTrue(pages.size() > 10, pages.toString());
        List<String> listed = new ArrayList<>();
        for (String path : pages) {
            Document page = Jsoup.parse(site.read(path));
            if (path.equals("404.html")) {
                assertTrue(page.select("link[rel=canonical]").isEmpty(), "the 404 page is every missing address");
                assertEquals("noindex", page.select("meta[name=robots]").attr("content"));
                continue;
            }
            assertEquals(BASE + path, page.select("link[rel=canonical]").attr("href"), path);
            assertTrue(page.select("meta[name=robots]").isEmpty(), path);
            for (String href : page.select("a[href], link[href]:not([rel=canonical])").eachAttr("href")) {
                assertFalse(href.contains("://") || href.startsWith("/"), path + " links by absolute address: " + href);
            }
            listed.add("  <url><loc>" + BASE + path + "</loc></url>");
        }
        assertEquals("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n" + String.join("\n", listed)
                + "\n</urlset>\n", site.read("sitemap.xml"));
        assertTrue(site.read("robots.txt").endsWith("\nSitemap: " + BASE + "sitemap.xml\n"));
    }

    @Test
    void withoutABaseUrlThereAreNoAbsoluteAddressesAtAll() throws Exception {
        FixtureSite site = FixtureSite.in(dir).withBudget().rendered();
        for (String path : htmlPages(site.output())) {
            assertTrue(Jsoup.parse(site.read(path)).select("link[rel=canonical]").isEmpty(), path);
        }
        assertFalse(Files.exists(site.output().resolve("sitemap.xml")));
        assertEquals("User-agent: *\nDisallow:\n", site.read("robots.txt"));
    }

    /** Every HTML page of a site, relative to its root, sorted as the sitemap sorts addresses. */
    private static List<String> htmlPages(Path root) throws Exception {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.toString().endsWith(".html")).map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .sorted().toList();
        }
    }
}
