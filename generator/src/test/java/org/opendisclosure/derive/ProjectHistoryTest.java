package org.opendisclosure.derive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendisclosure.FixtureSite;
import org.opendisclosure.SiteGenerator;

/**
 * A project's history across years: the 2019 and 2024 forms' funding fields lined up where they mean the same
 * thing, and the indicators matched by name with what happened to each (新增, 取消, 调整, 未变).
 */
class ProjectHistoryTest {

    @TempDir
    Path dir;

    /** The fixture's 2019 project, published again in 2024 on the 2024 form under the same id. */
    private static final String HOTLINE_2019 = """
            id: hotline
            year: 2019
            form: "2019"
            name: 热线项目（2019）
            department: dept
            unit: unit-a
            nature: 经常性专项业务费
            purpose: 政府购买服务
            period:
              start: 2019-01
              end: 2019-12
            funding:
              project_total: 3,000,000
              annual_total: 3,000,000
              prior_year_budget: 2,500,000
            indicators:
              - level1: 产出目标
                groups:
                  - level2: 数量目标
                    items:
                      - name: 坐席人员数
                        target: "≥300(人)"
                      - name: 预算执行率
                        target: ">98%"
              - level1: 影响力目标
                groups:
                  - level2: 满意度目标
                    items:
                      - name: 话后满意度
                        target: "≥98.00%"
            """;

    private static String hotline2024() {
        return FixtureSite.PROJECT_2024.replace("id: p2024", "id: hotline");
    }

    private SiteModel model(FixtureSite site) {
        SiteGenerator.CheckedContent checked = new SiteGenerator().check(site.request());
        assertFalse(checked.report().hasErrors(), checked.report().problems().toString());
        return new SiteModel(checked.content(), checked.rollups());
    }

    private ProjectHistory history(FixtureSite site, int year) {
        SiteModel model = model(site);
        return model.history(model.project(year, "hotline")).orElseThrow();
    }

    @Test
    void aProjectOfOneYearHasNoHistory() {
        SiteModel model = model(FixtureSite.in(dir).standard());
        assertTrue(model.history(model.project(2024, "p2024")).isEmpty());
    }

    @Test
    void fundingLinesUpTheTwoFormsAndSaysWhichFieldEachYearLacks() {
        FixtureSite site = FixtureSite.in(dir).standard().file("content/projects/2019/hotline.yaml", HOTLINE_2019)
                .file("content/projects/2024/hotline.yaml", hotline2024());
        ProjectHistory history = history(site, 2024);
        List<String> lines = new ArrayList<>();
        for (ProjectHistory.FundingLine line : history.funding()) {
            lines.add(line.label() + ": " + line.cells().stream().map(c -> !c.inForm() ? "（表式无此栏）"
                    : c.field() + "=" + (c.amount() == null ? "未填" : c.amount().toPlainString())).toList());
        }
        assertEquals(List.of(
                "当年资金: [项目当年预算=3000000, 年度资金申请总额=73985000.40]",
                "项目资金总额: [项目总预算=3000000, 项目资金总额=未填]",
                "当年财政拨款: [（表式无此栏）, 其中：当年财政拨款=73985000.40]",
                "上年结转资金: [（表式无此栏）, 上年结转资金=0.00]",
                "其他资金: [（表式无此栏）, 其他资金=0]",
                "同名项目上年预算额: [同名项目上年预算额=2500000, （表式无此栏）]"), lines,
                "lines no year fills (财政资金 of 项目资金总额, 上年预算执行数) are left out");
        assertEquals(1, history.annualChanges().size());
        assertEquals("70985000.40", history.annualChanges().get(0).difference().toPlainString());
        assertEquals(2019, history.annualChanges().get(0).previousYear());
    }

    @Test
    void indicatorsAreMatchedByNameAndEachChangeIsNamed() {
        FixtureSite site = FixtureSite.in(dir).standard().file("content/projects/2019/hotline.yaml", HOTLINE_2019)
                .file("content/projects/2024/hotline.yaml", hotline2024());
        ProjectHistory history = history(site, 2019);
        assertEquals(List.of(
                "坐席人员数 ≥300(人) | ≥371(人) 调整",
                "预算执行率 >98% | — 取消",
                "话后满意度 ≥98.00% | ≥98(%) 未变",
                "系统/设备租赁数 — | ≥556(台) 新增",
                "系统故障解决时间 — | 及时 新增"),
                history.indicators().stream().map(ProjectHistoryTest::line).toList(),
                "the 2019 rows in their order, then those new in 2024; 98.00% and 98(%) are the same target");
        assertEquals(List.of(new ProjectHistory.StepCounts(2019, 2024, 2, 1, 1, 1)), history.stepCounts());
        assertEquals("产出目标／数量目标", history.indicators().get(0).entries().get(0).place());
    }

    @Test
    void bothPagesGetTheSameHistory() {
        FixtureSite site = FixtureSite.in(dir).standard().file("content/projects/2019/hotline.yaml", HOTLINE_2019)
                .file("content/projects/2024/hotline.yaml", hotline2024());
        assertEquals(history(site, 2019), history(site, 2024));
    }

    @Test
    void overThreeYearsEachStepIsComparedWithTheYearBeforeIt() {
        FixtureSite site = FixtureSite.in(dir).standard().file("content/projects/2019/hotline.yaml", HOTLINE_2019)
                .file("content/projects/2023/hotline.yaml", hotline2024().replace("year: 2024", "year: 2023")
                        .replace("2024-", "2023-").replace("\"≥371(人)\"", "\"≥350(人)\""))
                .file("content/projects/2024/hotline.yaml", hotline2024());
        ProjectHistory history = history(site, 2024);
        assertEquals(List.of(2019, 2023, 2024), history.years().stream().map(p -> p.year()).toList());
        assertEquals("坐席人员数 ≥300(人) | ≥350(人) | ≥371(人) 调整 调整", line(history.indicators().get(0)));
        assertEquals("预算执行率 >98% | — | — 取消", line(history.indicators().get(1)),
                "a row gone in 2023 is dropped once, not again in 2024");
        assertEquals(List.of(new ProjectHistory.StepCounts(2019, 2023, 2, 1, 1, 1),
                new ProjectHistory.StepCounts(2023, 2024, 0, 0, 1, 3)), history.stepCounts());
        assertEquals(List.of(2019, 2023), history.annualChanges().stream().map(YearOverYear::previousYear).toList());
    }

    private static String line(ProjectHistory.IndicatorLine line) {
        return line.name() + " " + String.join(" | ", line.entries().stream()
                .map(e -> e == null ? "—" : e.target().text()).toList()) + " "
                + String.join(" ", line.changes().stream().map(c -> c.kind().word()).toList());
    }
}
