package org.opendisclosure.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendisclosure.FixtureSite;
import org.opendisclosure.SiteGenerator;
import org.opendisclosure.problem.Problem;

/** The checks, each with the exact message an editor sees. */
class ContentCheckerTest {

    @TempDir
    Path dir;

    private CheckReport check(FixtureSite site) {
        return new SiteGenerator().check(site.request()).report();
    }

    private static List<String> messages(CheckReport report) {
        return report.problems().stream().map(Problem::format).toList();
    }

    @Test
    void theStandardFixtureIsClean() {
        assertEquals(List.of(), messages(check(FixtureSite.in(dir).standard())));
    }

    @Test
    void fundingSourcesMustAddUpToTheAnnualTotal() {
        CheckReport report = check(FixtureSite.in(dir).standard().file("content/projects/2024/p2024.yaml",
                FixtureSite.PROJECT_2024.replace("other: 0", "other: 1.00")));
        assertEquals(List.of("content/projects/2024/p2024.yaml:13:3: error: funding.annual_total（年度资金申请总额）: "
                + "应等于 当年财政拨款 + 上年结转资金 + 其他资金 = 73,985,001.40 元；实际为 73,985,000.40 元，相差 -1.00 元 "
                + "[funding-total]"), messages(report));
    }

    @Test
    void subprojectsMustAddUpToTheYearsBudget() {
        CheckReport report = check(FixtureSite.in(dir).standard().file("content/projects/2019/p2019.yaml",
                FixtureSite.PROJECT_2019.replace("amount: 1230000", "amount: 1229999")));
        assertEquals(List.of("content/projects/2019/p2019.yaml:17:1: error: subprojects（项目当年投入资金构成）: "
                + "2 个子项目金额合计 3,511,499.00 元，应等于项目当年预算（funding.annual_total） 3,511,500.00 元，相差 -1.00 元 "
                + "[subprojects-total]"), messages(report));
    }

    @Test
    void annualBudgetMayNotExceedTheProjectTotal() {
        CheckReport report = check(FixtureSite.in(dir).standard().file("content/projects/2019/p2019.yaml",
                FixtureSite.PROJECT_2019.replace("project_total: 3511500", "project_total: 3000000")));
        assertEquals(List.of("content/projects/2019/p2019.yaml:14:3: error: funding.annual_total（项目当年预算）: "
                + "不应超过项目总预算（funding.project_total） 3,000,000.00 元；实际为 3,511,500.00 元，超出 511,500.00 元 "
                + "[annual-exceeds-total]"), messages(report));
    }

    @Test
    void executionNeedsABudget() {
        CheckReport report = check(FixtureSite.in(dir).standard().file("content/projects/2019/p2019.yaml",
                FixtureSite.PROJECT_2019.replace("  prior_year_budget: 5430000\n", "")));
        assertEquals(1, report.problems().size(), messages(report).toString());
        assertEquals("execution-without-budget", report.problems().get(0).code());
    }

    @Test
    void periodMustBeInOrderAndTouchTheYear() {
        CheckReport reversed = check(FixtureSite.in(dir).standard().file("content/projects/2024/p2024.yaml",
                FixtureSite.PROJECT_2024.replace("start: 2024-01-01", "start: 2025-01-01")));
        assertEquals(List.of("content/projects/2024/p2024.yaml:11:3: error: period.end（计划完成日期）: 不应早于开始时间 2025-01-01；"
                + "实际是 2024-12-31 [period]"), messages(reversed));
        CheckReport otherYear = check(FixtureSite.in(dir).standard().file("content/projects/2024/p2024.yaml",
                FixtureSite.PROJECT_2024.replace("start: 2024-01-01", "start: 2023-01-01")
                        .replace("end: 2024-12-31", "end: 2023-12-31")));
        assertEquals(List.of("content/projects/2024/p2024.yaml:9:1: error: period（实施期间）: 实施期间应覆盖预算年度 2024 年的至少一天；"
                + "实际是 2023-01-01 至 2023-12-31 [period]"), messages(otherYear));
    }

