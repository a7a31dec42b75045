package org.opendisclosure.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendisclosure.FixtureSite;
import org.opendisclosure.content.ContentLimits;

/**
 * The Markdown a reviewer reads on a pull request. A realistic pull request — several amounts, an
 * indicator re-targeted, a project added, a sentence rewritten — is pinned as a golden file;
 * {@code -Ddisclosure.updateGolden=true} rewrites it after a deliberate change of wording.
 */
class DiffMarkdownTest {

    private static final Path GOLDEN = Path.of("src/test/resources/org/opendisclosure/diff/realistic-pull-request.md");

    @TempDir
    Path root;

    @Test
    void aRealisticPullRequestReadsAsPinned() throws IOException {
        String markdown;
        try (GitFixture git = GitFixture.init(root)) {
            git.site().withBudget();
            git.commit("2019 年预算和两个项目");
            git.file("content/budgets/2019/dept.yaml", FixtureSite.BUDGET
                    .replace("general_budget: 500\n    basic: 200\n    project: 300",
                            "general_budget: 600\n    basic: 200\n    project: 400")
                    .replace("total: 3,500\n", "total: 3,600\n").replace("income_total: 3,500", "income_total: 3,600")
                    .replace("project: 800", "project: 900")
                    .replace("total: 1,500\n      basic: 1,200", "total: 1,600\n      basic: 1,200"));
            git.file("content/projects/2024/p2024.yaml", FixtureSite.PROJECT_2024
                    .replace("target: \"≥98(%)\"", "target: \"≥95(%)\"")
                    .replace("annual: 保障热线全年正常运行。", "annual: 保障热线全年正常运行，接通率不低于九成。"));
            git.file("content/projects/2024/training.yaml", FixtureSite.PROJECT_2024.replace("id: p2024", "id: training")
                    .replace("name: 热线项目", "name: 坐席培训项目").replace("73,985,000.40", "1,200,000")
                    .replace("73985000.40", "1200000"));
            git.commit("调整 2019 年预算，2024 年新增坐席培训项目");
            DiffSides sides = new DiffSides(ContentLimits.DEFAULT);
            Path content = root.resolve("content");
            markdown = new DiffMarkdown(DiffMarkdown.GITHUB_LIMIT).format(new ContentDiffer()
                    .compare(sides.side(content, root, "HEAD~1"), sides.side(content, root, "HEAD")));
        }
        if (Boolean.getBoolean("disclosure.updateGolden")) {
            Files.writeString(GOLDEN, markdown, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(GOLDEN, StandardCharsets.UTF_8), markdown);
    }

    @Test
    void aLargeDiffStaysWithinGitHubsCommentLimitAndSaysWhatWasLeftOut() throws IOException {
        FixtureSite before = FixtureSite.in(root.resolve("before")).withBudget();
        FixtureSite after = FixtureSite.in(root.resolve("after")).withBudget();
        for (int i = 0; i < 600; i++) {
            after.file("content/projects/2024/p" + i + ".yaml", FixtureSite.PROJECT_2024
                    .replace("id: p2024", "id: added-" + i).replace("name: 热线项目", "name: 新增项目第" + i + "号"));
        }
        DiffSides sides = new DiffSides(ContentLimits.DEFAULT);
        ContentDiff diff = new ContentDiffer().compare(
                sides.side(before.content(), root, before.content().toString()),
                sides.side(after.content(), root, after.content().toString()));
        String markdown = new DiffMarkdown(DiffMarkdown.GITHUB_LIMIT).format(diff);
        assertTrue(markdown.length() < 65_536, "length " + markdown.length());
        assertTrue(markdown.contains("明细过长，已截断"), "the reader is told the details were cut");
        assertTrue(markdown.indexOf("| 金额 |") < markdown.indexOf("## 明细"), "the summary comes first");
    }

    @Test
    void contentCannotInjectMarkupMentionsOrLinks() {
        String hostile = "<img src=x onerror=alert(1)> [点我](https://evil.example) @everyone #1 | **粗**";
        String text = DiffMarkdown.text(hostile);
        assertFalse(text.contains("<img"), text);
        assertFalse(text.contains("[点我]("), text);
        assertFalse(text.contains(" @everyone"), text);
        assertFalse(text.contains(" | "), "a pipe would end a table cell: " + text);
        assertFalse(text.contains("**"), text);
    }
}
