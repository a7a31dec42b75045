package org.opendisclosure.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.opendisclosure.FixtureSite;
import org.opendisclosure.SiteGenerator;
import org.opendisclosure.problem.Problem;

/**
 * 表文一致: a goal text's numbers against the indicator table. Small cases of both kinds: real
 * disagreements, each with its exact message, and texts that agree, or are about something no
 * single indicator states, which must raise nothing.
 */
class GoalTextCheckTest {

    private static final String FILE = "content/projects/2024/p2024.yaml";

    @TempDir
    Path dir;

    private List<String> messages(String annualGoal) {
        FixtureSite site = FixtureSite.in(dir).standard().file(FILE,
                FixtureSite.PROJECT_2024.replace("  annual: 保障热线全年正常运行。\n", "  annual: " + annualGoal + "\n")
                        .replace("          - name: 系统故障解决时间\n            target: 及时\n",
                                "          - name: 系统故障解决时间\n            target: 及时\n"
                                        + "          - name: 热线投诉率\n            target: \"≤0.80(%)\"\n"
                                        + "          - name: 系统正常运行天数\n            target: \"=365(天)\"\n"));
        return new SiteGenerator().check(site.request()).report().problems().stream().map(Problem::format).toList();
    }

    @Test
    void aRatePerThousandInWordsAgainstAPercentage() {
        assertEquals(List.of(FILE + ":18:3: warning: goals.annual（年度总体目标）: 目标写“投诉率低于千分之零点八”（即 0.08%），"
                + "指标“热线投诉率”的指标值却是“≤0.80(%)”，两处数字不一致 [goal-text]"),
                messages("投诉率低于千分之零点八，话后满意度达到 98%以上。"));
    }

    @Test
    void aPercentageAndACountWithItsUnit() {
        assertEquals(List.of(
                FILE + ":18:3: warning: goals.annual（年度总体目标）: 目标写“360 天正常运行”，"
                        + "指标“系统正常运行天数”的指标值却是“=365(天)”，两处数字不一致 [goal-text]",
                FILE + ":18:3: warning: goals.annual（年度总体目标）: 目标写“话后满意度达到 95%”，"
                        + "指标“话后满意度”的指标值却是“≥98(%)”，两处数字不一致 [goal-text]"),
                messages("保障热线全年 360 天正常运行，话后满意度达到 95%以上。"));
    }

    @Test
    void aDisagreementPrintedInTheFormIsAcknowledgedAndShownToReaders() {
        FixtureSite site = FixtureSite.in(dir).standard().file(FILE, FixtureSite.PROJECT_2024
                .replace("  annual: 保障热线全年正常运行。\n", "  annual: 话后满意度达到 95%以上。\n")
                + "acknowledged:\n  - check: goal-text\n    at: goals.annual\n    reason: 原表如此。\n");
        CheckReport report = new SiteGenerator().check(site.request()).report();
        assertEquals(List.of("note"), report.problems().stream().map(p -> p.severity().label()).toList());
        AcknowledgedDiscrepancy shown = report.discrepancies(FILE).get(0);
        assertEquals("年度总体目标", shown.field());
        assertEquals("目标写“话后满意度达到 95%”，指标“话后满意度”的指标值却是“≥98(%)”，两处数字不一致", shown.finding());
    }

    /** No cry of wolf: agreeing numbers, numbers no one indicator states, ranges, years, codes. */
    @ParameterizedTest
    @ValueSource(strings = {
            "保障 12333 热线平台全年 365 天正常运行，话后满意度达到 98%以上，投诉率低于千分之八。",
            "群众对服务的话后满意度不低于98%。",
            "热线投诉率、系统故障率均低于 0.80%。",
            "综合接通率达到 80%，咨询服务质量达到 96%以上。",
            "满意度达到 98%以上，系统故障率低于 5%。",
            "每个分中心引入1-2名志愿者，依据1998年的规定执行，开展2次测评。",
            "保障热线全年正常运行。"})
    void textsThatAgreeOrNameNoSingleIndicatorRaiseNothing(String goal) {
        assertEquals(List.of(), messages(goal));
    }

    @Test
    void chineseNumeralsAreRead() {
        assertEquals(new BigDecimal("0.8"), GoalClaims.numberOf("零点八").orElseThrow());
        assertEquals(new BigDecimal("98"), GoalClaims.numberOf("九十八").orElseThrow());
        assertEquals(new BigDecimal("15"), GoalClaims.numberOf("十五").orElseThrow());
        assertEquals(new BigDecimal("1"), GoalClaims.numberOf("一").orElseThrow());
        assertEquals(new BigDecimal("2.5"), GoalClaims.numberOf("二点五").orElseThrow());
        assertEquals(new BigDecimal("305"), GoalClaims.numberOf("三百零五").orElseThrow());
    }

    /**
     * On the bundled content the check finds exactly the two disagreements printed in the official
     * forms (both acknowledged, so notes); every other claim it compares agrees.
     * {@code BundledContentTest.hasNoErrorsOrWarnings} shows nothing else is left unacknowledged.
     */
    @Test
    void onTheBundledContentItFindsExactlyThePublishedDisagreements() {
        Path root = FixtureSite.repositoryRoot();
        List<String> found = new SiteGenerator().check(root.resolve("content"), root,
                org.opendisclosure.content.ContentLimits.DEFAULT).report().problems().stream()
                .filter(p -> p.code().equals("goal-text")).map(Problem::format).toList();
        assertEquals(List.of(
                "content/projects/2019/foreign-work-permit.yaml:55:3: note: goals.annual（年度绩效目标）: "
                        + "目标写“预算执行率达100%”，指标“预算执行率”的指标值却是“≥98%”，两处数字不一致 [goal-text]",
                "content/projects/2024/hotline-12333.yaml:20:3: note: goals.annual（年度总体目标）: "
                        + "目标写“投诉率低于千分之零点八”（即 0.08%），指标“热线投诉率”的指标值却是“≤0.80(%)”，两处数字不一致 [goal-text]"),
                found);
    }
}
