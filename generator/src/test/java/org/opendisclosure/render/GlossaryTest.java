package org.opendisclosure.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.opendisclosure.FixtureSite;

/** The terms a department's 名词解释 defines: read from its paragraphs, linked in its prose, gathered on one page. */
class GlossaryTest {

    @TempDir
    Path dir;

    @Test
    void aTermWithQuotationMarksIsAlsoFoundWithout() {
        assertEquals(List.of("“三公”经费", "三公经费"), Glossary.forms("“三公”经费"));
        assertEquals(List.of("机关运行经费"), Glossary.forms("机关运行经费"));
    }

    @Test
    void theBundledDepartmentsTermsAreLinkedInItsProseAndGatheredOnTheGlossaryPage() throws Exception {
        Path site = FixtureSite.renderBundled(dir.resolve("site"));
        Document glossary = Jsoup.parse(site.resolve("glossary.html").toFile(), "UTF-8");
        assertEquals(List.of("基本支出预算", "机关运行经费", "“三公”经费", "项目支出预算"),
                glossary.select("dl.glossary dt").eachText(), "all four terms of seed 001, in 拼音 order");
        assertEquals("出自：上海市人力资源和社会保障局 2019 年",
                glossary.selectFirst("#g-2019-shrss-4 .glossary-source").text());
        assertEquals("指行政单位和参照公务员法管理的事业单位使用一般公共预算财政拨款安排的基本支出中的日常公用经费支出。",
                glossary.selectFirst("#g-2019-shrss-4").ownText());

        Document department = Jsoup.parse(site.resolve("2019/departments/shrss.html").toFile(), "UTF-8");
        assertEquals(List.of("基本支出预算", "项目支出预算", "“三公”经费", "机关运行经费"),
                department.select("[aria-labelledby=section-glossary] dfn").eachText(), "each term's definition is its defining instance");
        assertEquals(List.of("“三公”经费", "机关运行经费"),
                department.select("[aria-labelledby=section-other] a.term").eachText(),
                "in 其他相关情况说明, the first occurrence of each term only");
        assertEquals("../../glossary.html#g-2019-shrss-3",
                department.selectFirst("[aria-labelledby=section-other] a.term").attr("href"));

        Document project = Jsoup.parse(site.resolve("2019/projects/skills-appraisal-commissioned-services.html").toFile(),
                "UTF-8");
        assertEquals(List.of("项目支出预算"), project.select("a.term").eachText(),
                "a project of the department links the term in its prose (立项依据 cites 项目支出预算管理办法)");
        assertEquals("../../glossary.html#g-2019-shrss-2", project.selectFirst("a.term").attr("href"));
        Document project2024 = Jsoup.parse(site.resolve("2024/projects/hotline-12333.html").toFile(), "UTF-8");
        assertEquals(List.of(), project2024.select("a.term").eachText(), "2024 has no department budget, so no glossary");
    }
}
