package org.opendisclosure.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendisclosure.FixtureSite;

/**
 * 公开完整性 as the bundled site shows it: the 2019 department's checklist says what seed 001 publishes and what it
 * does not (财政拨款收支预算总表 is in its contents but not in its text; the 政府性基金 table is printed empty; 5 of the
 * 126 projects that set targets have them on this site), the year page has a row per department, and 2024, without
 * rules or budgets, says why it is not checked.
 */
class CompletenessPageTest {

    @TempDir
    static Path dir;
    static Path site;

    @BeforeAll
    static void render() {
        site = FixtureSite.renderBundled(dir.resolve("site"));
    }

    private static Document page(String path) throws Exception {
        return Jsoup.parse(Files.readString(site.resolve(path)));
    }

    private static List<String> items(Element list) {
        return list.select("li").stream().map(Element::text).toList();
    }

    @Test
    void theBundled2019DepartmentSaysWhatSeed001PublishesAndWhatItDoesNot() throws Exception {
        Element section = page("2019/departments/shrss.html").selectFirst("section.completeness");
        assertEquals("应公开的 8 张部门预算表中已公布 8 张（其中 1 张本站未录入原表内容，1 张为空表）；其他 5 项内容中 4 项符合要求。",
                section.selectFirst("h2 + p").text());
        List<Element> lists = section.select("ul.checklist");
        assertEquals(List.of(
                "已公布 2019年部门财务收支预算总表",
                "已公布 2019年部门收入预算总表",
                "已公布 2019年部门支出预算总表",
                "已公布，未录入 2019年部门财政拨款收支预算总表 原文目录列有此表，但本站所依据的文本中没有其内容；本页的这张表由各科目行计算得出，未与原表核对。",
                "已公布 2019年部门一般公共预算支出功能分类预算表",
                "已公布（空表） 2019年部门政府性基金预算支出功能分类预算表 原文公布了此表，表中没有数字。",
                "已公布 2019年部门一般公共预算基本支出部门预算经济分类预算表",
                "已公布 2019年部门“三公”经费和机关运行经费预算表"), items(lists.get(0)));
        assertEquals(List.of(
                "符合 “三公”经费分项公开并说明 因公出国(境)费、公务接待费、公务用车购置费和运行费分项公布；其他相关情况说明中有说明。",
                "符合 机关运行经费 已公布预算数；其他相关情况说明中有说明。",
                "符合 政府采购 已公布预算数；其他相关情况说明中有说明。",
                "不符合 项目绩效目标 本站收录了 5 个项目的绩效目标，部门预算说明编报绩效目标的项目共 126 个，公开 5/126，占 3.97%；"
                        + "清单要求不低于 60%。本站只能核对已收录的申报表。",
                "符合 名词解释 已公布。"), items(lists.get(1)));
        Document page = page("2019/departments/shrss.html");
        for (Element link : section.select("a[href]")) {
            String fragment = link.attr("href").substring(link.attr("href").indexOf('#') + 1);
            assertTrue(page.getElementById(fragment) != null, "the checklist links to #" + fragment + " on the page");
        }
    }

    @Test
    void theYearPageHasARowPerDepartmentAndSaysWhyOneCannotBeChecked() throws Exception {
        Element table = page("2019/index.html").selectFirst("#completeness-table table");
        assertEquals("主管部门 部门预算表 “三公”经费分项公开并说明 机关运行经费 政府采购 项目绩效目标 名词解释",
                table.selectFirst("thead tr").text());
        assertEquals(List.of(
                "上海市人力资源和社会保障局 已公布 8/8，1 张未录入，1 张空表 符合 符合 符合 不符合（5/126，3.97%） 符合",
                "中共上海市委、上海市人民政府信访办公室 本站未收录本年度部门预算，无法核对"),
                table.select("tbody tr").stream().map(Element::text).toList());
        assertEquals("../2019/departments/shrss.html#completeness", table.selectFirst("tbody th a").attr("href"));
    }

    @Test
    void in2024WithoutRulesOrBudgetsTheSiteSaysItDoesNotCheck() throws Exception {
        String statement = "本站没有 2024 年的公开内容清单，不核对本年度的公开完整性；本站也未收录本年度的部门预算，只收录了项目绩效目标申报表。";
        assertEquals(statement, page("2024/index.html").selectFirst("#completeness + p").text());
        assertEquals(statement, page("2024/departments/shrss.html").selectFirst("section.completeness p").text());
    }
}
