package org.opendisclosure.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendisclosure.FixtureSite;
import org.opendisclosure.SiteGenerator;
import org.opendisclosure.derive.IndicatorCategory;
import org.opendisclosure.derive.ProjectIndicators;
import org.opendisclosure.derive.SiteModel;
import org.opendisclosure.model.Indicator;
import org.opendisclosure.model.IndicatorTarget;
import org.opendisclosure.model.Project;

/**
 * The indicator browser's pages: where the site plan puts them, what a list page lists, and how a
 * large category is split into pages without splitting a project.
 */
class IndicatorPagesTest {

    @TempDir
    Path dir;

    private List<PlannedPage> plan() {
        SiteGenerator.CheckedContent checked = new SiteGenerator().check(FixtureSite.in(dir).standard().request());
        assertFalse(checked.report().hasErrors(), checked.report().problems().toString());
        return new SitePlan(new SiteModel(checked.content(), checked.rollups()), checked.report(), List.of()).pages();
    }

    @Test
    void theBrowserAfterTheSearchAndEachYearsListsAfterItsYearPage() {
        List<String> paths = plan().stream().map(PlannedPage::path).toList();
        assertEquals(List.of("index.html", "404.html", "search.html", "indicators.html", "2019/index.html",
                "2019/indicators/2d2cda15.html", "2019/departments/dept.html"), paths.subList(0, 7));
        assertEquals(List.of("2024/index.html", "2024/indicators/2fbb0d38.html", "2024/indicators/2d04e3bb.html",
                "2024/indicators/c34ed4f5.html"), paths.subList(paths.indexOf("2024/index.html"),
                        paths.indexOf("2024/index.html") + 4));
    }

    @Test
    void aListPageShowsEachIndicatorWithItsProjectTargetAndReading() {
        IndicatorListPage page = (IndicatorListPage) plan().stream()
                .filter(p -> p.path().equals("2024/indicators/2fbb0d38.html")).findFirst().orElseThrow().build();
        assertEquals("2024 年绩效指标：产出指标／数量指标", page.page().title());
        assertEquals("共 2 条", page.summary());
        assertEquals(List.of("首页 index.html", "2024 年 2024/index.html",
                "绩效指标 indicators.html?year=2024#indicators-2024"),
                page.page().breadcrumbs().stream().map(l -> l.label() + " " + l.href()).toList());
        assertEquals(List.of(List.of("热线项目", "坐席人员数", "≥371(人)", "不低于 371 人"),
                List.of("热线项目", "系统/设备租赁数", "≥556(台)", "不低于 556 台")), page.table().csvRows());
        assertEquals("2024/projects/p2024.html", page.table().projects().get(0).href());
        assertEquals("indicators.html?year=2024&l1=%E4%BA%A7%E5%87%BA%E6%8C%87%E6%A0%87"
                + "&l2=%E6%95%B0%E9%87%8F%E6%8C%87%E6%A0%87", page.filterHref());
        assertEquals("data/2024/indicators.csv", page.dataHref());
        assertEquals(List.of(), page.pages(), "one page, no pager");
        assertNull(page.next());
    }

    @Test
    void theBrowserPageIndexesEveryYearNewestFirst() {
        IndicatorsPage page = (IndicatorsPage) plan().stream().filter(p -> p.path().equals("indicators.html"))
                .findFirst().orElseThrow().build();
        assertEquals("5", page.count());
        assertEquals(List.of(2024, 2019), page.years().stream().map(IndicatorsPage.YearIndex::year).toList());
        assertEquals(List.of(List.of("产出指标／数量指标", "2", "1", "1"), List.of("产出指标／时效指标", "1", "1", "1"),
                List.of("满意度指标／服务对象满意度指标", "1", "1", "1")), page.years().get(0).table().csvRows());
        assertEquals(List.of(List.of("投入和管理目标", "1", "1", "1")), page.years().get(1).table().csvRows());
    }

    private static ProjectIndicators project(String id, int indicators) {
        List<Indicator> list = new ArrayList<>();
        for (int i = 0; i < indicators; i++) {
            list.add(new Indicator("指标" + i, IndicatorTarget.qualitative("好"), "indicators[0]"));
        }
        Project project = new Project(id, 2024, null, id, "dept", "unit", null, null, null, null, null, null,
                List.of(), null, null, List.of(), null, null, null, List.of(), List.of(), java.util.Map.of(), null);
        return new ProjectIndicators(project, list);
    }

    @Test
    void aLargeCategoryIsSplitIntoPagesBetweenProjects() {
        IndicatorCategory category = new IndicatorCategory("产出指标", "数量指标", "abcd1234",
                List.of(project("a", 3), project("b", 4), project("c", 2), project("d", 5), project("e", 1)), 15);
        IndicatorParts parts = IndicatorParts.of(category, 6);
        assertEquals(List.of("1: 1–7 [a, b]", "2: 8–14 [c, d]", "3: 15–15 [e]"), parts.parts().stream()
                .map(p -> p.number() + ": " + p.first() + "–" + p.last() + " "
                        + p.projects().stream().map(x -> x.project().id()).toList()).toList());
        assertEquals(1, IndicatorParts.of(category).parts().size());
    }
}
