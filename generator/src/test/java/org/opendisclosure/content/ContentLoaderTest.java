package org.opendisclosure.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendisclosure.FixtureSite;
import org.opendisclosure.model.Content;
import org.opendisclosure.model.IndicatorGroup;
import org.opendisclosure.model.Project;
import org.opendisclosure.model.ProjectForm;
import org.opendisclosure.problem.Problem;
import org.opendisclosure.problem.ProblemCollector;

/** Loading content files into the model: exact values, and a message for every structural mistake. */
class ContentLoaderTest {

    @TempDir
    Path dir;

    private Content load(FixtureSite site, ProblemCollector problems) {
        return new ContentLoader(ContentLimits.DEFAULT).load(site.content(), site.root(), problems);
    }

    private List<String> messages(ProblemCollector problems) {
        return problems.sorted().stream().map(Problem::format).toList();
    }

    @Test
    void loadsBothFormsExactly() {
        ProblemCollector problems = new ProblemCollector();
        Content content = load(FixtureSite.in(dir).standard(), problems);
        assertEquals(List.of(), messages(problems));
        Project p2019 = content.projects().get(0);
        Project p2024 = content.projects().get(1);
        assertEquals(ProjectForm.FORM_2019, p2019.form());
        assertEquals(new BigDecimal("3511500"), p2019.funding().annualTotal());
        assertEquals("2019-01", p2019.period().start().text());
        assertEquals(List.of("师资进修", "教研活动"), p2019.subprojects().stream().map(s -> s.name()).toList());
        IndicatorGroup twoLevel = p2019.indicators().get(0);
        assertTrue(!twoLevel.threeLevel());
        assertNull(twoLevel.subgroups().get(0).level2());

        assertEquals(new BigDecimal("73985000.40"), p2024.funding().annualTotal());
        assertEquals(new BigDecimal("73985000.40"), p2024.funding().appropriation());
        assertEquals(0, p2024.funding().other().signum());
        assertEquals("≥371(人)", p2024.indicators().get(0).subgroups().get(0).indicators().get(0).target().text());
        assertEquals("content/projects/2024/p2024.yaml", p2024.file());
        assertEquals(13, p2024.sourceMap().at("funding.annual_total").line());
    }

    @Test
    void idsThatCouldEscapeOrCollideAsFileNamesAreRefused() {
        for (String id : List.of("../p2024", "/etc/passwd", "a/b", "a\\\\b", "P2024", "p2024.", "con", "nul", "com1",
                "lpt9", "a--b", "-a", "a-", "a".repeat(65), "项目")) {
            ProblemCollector problems = new ProblemCollector();
            load(FixtureSite.in(dir.resolve(Integer.toString(Math.abs(id.hashCode())))).standard().file(
                    "content/projects/2024/p2024.yaml", FixtureSite.PROJECT_2024.replace("id: p2024", "id: \"" + id + "\"")),
                    problems);
            assertTrue(messages(problems).stream().anyMatch(m -> m.startsWith("content/projects/2024/p2024.yaml:1:5: error: "
                    + "id（项目标识）: 应为标识：") && m.endsWith("[type]")), id + ": " + messages(problems));
        }
    }

    @Test
    void aMisspeltRequiredKeyIsOneMistakeWithOneMessage() {
        ProblemCollector problems = new ProblemCollector();
        load(FixtureSite.in(dir).standard().file("content/projects/2024/p2024.yaml",
                FixtureSite.PROJECT_2024.replace("category:", "categroy:")), problems);
        assertEquals(List.of("content/projects/2024/p2024.yaml:8:1: error: categroy: 未知的键“categroy”；是否想写：category？"
                + "项目类别（category）是必填字段，现在缺少 [unknown-key]"), messages(problems));
    }

    @Test
    void unknownKeySuggestsTheClosest() {
        ProblemCollector problems = new ProblemCollector();
        load(FixtureSite.in(dir).standard().file("content/projects/2024/p2024.yaml",
                FixtureSite.PROJECT_2024 + "remrks: 无\n"), problems);
        assertEquals(List.of("content/projects/2024/p2024.yaml:38:1: error: remrks: 未知的键“remrks”；是否想写：remarks？ [unknown-key]"),
                messages(problems));
    }

    @Test
    void aHugeUnknownKeyIsQuotedShortened() {
        ProblemCollector problems = new ProblemCollector();
        String key = "项目概况".repeat(200); // 800 characters: YAML allows simple keys up to 1024
        load(FixtureSite.in(dir).standard().file("content/projects/2024/p2024.yaml",
                FixtureSite.PROJECT_2024 + key + ": 无\n"), problems);
        String shortened = "项目概况".repeat(10) + "…";
        List<String> messages = messages(problems);
        assertEquals(1, messages.size(), messages::toString);
        assertTrue(messages.get(0).startsWith("content/projects/2024/p2024.yaml:38:1: error: " + shortened
                + ": 未知的键“" + shortened + "”；这里可用的键："), messages.get(0));
        assertTrue(messages.get(0).length() < 1000, "one line a person can read");
    }

    @Test
    void keyOfTheOtherFormIsNamedAsSuch() {
        ProblemCollector problems = new ProblemCollector();
        load(FixtureSite.in(dir).standard().file("content/projects/2024/p2024.yaml",
                FixtureSite.PROJECT_2024 + "purpose: 政府购买服务\n"), problems);
        assertEquals(List.of("content/projects/2024/p2024.yaml:38:1: error: purpose（资金用途）: 这个字段只属于 2019 年表式，"
                + "本项目是 form: \"2024\"（财政项目支出绩效目标申报表） [not-in-form]"), messages(problems));
    }

