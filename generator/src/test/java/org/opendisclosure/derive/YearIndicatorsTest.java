package org.opendisclosure.derive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendisclosure.FixtureSite;
import org.opendisclosure.SiteGenerator;

/**
 * A year's indicators grouped by 一级/二级指标: categories in the order the year's projects (largest
 * first) bring them, projects in the year's order, a category that a project's form repeats (a
 * page break) counted once for the project, and keys that depend on the names only.
 */
class YearIndicatorsTest {

    @TempDir
    Path dir;

    /** A smaller 2024 project whose form repeats 满意度指标 after a page break and adds a category. */
    private static final String SMALL_2024 = """
            id: small
            year: 2024
            form: "2024"
            name: 小项目
            department: dept
            unit: unit-a
            nature: 经常性专项业务费
            category: 特定目标类
            period:
              start: 2024-01-01
              end: 2024-12-31
            funding:
              annual_total: 100.00
              appropriation: 100.00
              carried_over: 0.00
              other: 0
            goals:
              annual: 小目标。
            indicators:
              - level1: 满意度指标
                groups:
                  - level2: 服务对象满意度指标
                    items:
                      - name: 满意度甲
                        target: "≥90%"
              - level1: 成本指标
                groups:
                  - level2: 经济成本指标
                    items:
                      - name: 单价
                        target: "≤5元"
              - level1: 满意度指标
                groups:
                  - level2: 服务对象满意度指标
                    items:
                      - name: 满意度乙
                        target: 较高
            """;

    private SiteModel site() {
        FixtureSite fixture = FixtureSite.in(dir).standard().file("content/projects/2024/small.yaml", SMALL_2024);
        SiteGenerator.CheckedContent checked = new SiteGenerator().check(fixture.request());
        assertFalse(checked.report().hasErrors(), checked.report().problems().toString());
        return new SiteModel(checked.content(), checked.rollups());
    }

    private static String line(IndicatorCategory c) {
        return c.level1() + "/" + c.level2() + " " + c.count() + ": " + c.projects().stream()
                .map(p -> p.project().id() + p.indicators().stream().map(i -> i.name()).toList()).toList();
    }

    @Test
    void categoriesInTheOrderTheYearsProjectsBringThemEachProjectOnce() {
        YearIndicators indicators = site().year(2024).indicators();
        assertEquals(List.of(
                "产出指标/数量指标 2: [p2024[坐席人员数, 系统/设备租赁数]]",
                "产出指标/时效指标 1: [p2024[系统故障解决时间]]",
                "满意度指标/服务对象满意度指标 3: [p2024[话后满意度], small[满意度甲, 满意度乙]]",
                "成本指标/经济成本指标 1: [small[单价]]"), indicators.categories().stream().map(YearIndicatorsTest::line)
                        .toList());
        assertEquals(7, indicators.count());
    }

    @Test
    void aTwoLevelFormHasNoSecondLevel() {
        YearIndicators indicators = site().year(2019).indicators();
        assertEquals(List.of("投入和管理目标/null 1: [p2019[预算执行率]]"),
                indicators.categories().stream().map(YearIndicatorsTest::line).toList());
    }

    @Test
    void keysDependOnTheNamesOnlySoAddressesStayAsContentGrows() {
        IndicatorCategory satisfaction = site().year(2024).indicators().categories().get(2);
        // The first 8 hex digits of SHA-256("满意度指标\u0001服务对象满意度指标"): the bundled site's page too.
        assertEquals("c34ed4f5", satisfaction.key());
        assertEquals(satisfaction, site().year(2024).indicators().category("c34ed4f5"));
        assertEquals(IndicatorCategory.keyOf("投入和管理目标", null),
                site().year(2019).indicators().categories().get(0).key());
        assertFalse(IndicatorCategory.keyOf("a", null).equals(IndicatorCategory.keyOf("a", "")),
                "a blank level is not an empty name");
    }
}