    @Test
    void invalidDateIsATypeError() {
        CheckReport report = check(FixtureSite.in(dir).standard().file("content/projects/2024/p2024.yaml",
                FixtureSite.PROJECT_2024.replace("end: 2024-12-31", "end: 2024-02-30")));
        assertEquals("type", report.problems().get(0).code());
        assertTrue(report.problems().get(0).message().contains("“2024-02-30”"));
    }

    @Test
    void indicatorLevelNamesFollowTheForm() {
        CheckReport report = check(FixtureSite.in(dir).standard().file("content/projects/2024/p2024.yaml",
                FixtureSite.PROJECT_2024.replace("level2: 时效指标", "level2: 时效目标")
                        .replace("level1: 满意度指标", "level1: 满意度目标")));
        assertEquals(List.of(
                "content/projects/2024/p2024.yaml:28:9: error: indicators[0].groups[1].level2（二级指标）: 一级指标“产出指标”下的二级指标应为以下之一："
                        + "数量指标、质量指标、时效指标；实际是“时效目标”；是否想写：时效指标？ [allowed-value]",
                "content/projects/2024/p2024.yaml:32:5: error: indicators[1].level1（一级指标）: 2024 年表式的一级指标应为以下之一："
                        + "成本指标、产出指标、效益指标、满意度指标；实际是“满意度目标”；是否想写：满意度指标？ [allowed-value]"),
                messages(report));
    }

    @Test
    void twoAndThreeLevelGroupsDoNotMix() {
        CheckReport report = check(FixtureSite.in(dir).standard().file("content/projects/2019/p2019.yaml",
                FixtureSite.PROJECT_2019 + """
                          - level1: 产出目标
                            groups:
                              - level2: 数量目标
                                items:
                                  - name: 完成率
                                    target: "100%"
                        """));
        assertEquals(List.of("content/projects/2019/p2019.yaml:27:5: error: indicators[0]（一级指标）: "
                + "同一张指标表应全部为三级（groups）或全部为两级（items）；这里是两级，而其他一级指标有二级指标 [indicator-levels]"),
                messages(report));
    }

    @Test
    void referencesMustExistAndAgree() {
        CheckReport unknown = check(FixtureSite.in(dir).standard().file("content/projects/2024/p2024.yaml",
                FixtureSite.PROJECT_2024.replace("unit: unit-a", "unit: unit-c")));
        assertEquals(List.of("content/projects/2024/p2024.yaml:6:1: error: unit（实施单位）: 没有标识为“unit-c”的预算单位；"
                + "是否想写：unit-a、unit-b？ [reference]"), messages(unknown));
        CheckReport elsewhere = check(FixtureSite.in(dir).standard()
                .file("content/departments/other.yaml", "id: other\nname: 其他局\nunits:\n  - id: other-hq\n    name: 其他局本部\n")
                .file("content/projects/2024/p2024.yaml", FixtureSite.PROJECT_2024.replace("unit: unit-a", "unit: other-hq")));
        assertEquals(List.of("content/projects/2024/p2024.yaml:6:1: error: unit（实施单位）: 预算单位“other-hq”（其他局本部）属于部门“other”，"
                + "不属于本项目的主管部门“dept”（测试局） [reference]"), messages(elsewhere));
    }

    @Test
    void duplicateIdsNameBothFiles() {
        CheckReport report = check(FixtureSite.in(dir).standard().file("content/projects/2024/copy.yaml",
                FixtureSite.PROJECT_2024));
        assertEquals(List.of("content/projects/2024/p2024.yaml:1:1: error: id（项目标识）: 标识“p2024”（2024 年）重复：已在 "
                + "content/projects/2024/copy.yaml:1:1 出现；只能有一处 [duplicate-id]"), messages(report));
    }

