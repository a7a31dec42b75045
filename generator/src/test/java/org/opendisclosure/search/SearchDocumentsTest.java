package org.opendisclosure.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendisclosure.FixtureSite;
import org.opendisclosure.SiteGenerator;
import org.opendisclosure.derive.SiteModel;
import org.opendisclosure.render.PlannedPage;
import org.opendisclosure.render.SitePlan;

/**
 * What the search can find in a fixture site, in the order results are shown: by kind, newest
 * year first; each with the link of its page, and no link where the site has no page.
 */
class SearchDocumentsTest {

    @TempDir
    Path dir;

    private static List<SearchDocument> documents(FixtureSite site) {
        SiteGenerator.CheckedContent checked = new SiteGenerator().check(site.request());
        assertFalse(checked.report().hasErrors(), checked.report().problems().toString());
        SiteModel model = new SiteModel(checked.content(), checked.rollups());
        List<String> pages = new SitePlan(model, checked.report(), List.of()).pages().stream().map(PlannedPage::path)
                .toList();
        return SearchDocuments.of(model, pages);
    }

    private static String line(SearchDocument d) {
        return d.kind().heading() + " " + d.year() + " " + d.title() + " → " + d.href() + " " + d.fields();
    }

    @Test
    void everyProjectIndicatorListDepartmentUnitAndFunctionalCodeOfEveryYear() {
        List<String> lines = documents(FixtureSite.in(dir).withBudget()).stream().map(SearchDocumentsTest::line).toList();
        assertEquals(List.of(
                "项目 2024 热线项目 → 2024/projects/p2024.html [测试中心, 测试局, , 保障热线全年正常运行。]",
                "项目 2019 培训项目 → 2019/projects/p2019.html [测试局本部, 测试局, , ]",
                "指标 2024 热线项目 → 2024/projects/p2024.html#indicators [坐席人员数：≥371(人), 系统/设备租赁数：≥556(台), "
                        + "系统故障解决时间：及时, 话后满意度：≥98(%)]",
                "指标 2019 培训项目 → 2019/projects/p2019.html#indicators [预算执行率：>98%]",
                "部门 2024 测试局 → 2024/departments/dept.html []",
                "部门 2019 测试局 → 2019/departments/dept.html []",
                "单位 2024 测试中心 → 2024/units/unit-a.html [测试局]",
                "单位 2019 测试局本部 → 2019/units/unit-b.html [测试局]",
                "功能分类 2019 201 一般公共服务支出 → 2019/functions/201.html []",
                "功能分类 2019 20110 人力资源事务 → 2019/functions/20110.html [201 一般公共服务支出]",
                "功能分类 2019 2011001 行政运行 → 2019/functions/2011001.html [201 一般公共服务支出 › 20110 人力资源事务]",
                "功能分类 2019 2011050 事业运行 → 2019/functions/2011050.html [201 一般公共服务支出 › 20110 人力资源事务]",
                "功能分类 2019 208 社会保障和就业支出 → 2019/functions/208.html []",
                "功能分类 2019 20801 人力资源和社会保障管理事务 → 2019/functions/20801.html [208 社会保障和就业支出]",
                "功能分类 2019 2080101 行政运行 → 2019/functions/2080101.html "
                        + "[208 社会保障和就业支出 › 20801 人力资源和社会保障管理事务]"), lines);
    }

    /** A code a project carries counts, with its 类 and 款, even in a year without department budgets. */
    @Test
    void aProjectsFunctionalCodeIsFoundInItsYear() {
        FixtureSite site = FixtureSite.in(dir).standard()
                .file("content/catalogues/2024.yaml", FixtureSite.CATALOGUE.replace("year: 2019", "year: 2024"))
                .file("content/projects/2024/p2024.yaml", FixtureSite.PROJECT_2024 + "functional_code: \"2080101\"\n");
        List<String> functions = documents(site).stream().filter(d -> d.kind() == SearchKind.FUNCTION)
                .map(SearchDocumentsTest::line).toList();
        assertEquals(List.of("功能分类 2024 208 社会保障和就业支出 → 2024/functions/208.html []",
                "功能分类 2024 20801 人力资源和社会保障管理事务 → 2024/functions/20801.html [208 社会保障和就业支出]",
                "功能分类 2024 2080101 行政运行 → 2024/functions/2080101.html [208 社会保障和就业支出 › 20801 人力资源和社会保障管理事务]"),
                functions);
    }

    @Test
    void aDocumentWhosePageTheSiteDoesNotHaveHasNoLink() {
        SiteGenerator.CheckedContent checked = new SiteGenerator().check(FixtureSite.in(dir).withBudget().request());
        SiteModel model = new SiteModel(checked.content(), checked.rollups());
        List<SearchDocument> documents = SearchDocuments.of(model, List.of("2024/projects/p2024.html"));
        assertEquals(List.of("2024/projects/p2024.html", "2024/projects/p2024.html#indicators"),
                documents.stream().map(SearchDocument::href).filter(Objects::nonNull).toList());
        assertEquals(15, documents.size());
    }

    @Test
    void theIndicatorLinkLeadsToTheIndicatorsHeadingOfTheProjectPage() {
        FixtureSite site = FixtureSite.in(dir).standard().rendered();
        String page = site.read("2024/projects/p2024.html");
        assertEquals(true, page.contains("id=\"" + SearchDocuments.INDICATORS_FRAGMENT.substring(1) + "\">绩效指标</h3>"),
                "project.ftlh gives the indicators' heading the id the search links to");
    }
}
