package org.opendisclosure.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendisclosure.FixtureSite;
import org.opendisclosure.content.ContentLimits;

/** Each kind of change, made as a commit in a repository made in the test, and reported exactly. */
class ContentDifferTest {

    @TempDir
    Path root;

    private ContentDiff diff(GitFixture git, String base, String head) throws IOException {
        DiffSides sides = new DiffSides(ContentLimits.DEFAULT);
        Path content = root.resolve("content");
        return new ContentDiffer().compare(sides.side(content, root, base), sides.side(content, root, head));
    }

    private GitFixture repository() {
        GitFixture git = GitFixture.init(root);
        git.site().withBudget();
        git.commit("初始内容");
        return git;
    }

    @Test
    void identicalRevisionsReportNoChange() throws IOException {
        try (GitFixture git = repository()) {
            String first = git.commit("nothing");
            ContentDiff diff = diff(git, first, "HEAD");
            assertTrue(diff.isEmpty(), diff.toString());
            assertTrue(new DiffMarkdown(DiffMarkdown.GITHUB_LIMIT).format(diff).contains("没有变化"));
        }
    }

    @Test
    void aRevisionComparedWithTheUnchangedWorkingDirectoryReportsNoChange() throws IOException {
        try (GitFixture git = repository()) {
            assertTrue(diff(git, "HEAD", "").isEmpty());
        }
    }

    @Test
    void changedFiguresAreReportedOldToNewWithDifferenceAndPercent() throws IOException {
        try (GitFixture git = repository()) {
            String base = git.commit("base");
            git.file("content/projects/2019/p2019.yaml", FixtureSite.PROJECT_2019
                    .replace("project_total: 3511500", "project_total: 3611500")
                    .replace("annual_total: 3,511,500", "annual_total: 3,611,500")
                    .replace("amount: 1230000", "amount: 1330000"));
            git.commit("加预算");
            ContentDiff diff = diff(git, base, "HEAD");
            List<AmountChange> amounts = diff.amounts();
            assertEquals(3, amounts.size(), amounts.toString());
            assertEquals("项目资金总额", amounts.get(0).field());
            AmountChange annual = amounts.get(1);
            assertEquals("项目「培训项目」", annual.subject());
            assertEquals("年度资金", annual.field());
            assertEquals(new BigDecimal("3511500"), annual.before());
            assertEquals(new BigDecimal("3611500"), annual.after());
            assertEquals(0, new BigDecimal("100000").compareTo(annual.difference()));
            assertEquals(new BigDecimal("2.8"), annual.percent());
            assertEquals("子项目「教研活动」", amounts.get(2).field());
            assertEquals(new BigDecimal("8.1"), amounts.get(2).percent());
            assertEquals(2019, annual.place().year());
            assertEquals("测试局", annual.place().departmentName());
            assertTrue(diff.checks().isEmpty(), diff.checks().toString());
        }
    }

    @Test
    void budgetRowsChangeTheTotalsOfTheDepartmentTheYearAndTheirClassAndSection() throws IOException {
        try (GitFixture git = repository()) {
            String base = git.commit("base");
            git.file("content/budgets/2019/dept.yaml", FixtureSite.BUDGET.replace("basic: 1,500", "basic: 1,400"));
            git.commit("改基本支出");
            ContentDiff diff = diff(git, base, "HEAD");
            AmountChange row = diff.amounts().get(0);
            assertEquals("2080101 行政运行", row.subject());
            assertEquals("基本支出", row.field());
            assertEquals("-100", DiffWords.signed(row.difference()));
            List<String> totals = diff.totals().stream()
                    .map(t -> t.level() + " " + t.amount().subject() + " " + DiffWords.money(t.amount().before())
                            + " → " + DiffWords.money(t.amount().after()))
                    .toList();
            assertEquals(List.of("YEAR 2019 年支出合计 3,500 → 3,400", "DEPARTMENT 测试局 3,500 → 3,400",
                    "CLASS 208 社会保障和就业支出 2,000 → 1,900", "SECTION 20801 人力资源和社会保障管理事务 2,000 → 1,900"),
                    totals);
            assertFalse(diff.checks().newErrors().isEmpty(), "the budget no longer balances: a new error");
        }
    }

    @Test
    void projectsAddedRemovedRenamedAndMovedBetweenUnits() throws IOException {
        try (GitFixture git = repository()) {
            String base = git.commit("base");
            git.delete("content/projects/2024/p2024.yaml");
            git.file("content/projects/2024/new.yaml", FixtureSite.PROJECT_2024.replace("id: p2024", "id: p-new")
                    .replace("热线项目", "新热线项目"));
            git.file("content/projects/2019/p2019.yaml", FixtureSite.PROJECT_2019.replace("培训项目", "教师培训项目")
                    .replace("unit: unit-b", "unit: unit-a"));
            git.commit("增删改");
            List<String> records = diff(git, base, "HEAD").records().stream()
                    .map(r -> r.kind() + " " + r.id() + " " + r.before() + " → " + r.after()).toList();
            assertEquals(List.of("REMOVED p2024 测试中心 → ", "ADDED p-new  → 测试中心；绩效指标 4 个",
                    "RENAMED p2019 培训项目 → 教师培训项目", "MOVED p2019 测试局本部 → 测试中心"), records);
        }
    }

