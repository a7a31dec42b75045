package org.opendisclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendisclosure.content.ContentLimits;

/**
 * No link of the site leads nowhere: on every page, every internal {@code href} and {@code src}
 * names a file of the site and every {@code #fragment} an element of the page it points to, with
 * the site served below some sub-path (so a link that is not relative would leave it). All broken
 * links are reported at once, as {@code page: link — why}.
 *
 * <p><b>404.html</b> is the one page whose links cannot be relative: a server shows it in place of
 * any missing address, at any depth ({@code /2024/projects/gone.html}), and the browser resolves
 * its links against that address. So its links are absolute: built on {@code base_url} when
 * {@code site.yaml} gives the site's address, otherwise on the root of the host
 * ({@code /index.html}, {@code /assets/site.css}), which is right whenever the site is served at
 * the root of its host, as by {@code disclosure:serve}. A site published below a sub-path sets
 * {@code base_url}. Absolute links rather than {@code <base href>}: a base element would also
 * send the page's own {@code #main} skip link to the home page.
 */
class LinkIntegrityTest {

    /** Where the site is served in these tests: below a sub-path, so that links must be relative. */
    private static final String SUB_PATH = "https://example.org/some/sub-path/";
    private static final List<String> MISSING_ADDRESSES = List.of("404.html", "gone.html", "2024/gone.html",
            "2024/projects/gone.html", "a/b/c/d/gone.html", "2024/projects/");

    @TempDir
    Path dir;

    @Test
    void everyLinkOfTheBundledSiteLeadsToAFileAndFragment() {
        Path root = FixtureSite.repositoryRoot();
        Path site = dir.resolve("site");
        GenerationResult result = new SiteGenerator().generate(new GenerationRequest(root.resolve("content"),
                root.resolve("templates"), site, root, ContentLimits.DEFAULT));
        assertFalse(result.hasErrors(), FixtureSite.messages(result));

        assertEquals(List.of(), withoutNotFound(new SiteLinks(site, SUB_PATH).problems()));
        assertEquals(List.of(), notFoundProblems(site, "https://example.org/"));
    }

    /** Home, 404, years, departments with their budget, units, projects (one in two years), functional codes. */
    @Test
    void everyLinkOfASiteWithEveryKindOfPageLeadsToAFileAndFragment() {
        FixtureSite fixture = everyKindOfPage(FixtureSite.in(dir));
        GenerationResult result = fixture.generate();
        assertFalse(result.hasErrors(), FixtureSite.messages(result));
        for (String page : List.of("index.html", "404.html", "2019/index.html", "2019/departments/dept.html",
                "2019/units/unit-b.html", "2019/projects/p2019.html", "2024/projects/p2019.html",
                "2019/functions/index.html", "2019/functions/208.html", "2019/functions/2080101.html")) {
            assertTrue(java.nio.file.Files.isRegularFile(fixture.output().resolve(page)), page);
        }
        assertTrue(fixture.read("2019/projects/p2019.html").contains("#key-projects"));

        assertEquals(List.of(), withoutNotFound(new SiteLinks(fixture.output(), SUB_PATH).problems()));
        assertEquals(List.of(), notFoundProblems(fixture.output(), "https://example.org/"));
    }

    @Test
    void theNotFoundPageLinksFromTheBaseUrlWhenOneIsGiven() {
        FixtureSite fixture = everyKindOfPage(FixtureSite.in(dir))
                .file("content/site.yaml", "title: 测试站点\nbase_url: https://example.gov.cn/budget/\n");
        GenerationResult result = fixture.generate();
        assertFalse(result.hasErrors(), FixtureSite.messages(result));

        assertEquals(List.of(), notFoundProblems(fixture.output(), "https://example.gov.cn/budget/"));
        assertTrue(fixture.read("404.html").contains("href=\"https://example.gov.cn/budget/index.html\""));
        assertEquals(List.of(), withoutNotFound(new SiteLinks(fixture.output(), SUB_PATH).problems()),
                "the other pages stay relative");
    }

    /** The checker itself finds each kind of broken link, all at once. */
    @Test
    void brokenLinksAreAllReported() {
        FixtureSite.in(dir)
                .file("site/index.html", """
                        <a href="a/page.html#here">fine</a> <a href="#top">fine</a> <a href="https://other.example/">other site</a>
                        <a href="mailto:x@example.org">mail</a> <a href="a/missing.html">1</a> <a href="a/page.html#nowhere">2</a>
                        <a href="#gone">3</a> <a href="/index.html">4</a> <a href="../../up.html">5</a> <img src="a/x.png">
                        <svg aria-labelledby="top t2"><rect clip-path="url(#clip)"/></svg> <p id="top"></p><p id="top"></p>
                        """)
                .file("site/a/page.html", "<p id=\"here\"><a href=\"../index.html#top\">back</a></p>");

        assertEquals(List.of(
                "index.html: href=\"a/missing.html\" — 站点中没有文件 a/missing.html",
                "index.html: href=\"a/page.html#nowhere\" — a/page.html 中没有 id 为 nowhere 的元素",
                "index.html: href=\"#gone\" — 本页中没有 id 为 gone 的元素",
                "index.html: href=\"/index.html\" — 指向站点之外：https://example.org/index.html",
                "index.html: href=\"../../up.html\" — 指向站点之外：https://example.org/up.html",
                "index.html: src=\"a/x.png\" — 站点中没有文件 a/x.png",
                "index.html: aria-labelledby=\"top t2\" — 没有 id 为 t2 的元素",
                "index.html: clip-path=\"url(#clip)\" — 没有 id 为 clip 的元素",
                "index.html: id=\"top\" — 同一页面中出现不止一次"),
                new SiteLinks(dir.resolve("site"), SUB_PATH).problems());
    }

    private static FixtureSite everyKindOfPage(FixtureSite fixture) {
        return fixture.withBudget()
                .file("content/budgets/2019/dept.yaml", FixtureSite.BUDGET + """
                        key_projects:
                          - project: p2019
                            title: 培训项目
                            text: 用于教师培训。
                        """)
                .file("content/projects/2024/p2019.yaml", FixtureSite.PROJECT_2024
                        .replace("id: p2024", "id: p2019").replace("热线项目", "培训项目（2024 年）"));
    }

    /** 404.html, shown in place of missing addresses at several depths of a site served at {@code mount}. */
    private static List<String> notFoundProblems(Path site, String mount) {
        SiteLinks links = new SiteLinks(site, mount);
        List<String> problems = new ArrayList<>();
        for (String address : MISSING_ADDRESSES) {
            problems.addAll(links.problems("404.html", address));
        }
        return problems;
    }

    private static List<String> withoutNotFound(List<String> problems) {
        return problems.stream().filter(p -> !p.startsWith("404.html")).toList();
    }
}
