package org.opendisclosure.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendisclosure.FixtureSite;
import org.opendisclosure.problem.Problem;

/**
 * The preview as an editor uses it: a real server on a free port, files edited on disk, pages
 * fetched over HTTP until the rebuild shows.
 */
class PreviewServerTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final String PAGE = "2024/projects/p2024.html";

    @TempDir
    Path dir;

    private final List<String> log = new CopyOnWriteArrayList<>();
    private final HttpClient http = HttpClient.newHttpClient();
    private FixtureSite site;
    private PreviewServer server;
    private URI base;

    @BeforeEach
    void start() throws IOException {
        site = FixtureSite.in(dir).standard().withOwnTemplates(); // a test may edit them
        server = new PreviewServer(site.request(), new PreviewLog() {
            @Override
            public void problem(Problem problem) {
                log.add(problem.format());
            }

            @Override
            public void built(String summary) {
                log.add(summary);
            }
        });
        base = server.start("127.0.0.1", 0);
    }

    @AfterEach
    void stop() throws IOException {
        server.close();
    }

    @Test
    void editBreakAndFixAreEachSeenInTheServedPage() throws Exception {
        HttpResponse<String> first = get(PAGE);
        assertEquals(200, first.statusCode());
        assertTrue(first.body().contains("73,985,000.40"));
        assertTrue(first.body().contains("<script src=\"/_preview/reload.js\" data-build=\"1\"></script>\n</body>"),
                "the page loads the reload script");

        Path project = site.content().resolve("projects/2024/p2024.yaml");
        String original = Files.readString(project);
        Files.writeString(project, original.replace("73,985,000.40", "73,985,001.40")
                .replace("73985000.40", "73985001.40"));
        HttpResponse<String> edited = awaitPage(r -> r.body().contains("73,985,001.40"));
        assertEquals(200, edited.statusCode());

        Files.writeString(project, original.replace("73985000.40", "73985000.39"));
        HttpResponse<String> broken = awaitPage(r -> r.statusCode() == 500);
        assertTrue(broken.body().contains("content/projects/2024/p2024.yaml:13:3: error: funding.annual_total（年度资金申请总额）: "
                + "应等于 当年财政拨款 + 上年结转资金 + 其他资金 = 73,985,000.39 元；实际为 73,985,000.40 元，相差 +0.01 元 [funding-total]"),
                broken.body());
        assertTrue(broken.body().contains("/_preview/reload.js"), "the problem page reloads itself too");
        assertTrue(server.buildNumber() >= 3);

        Files.writeString(project, original);
        HttpResponse<String> fixed = awaitPage(r -> r.statusCode() == 200);
        assertTrue(fixed.body().contains("73,985,000.40"));

        assertTrue(log.stream().anyMatch(l -> l.matches("第 1 次生成：\\d+ 个页面，用时 \\d+ ms")), log.toString());
        assertTrue(log.stream().anyMatch(l -> l.matches(
                "第 2 次生成：\\d+ 个页面中更新了 \\d 个，用时 \\d+ ms（打开的页面 \\d+ ms）")),
                "an edit of one project renders a few pages again, the page served before the edit first: " + log);
        assertTrue(log.stream().anyMatch(l -> l.contains("[funding-total]")), log.toString());
        assertTrue(log.stream().anyMatch(l -> l.matches("第 \\d+ 次生成：内容有 1 个错误.*用时 \\d+ ms")), log.toString());
    }

    @Test
    void aTemplateChangeIsSeenToo() throws Exception {
        Path template = site.templates().resolve("project.ftlh");
        String original = Files.readString(template);
        Files.writeString(template, original.replace("<h1>", "<p class=\"marker\">模板已修改</p><h1>"));
        awaitPage(r -> r.body().contains("<p class=\"marker\">模板已修改</p>"));
        Files.writeString(template, original.replace("<h1>", "<h1>${noSuchThing}"));
        HttpResponse<String> broken = awaitPage(r -> r.statusCode() == 500);
        assertTrue(broken.body().contains("“noSuchThing”的值为空或不存在"), broken.body());
    }

    @Test
    void theWaitEndpointAnswersWhenTheNextBuildHasFinished() throws Exception {
        long before = server.buildNumber();
        Path department = site.content().resolve("departments/dept.yaml");
        Files.writeString(department, Files.readString(department) + "\n");
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(base.resolve("_preview/wait?since=" + before))
                .timeout(PATIENCE).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(Long.toString(before + 1), answer.body());
    }

    @Test
    void savesInQuickSuccessionAreOneRebuild() throws Exception {
        // As a branch checkout does it: many files rewritten at once.
        long before = server.buildNumber();
        List<Path> files;
        try (var walk = Files.walk(site.content())) {
            files = walk.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        for (int round = 0; round < 3; round++) {
            for (Path file : files) {
                Files.writeString(file, Files.readString(file) + "\n");
            }
        }
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(base.resolve("_preview/wait?since=" + before))
                .timeout(PATIENCE).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(Long.toString(before + 1), answer.body());
        Thread.sleep(1000); // time for a second rebuild, if the saves had caused one
        assertEquals(before + 1, server.buildNumber(), "rebuilds after " + 3 * files.size() + " saves: " + log);
    }

    /**
     * A page whose reload script waits is open, though nothing fetched it since: after an edit it
     * is written first, and its reload comes before the rest of the site is written; a page fetched
     * then is held back until it is written too.
     */
    @Test
    void thePageWhoseReloadScriptWaitsIsWrittenFirst() throws Exception {
        long before = server.buildNumber();
        var reload = http.sendAsync(HttpRequest.newBuilder(base.resolve("_preview/wait?since=" + before
                + "&page=%2F" + PAGE.replace("/", "%2F"))).timeout(PATIENCE).build(),
                HttpResponse.BodyHandlers.ofString());
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!server.openPages().contains(PAGE) && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertEquals(java.util.Set.of(PAGE), server.openPages(), "the long poll names the open page");

        Path project = site.content().resolve("projects/2024/p2024.yaml");
        Files.writeString(project, Files.readString(project).replace("name: 热线项目", "name: 热线项目丙"));
        assertEquals(Long.toString(before + 1), reload.get().body());
        assertTrue(get(PAGE).body().contains("热线项目丙"), "the open page is written when it reloads");
        assertTrue(get("2024/units/unit-a.html").body().contains("热线项目丙"),
                "a page fetched next waits for the rest of the site");
        deadline = System.nanoTime() + PATIENCE.toNanos();
        while (log.stream().noneMatch(l -> l.startsWith("第 " + (before + 1) + " 次生成"))
                && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertTrue(log.stream().anyMatch(l -> l.matches("第 " + (before + 1)
                + " 次生成：\\d+ 个页面中更新了 \\d+ 个，用时 \\d+ ms（打开的页面 \\d+ ms）")), log.toString());
        assertEquals(before + 1, server.buildNumber(), "one build, though announced in two steps");
    }

    @Test
    void theOpenDataAndSearchIndexFollowOnceTheEditorPauses() throws Exception {
        String projectsCsv = org.opendisclosure.address.SiteAddresses.dataFile(2024, "projects", "csv");
        assertTrue(get(projectsCsv).body().contains("热线项目"), "the first build writes the open data at once");
        Path project = site.content().resolve("projects/2024/p2024.yaml");
        String original = Files.readString(project);
        Files.writeString(project, original.replace("name: 热线项目", "name: 热线项目甲"));
        awaitPage(r -> r.body().contains("热线项目甲"));
        assertFalse(get(projectsCsv).body().contains("热线项目甲"),
                "the open data waits for a pause of " + PreviewServer.DATA_QUIET);
        assertFalse(searchIndexText().contains("热线项目甲"), "so does the search index");
        // A second save within the pause: its page is served, and the data waits again.
        Files.writeString(project, original.replace("name: 热线项目", "name: 热线项目乙"));
        awaitPage(r -> r.body().contains("热线项目乙"));
        // The open data is written first, then the data page, then the search index: wait for the
        // last of them, not for the first (on a busy machine the index can follow a poll later).
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!(get(projectsCsv).body().contains("热线项目乙") && searchIndexText().contains("热线项目乙"))
                && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertTrue(get(projectsCsv).body().contains("热线项目乙"), "the open data after the pause: " + log);
        assertTrue(searchIndexText().contains("热线项目乙"), "the search index after the pause");
        assertFalse(searchIndexText().contains("热线项目甲"), "nothing of the name in between");
    }

    /** Every file of the served site's search index, as one text. */
    private String searchIndexText() throws IOException {
        StringBuilder text = new StringBuilder();
        try (var files = Files.list(site.request().outputDirectory().resolve("search"))) {
            for (Path file : files.sorted().toList()) {
                text.append(Files.readString(file));
            }
        }
        return text.toString();
    }

    @Test
    void assetsAreServedWithTheirTypeAndUnknownPathsGetThe404Page() throws Exception {
        HttpResponse<String> css = get("assets/site.css");
        assertEquals(200, css.statusCode());
        assertEquals("text/css; charset=utf-8", css.headers().firstValue("Content-Type").orElseThrow());
        HttpResponse<String> missing = get("2024/projects/nothing-here.html");
        assertEquals(404, missing.statusCode());
        HttpResponse<String> home = get("");
        assertEquals(200, home.statusCode());
        assertTrue(home.body().contains("</html>"));
    }

    private HttpResponse<String> awaitPage(Predicate<HttpResponse<String>> condition) throws Exception {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        HttpResponse<String> last = null;
        while (System.nanoTime() < deadline) {
            last = get(PAGE);
            if (condition.test(last)) {
                return last;
            }
            Thread.sleep(100);
        }
        fail("the served page did not change within " + PATIENCE + "; last: " + (last == null ? "none"
                : last.statusCode() + " " + last.body()) + "; log: " + log);
        return null;
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(base.resolve(path)).timeout(PATIENCE).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