    @Test
    void aFileRenamedWithTheSameIdIsAChangeNotARemovalAndAnAddition() throws IOException {
        try (GitFixture git = repository()) {
            String base = git.commit("base");
            git.delete("content/projects/2024/p2024.yaml");
            git.file("content/projects/2024/hotline.yaml", FixtureSite.PROJECT_2024);
            git.commit("改文件名");
            ContentDiff diff = diff(git, base, "HEAD");
            assertEquals(1, diff.records().size(), diff.records().toString());
            RecordChange moved = diff.records().get(0);
            assertEquals(RecordChange.Kind.FILE_MOVED, moved.kind());
            assertEquals("content/projects/2024/p2024.yaml", moved.before());
            assertEquals("content/projects/2024/hotline.yaml", moved.after());
            assertTrue(diff.amounts().isEmpty() && diff.indicators().isEmpty() && diff.checks().isEmpty());
        }
    }

    @Test
    void indicatorsAddedRemovedRetargetedAndRegrouped() throws IOException {
        try (GitFixture git = repository()) {
            String base = git.commit("base");
            git.file("content/projects/2024/p2024.yaml", FixtureSite.PROJECT_2024
                    .replace("target: \"≥98(%)\"", "target: \"≥95(%)\"")
                    .replace("target: \"≥371(人)\"", "target: \"≥380(人)\"")
                    .replace("          - name: 系统/设备租赁数\n            target: \"≥556(台)\"\n", "")
                    .replace("level2: 时效指标", "level2: 质量指标")
                    .replace("            target: 及时\n",
                            "            target: 及时\n          - name: 接通率\n            target: \"≥90(%)\"\n"));
            git.commit("调整指标");
            List<String> changes = diff(git, base, "HEAD").indicators().stream()
                    .map(i -> i.kind() + " " + i.indicator() + " " + i.groupBefore() + " → " + i.groupAfter() + " "
                            + DiffWords.target(i.before()) + " → " + DiffWords.target(i.after()) + " " + i.promise())
                    .toList();
            assertEquals(List.of(
                    "RETARGETED 坐席人员数 产出指标 / 数量指标 → 产出指标 / 数量指标 ≥371(人) → ≥380(人) STRONGER",
                    "REGROUPED 系统故障解决时间 产出指标 / 时效指标 → 产出指标 / 质量指标 — → — NOT_APPLICABLE"
                            .replace("— → —", "及时 → 及时"),
                    "ADDED 接通率  → 产出指标 / 质量指标 — → ≥90(%) NOT_APPLICABLE",
                    "RETARGETED 话后满意度 满意度指标 / 服务对象满意度指标 → 满意度指标 / 服务对象满意度指标 ≥98(%) → ≥95(%) WEAKER",
                    "REMOVED 系统/设备租赁数 产出指标 / 数量指标 →  ≥556(台) → — NOT_APPLICABLE"), changes);
        }
    }

    @Test
    void proseIsDiffedWordByWordInTheChangedSentencesOnly() throws IOException {
        try (GitFixture git = repository()) {
            String base = git.commit("base");
            git.file("content/projects/2024/p2024.yaml", FixtureSite.PROJECT_2024
                    .replace("annual: 保障热线全年正常运行。", "annual: 保障热线全年正常运行。全年接听来电120万次。"));
            git.file("content/projects/2019/p2019.yaml", FixtureSite.PROJECT_2019.replace("第二段。", "第2段。"));
            git.commit("改文字");
            ContentDiff diff = diff(git, base, "HEAD");
            List<String> prose = diff.prose().stream()
                    .map(p -> p.subject() + " " + p.field() + " " + p.sentences().stream()
                            .map(ChangeLines::wordDiff).toList())
                    .toList();
            assertEquals(List.of("项目「热线项目」 年度绩效目标 [{+全年接听来电120万次。+}]",
                    "项目「培训项目」 项目概况 [第[-二-]{+2+}段。]"), prose);
        }
    }

    @Test
    void newErrorsAndAcknowledgementsAreReported() throws IOException {
        try (GitFixture git = repository()) {
            String base = git.commit("base");
            git.file("content/projects/2019/p2019.yaml", FixtureSite.project2019WithAcknowledgedGap("原表如此"));
            git.file("content/projects/2024/p2024.yaml", FixtureSite.PROJECT_2024.replace("appropriation: 73985000.40",
                    "appropriation: 73985001.40"));
            git.commit("差异");
            CheckChanges checks = diff(git, base, "HEAD").checks();
            assertEquals(1, checks.newAcknowledged().size(), checks.toString());
            assertTrue(checks.newAcknowledged().get(0).position().file().endsWith("content/projects/2019/p2019.yaml"));
            assertEquals(1, checks.newErrors().size(), checks.toString());
            assertTrue(checks.newErrors().get(0).position().file().matches("[0-9a-f]{7}:content/projects/2024/p2024.yaml"),
                    "a revision's file is named as git names it: " + checks.newErrors().get(0).format());
            assertTrue(checks.fixedErrors().isEmpty());
            CheckChanges back = diff(git, "HEAD", base).checks();
            assertEquals(1, back.fixedErrors().size());
            assertEquals(1, back.removedAcknowledged().size());
        }
    }

    @Test
    void anUnknownRevisionIsAnErrorNamingIt() {
        try (GitFixture git = repository()) {
            var e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                    () -> diff(git, "no-such-branch", "HEAD"));
            assertTrue(e.getMessage().contains("no-such-branch"), e.getMessage());
        }
    }

    @Test
    void percentIsAbsentWithoutAnOlderValue() {
        AmountChange added = new AmountChange(new Place(2024, "", ""), "", "", "", null, BigDecimal.TEN);
        assertNull(added.percent());
        assertEquals(BigDecimal.TEN, added.difference());
    }
}
