package org.opendisclosure.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendisclosure.FixtureSite;

/**
 * Where the year before was published too, pages say how the figure changed: the year's budget
 * total, a department's, a functional code's, and a project's annual amount. Where it was not,
 * they say nothing about it.
 */
class YearOverYearTest {

    @TempDir
    Path dir;

    /** The 2019 budget, and a 2018 one of the same department with 3,000 元 in place of 3,500. */
    private FixtureSite twoBudgetYears() {
        return FixtureSite.in(dir).withBudget()
                .file("content/catalogues/2018.yaml", FixtureSite.CATALOGUE.replace("year: 2019", "year: 2018"))
                .file("content/budgets/2018/dept.yaml", FixtureSite.BUDGET
                        .replace("year: 2019", "year: 2018").replace("测试局2019年", "测试局2018年")
                        .replace("""
                                  - code: "2080101"
                                    general_budget: 2,000
                                    basic: 1,500
                                    project: 500
                                """, """
                                  - code: "2080101"
                                    general_budget: 1,500
                                    basic: 1,500
                                """)
                        .replace("total: 3,500", "total: 3,000").replace("project: 800", "project: 300"))
                .rendered();
    }

    @Test
    void theDepartmentPageComparesItsTotalWithTheYearBefore() {
        Document page = Jsoup.parse(twoBudgetYears().read("2019/departments/dept.html"));
        Element change = page.select(".facts dt:contains(比上年) + dd a").first();
        assertEquals("比 2018 年（3,000 元）增加 500 元，增长 16.67%", change.text());
        assertEquals("../../2018/departments/dept.html", change.attr("href"));
        Document first = Jsoup.parse(twoBudgetYears().read("2018/departments/dept.html"));
        assertTrue(first.select(".facts dt:contains(比上年)").isEmpty(), "2017 was not published");
    }

    @Test
    void theYearAndFunctionalCodePagesCompareWithTheYearBefore() {
        FixtureSite site = twoBudgetYears();
        assertTrue(Jsoup.parse(site.read("2019/index.html")).selectFirst("p.lead").text()
                .contains("支出合计 3,500 元，比 2018 年（3,000 元）增加 500 元，增长 16.67%"));
        assertTrue(Jsoup.parse(site.read("2019/functions/2080101.html")).selectFirst("p.lead").text()
                .endsWith("比 2018 年（1,500 元）增加 500 元，增长 33.33%。"));
        assertTrue(Jsoup.parse(site.read("2019/functions/2011001.html")).selectFirst("p.lead").text()
                .endsWith("与 2018 年持平（1,000 元）。"));
        assertFalse(Jsoup.parse(site.read("2018/index.html")).selectFirst("p.lead").text().contains("比 2017"));
    }

    @Test
    void aProjectComparesItsAnnualAmountWithTheSameProjectTheYearBefore() {
        FixtureSite site = FixtureSite.in(dir).standard()
                .file("content/projects/2023/p2024.yaml", FixtureSite.PROJECT_2024
                        .replace("year: 2024", "year: 2023").replace("2024-", "2023-")
                        .replace("73,985,000.40", "80,000,000.00").replace("73985000.40", "80000000.00"))
                .rendered();
        Document page = Jsoup.parse(site.read("2024/projects/p2024.html"));
        Element row = page.select("#funding-table tbody tr:has(th:contains(较 2023 年本项目增减))").first();
        assertEquals("-6,014,999.60", row.child(1).text());
        assertEquals("计算值：比 2023 年（80,000,000.00 元）减少 6,014,999.60 元，下降 7.52%", row.child(2).text());
        assertTrue(Jsoup.parse(site.read("2023/projects/p2024.html")).select("#funding-table th:contains(本项目增减)")
                .isEmpty());
    }
}