    @Test
    void badMoneyShowsWhatWasFound() {
        ProblemCollector problems = new ProblemCollector();
        load(FixtureSite.in(dir).standard().file("content/projects/2024/p2024.yaml",
                FixtureSite.PROJECT_2024.replace("carried_over: 0.00", "carried_over: 1,00.5")), problems);
        assertEquals(List.of("content/projects/2024/p2024.yaml:15:17: error: funding.carried_over（上年结转资金）: 应为"
                + ValueFormats.MONEY_EXPECTED + "；实际是“1,00.5” [type]"), messages(problems));
    }

    @Test
    void moreThanTwoDecimalsIsNotMoney() {
        assertTrue(ValueFormats.money("1.005").isEmpty());
        assertTrue(ValueFormats.money("1e5").isEmpty());
        assertTrue(ValueFormats.money("-5").isEmpty());
        assertEquals(new BigDecimal("73985000.40"), ValueFormats.money("73,985,000.40").orElseThrow());
    }

    @Test
    void moneyOfMoreThanFifteenDigitsIsNotMoney() {
        assertEquals(new BigDecimal("999999999999999.99"), ValueFormats.money("999,999,999,999,999.99").orElseThrow());
        assertEquals(new BigDecimal("999999999999999"), ValueFormats.money("999999999999999").orElseThrow());
        assertTrue(ValueFormats.money("1000000000000000").isEmpty());
        assertTrue(ValueFormats.money("1,000,000,000,000,000").isEmpty());
    }

    /**
     * Reading a number takes time that grows with the square of its digits: a million took a
     * minute. A double-quoted value may go on over lines that end in "\", so the line length
     * limit alone does not bound it.
     */
    @Test
    void anAmountOfAMillionDigitsIsRefusedQuickly() {
        String digits = ("9".repeat(9_000) + "\\\n    ").repeat(111);
        FixtureSite site = FixtureSite.in(dir).standard().file("content/projects/2024/p2024.yaml",
                FixtureSite.PROJECT_2024.replace("annual_total: 73,985,000.40", "annual_total: \"" + digits + "\""));
        ProblemCollector problems = new ProblemCollector();
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> load(site, problems));
        assertTrue(messages(problems).contains("content/projects/2024/p2024.yaml:13:17: error: funding.annual_total（年度资金申请总额）: 应为"
                + ValueFormats.MONEY_EXPECTED + "；实际是“" + "9".repeat(40) + "…” [type]"), messages(problems).toString());
    }

    @Test
    void wrongKindOfValueIsNamed() {
        ProblemCollector problems = new ProblemCollector();
        load(FixtureSite.in(dir).standard().file("content/projects/2024/p2024.yaml",
                FixtureSite.PROJECT_2024.replace("name: 热线项目", "name:\n  - 热线项目")), problems);
        assertEquals(List.of("content/projects/2024/p2024.yaml:5:3: error: name（项目名称）: 应为文字，实际是列表 [type]"),
                messages(problems));
    }

    @Test
    void valueOutsideTheAllowedSetListsThem() {
        ProblemCollector problems = new ProblemCollector();
        load(FixtureSite.in(dir).standard().file("content/projects/2024/p2024.yaml",
                FixtureSite.PROJECT_2024.replace("category: 特定目标类", "category: 特定目的类")), problems);
        assertEquals(List.of("content/projects/2024/p2024.yaml:8:1: error: category（项目类别）: 应为以下之一：特定目标类、其他运转类、其他人员类；"
                + "实际是“特定目的类”；是否想写：特定目标类？ [allowed-value]"), messages(problems));
    }

    @Test
    void idsThatCannotBeFileNamesAreRefused() {
        for (String bad : List.of("../x", "A", "con", "a--b", "-a", "a/b", "")) {
            assertTrue(!ValueFormats.isId(bad), bad);
        }
        assertTrue(ValueFormats.isId("hotline-12333"));
    }

    @Test
    void wrongTopLevelIsNamed() {
        ProblemCollector problems = new ProblemCollector();
        load(FixtureSite.in(dir).standard().file("content/projects/2024/p2024.yaml", "- a\n- b\n"), problems);
        assertEquals(List.of("content/projects/2024/p2024.yaml:1:1: error: 应为映射（键: 值），实际是列表 [type]"),
                messages(problems));
    }

    @Test
    void theSiteAddressIsReadWhenAbsoluteAndEndingWithASlash() {
        ProblemCollector problems = new ProblemCollector();
        Content content = load(FixtureSite.in(dir).standard().file("content/site.yaml",
                "title: 测试站\nbase_url: https://budget.example.gov.cn/2024/\n"), problems);
        assertEquals(List.of(), messages(problems));
        assertEquals("https://budget.example.gov.cn/2024/", content.settings().baseUrl());
        assertNull(load(FixtureSite.in(dir.resolve("other")).standard(), new ProblemCollector()).settings().baseUrl());
    }

    @Test
    void aSiteAddressThatCannotPrefixPagePathsIsAnError() {
        for (String wrong : List.of("https://budget.example.gov.cn/budget", "budget.example.gov.cn/",
                "ftp://budget.example.gov.cn/", "https://budget.example.gov.cn/?x=1/", "/budget/")) {
            ProblemCollector problems = new ProblemCollector();
            load(FixtureSite.in(dir).standard().file("content/site.yaml", "base_url: \"" + wrong + "\"\n"), problems);
            assertEquals(List.of("content/site.yaml:1:11: error: base_url（站点网址）: 应为站点的完整网址：以 http:// 或 https:// "
                    + "开头、以 / 结尾，不带 ? 或 #，如 https://budget.example.gov.cn/ 或 https://example.gov.cn/budget/；实际是“"
                    + wrong + "” [type]"), messages(problems), wrong);
        }
    }
}
