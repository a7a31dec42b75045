package org.opendisclosure.diff;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.jgit.api.Git;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendisclosure.FixtureSite;
import org.opendisclosure.GenerationResult;
import org.opendisclosure.SiteGenerator;
import org.opendisclosure.content.ContentLimits;
import org.opendisclosure.model.Content;
import org.opendisclosure.problem.ProblemCollector;
import org.opendisclosure.content.ContentLoader;

/** The site's change log, read from a repository made in the test. */
class ChangeLogTest {

    @TempDir
    Path root;

    /** Three revisions: the first content, a change of a figure, and a change of layout only. */
    private GitFixture history() {
        GitFixture git = GitFixture.init(root);
        git.site().withBudget();
        git.commit("首次发布");
        git.file("content/projects/2024/p2024.yaml", FixtureSite.PROJECT_2024.replace("target: \"≥98(%)\"",
                "target: \"≥95(%)\""));
        git.commit("更正热线项目的满意度目标\n\n原表印刷错误。");
        git.file("content/projects/2019/p2019.yaml", "# 注释不会公开\n" + FixtureSite.PROJECT_2019);
        git.commit("只加注释");
        return git;
    }

    private ChangeLog log(int limit) {
        ProblemCollector problems = new ProblemCollector();
        Content current = new ContentLoader(ContentLimits.DEFAULT).load(root.resolve("content"), root, problems);
        return new ChangeLogBuilder(ContentLimits.DEFAULT, limit).build(root.resolve("content"), current);
    }

    @Test
    void listsTheRevisionsThatChangedPublishedContentNewestFirstWithCommitDates() {
        try (GitFixture git = history()) {
            ChangeLog log = log(ChangeLogBuilder.DEFAULT_LIMIT);
            assertTrue(log.isPresent(), log.note());
            List<ChangeLogEntry> entries = log.entries();
            assertEquals(2, entries.size(), "a revision that only added a comment changed nothing published");
            ChangeLogEntry correction = entries.get(0);
            assertEquals("更正热线项目的满意度目标", correction.summary());
            assertEquals("2024-03-02", correction.date(), "the commit's date in its own time zone");
            assertEquals(List.of("2024 年 · 测试局：调整指标值：项目「热线项目」· 满意度指标 / 服务对象满意度指标 · 话后满意度："
                    + "≥98(%) → ≥95(%)（承诺降低）"), correction.lines());
            assertEquals(List.of("project/2024/p2024", "year/2024"), List.copyOf(new java.util.TreeSet<>(
                    correction.touched())));
            assertEquals("首次发布", entries.get(1).summary());
            assertEquals(correction, log.latest(List.of(RecordKeys.project(2024, "p2024"))).orElseThrow());
            assertEquals(entries.get(1), log.latest(List.of(RecordKeys.project(2019, "p2019"))).orElseThrow());
        }
    }

    @Test
    void theWorkIsBoundedOlderRevisionsAreCountedNotCompared() {
        try (GitFixture git = history()) {
            ChangeLog log = log(2);
            assertEquals(1, log.entries().size(), "the two newest revisions compared, one of them a comment only");
            assertEquals(1, log.older(), "the older revision that touched content/, counted");
            assertEquals("2024-03-01", log.oldestDate());
            assertTrue(log.latest(List.of(RecordKeys.project(2019, "p2019"))).isEmpty(),
                    "a record last changed before the listed entries has no date to claim");
        }
    }

    @Test
    void outsideGitThereIsNoChangeLogAndANoteSaysWhy() {
        FixtureSite.in(root).withBudget();
        ChangeLog log = log(10);
        assertFalse(log.isPresent());
        assertTrue(log.note().contains("不在 git 仓库中"), log.note());
    }

    @Test
    void aShallowCloneHasNoChangeLogAndANoteSaysWhy() throws Exception {
        try (GitFixture git = history()) {
            Path clone = root.resolve("shallow-clone");
            try (Git shallow = Git.cloneRepository().setURI(root.toUri().toString()).setDirectory(clone.toFile())
                    .setDepth(1).call()) {
                ProblemCollector problems = new ProblemCollector();
                Content current = new ContentLoader(ContentLimits.DEFAULT).load(clone.resolve("content"), clone,
                        problems);
                ChangeLog log = new ChangeLogBuilder(ContentLimits.DEFAULT, 10).build(clone.resolve("content"), current);
                assertFalse(log.isPresent());
                assertTrue(log.note().contains("浅克隆"), log.note());
            }
        }
    }

    @Test
    void pagesShowWhenTheirFiguresLastChangedAndTheSameRepositoryGivesTheSameBytes() throws IOException {
        try (GitFixture git = history()) {
            FixtureSite site = git.site();
            var request = site.request().withChangeLog(true);
            GenerationResult result = new SiteGenerator().generate(request);
            assertFalse(result.hasErrors(), FixtureSite.messages(result));
            Document project = Jsoup.parse(site.read("2024/projects/p2024.html"));
            assertEquals("更新于 2024-03-02（这次更新改了什么）", project.selectFirst(".page-updated").text());
            String entry = project.selectFirst(".page-updated a").attr("href");
            Document changes = Jsoup.parse(site.read("changes.html"));
            String anchor = entry.substring(entry.indexOf('#') + 1);
            assertTrue(changes.getElementById(anchor).text().contains("≥98(%) → ≥95(%)"), changes.html());
            Document older = Jsoup.parse(site.read("2019/projects/p2019.html"));
            assertEquals("更新于 2024-03-01（这次更新改了什么）", older.selectFirst(".page-updated").text());
            assertEquals("更新记录", project.select(".site-footer a").last().text());

            byte[] first = Files.readAllBytes(site.output().resolve("changes.html"));
            byte[] page = Files.readAllBytes(site.output().resolve("2024/projects/p2024.html"));
            assertFalse(new SiteGenerator().generate(request).hasErrors());
            assertArrayEquals(first, Files.readAllBytes(site.output().resolve("changes.html")));
            assertArrayEquals(page, Files.readAllBytes(site.output().resolve("2024/projects/p2024.html")));
        }
    }

    @Test
    void withoutTheChangeLogPagesHaveNoUpdatedLineAndThereIsNoChangeLogPage() {
        try (GitFixture git = history()) {
            git.site().rendered();
            assertTrue(Jsoup.parse(git.site().read("2024/projects/p2024.html")).select(".page-updated").isEmpty());
            assertFalse(Files.exists(git.site().output().resolve("changes.html")));
        }
    }
}