    @Test
    void aYearHasOneListOfRulesOfDisclosure() {
        String rules = "year: 2019\ntitle: 清单\n";
        CheckReport report = check(FixtureSite.in(dir).standard().file("content/rules/2019.yaml", rules)
                .file("content/rules/2019-copy.yaml", rules));
        assertEquals(List.of("content/rules/2019.yaml:1:1: error: year（预算年度）: 2019 年的公开内容清单重复：已在 "
                + "content/rules/2019-copy.yaml:1:1 出现；只能有一处 [duplicate-id]"), messages(report));
    }

    @Test
    void acknowledgedDiscrepancyBecomesANoteWithItsReason() {
        CheckReport report = check(FixtureSite.in(dir).standard().file("content/projects/2019/p2019.yaml",
                FixtureSite.project2019WithAcknowledgedGap("原表如此。")));
        assertFalse(report.hasErrors(), messages(report).toString());
        assertEquals("note", report.problems().get(0).severity().label());
        AcknowledgedDiscrepancy d = report.discrepancies("content/projects/2019/p2019.yaml").get(0);
        assertEquals("原表如此。", d.reason());
        assertTrue(d.finding().contains("相差 -1.00 元"));
    }

    /** Readers see labels, never key paths: the editors' message names funding.annual_total, the page does not. */
    @Test
    void anAcknowledgedDiscrepancyIsToldInReadersWords() {
        CheckReport report = check(FixtureSite.in(dir).standard().file("content/projects/2019/p2019.yaml",
                FixtureSite.project2019WithAcknowledgedGap("原表如此。")));
        assertTrue(report.problems().get(0).message().contains("（funding.annual_total）"), report.problems().toString());
        AcknowledgedDiscrepancy d = report.discrepancies("content/projects/2019/p2019.yaml").get(0);
        assertEquals("项目当年投入资金构成", d.field());
        assertEquals("2 个子项目金额合计 3,511,499.00 元，应等于项目当年预算 3,511,500.00 元，相差 -1.00 元", d.finding());
    }

    @Test
    void staleAcknowledgementIsAWarning() {
        CheckReport report = check(FixtureSite.in(dir).standard().file("content/projects/2019/p2019.yaml",
                FixtureSite.PROJECT_2019 + """
                        acknowledged:
                          - check: subprojects-total
                            reason: 原表如此。
                        """));
        assertFalse(report.hasErrors());
        assertEquals(List.of("content/projects/2019/p2019.yaml:32:5: warning: acknowledged[0]（已知差异说明）: "
                + "这条说明没有对应的问题（检查“subprojects-total”没有报告问题）；数据已更正时请删除这条说明 [acknowledged-unused]"),
                messages(report));
    }

    @Test
    void syntaxProblemsCannotBeAcknowledged() {
        CheckReport report = check(FixtureSite.in(dir).standard().file("content/projects/2019/p2019.yaml",
                FixtureSite.PROJECT_2019 + """
                        acknowledged:
                          - check: unknown-key
                            reason: 试试看。
                        """));
        assertTrue(report.hasErrors());
        assertEquals("allowed-value", report.problems().get(0).code());
    }

    @Test
    void aTargetThatLooksQuantitativeButDoesNotParseIsAWarningWithTheLikelyForm() {
        CheckReport report = check(FixtureSite.in(dir).standard().file("content/projects/2024/p2024.yaml",
                FixtureSite.PROJECT_2024.replace("target: \"≥371(人)\"", "target: \"≥37l(人)\"")));
        assertEquals(List.of("content/projects/2024/p2024.yaml:25:13: warning: indicators[0].groups[0].items[0].target（指标值）: "
                + "“≥37l(人)”像是数值目标，却读不出比较符号、数字和单位，只能当作文字；是不是“≥371(人)”？ [target-format]"),
                messages(report));
    }
}
