package org.opendisclosure;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendisclosure.content.ContentLimits;
import org.opendisclosure.model.Funding;
import org.opendisclosure.model.Indicator;
import org.opendisclosure.model.IndicatorGroup;
import org.opendisclosure.model.IndicatorSubgroup;
import org.opendisclosure.model.MoneyFormat;
import org.opendisclosure.model.Project;
import org.opendisclosure.model.SubProject;

/** The real seed content in {@code content/}: it builds, and the site shows every published figure. */
class BundledContentTest {

    @TempDir
    static Path dir;

    private static Path site;
    private static SiteGenerator.CheckedContent checked;

    private static GenerationRequest request(Path output) {
        Path root = FixtureSite.repositoryRoot();
        return new GenerationRequest(root.resolve("content"), root.resolve("templates"), output, root,
                ContentLimits.DEFAULT);
    }

    @BeforeAll
    static void build() {
        site = dir.resolve("first/site");
        GenerationResult result = new SiteGenerator().generate(request(site));
        assertFalse(result.hasErrors(), FixtureSite.messages(result));
        checked = new SiteGenerator().check(request(site));
    }

    @Test
    void hasNoErrorsOrWarnings() {
        assertEquals(List.of(), checked.report().problems().stream()
                .filter(p -> !p.severity().label().equals("note")).map(p -> p.format()).toList());
    }

    @Test
    void all21SeedProjectsAreReachableFromTheHomePage() throws IOException {
        Set<String> reached = crawl();
        Set<String> projectPages = new TreeSet<>();
        for (String page : reached) {
            if (page.matches("\\d{4}/projects/.+\\.html")) {
                projectPages.add(page);
            }
        }
        assertEquals(21, checked.content().projects().size());
        Set<String> expected = new TreeSet<>();
        checked.content().projects().forEach(p -> expected.add(p.year() + "/projects/" + p.id() + ".html"));
        assertEquals(expected, projectPages);
    }

    @Test
    void everyIndicatorOfEveryProjectIsShownWithItsTarget() throws IOException {
        for (Project project : checked.content().projects()) {
            Document page = page(project);
            List<String> shown = new ArrayList<>();
            for (Element row : page.select("table.indicators tbody tr")) {
                // The indicator's name heads its row; its target is the first data cell.
                shown.add(row.select("th").last().text() + " | " + row.selectFirst("td.target").wholeText());
            }
            List<String> expected = new ArrayList<>();
            for (IndicatorGroup group : project.indicators()) {
                for (IndicatorSubgroup subgroup : group.subgroups()) {
                    if (subgroup.indicators().isEmpty()) {
                        expected.add(" | ");
                    }
                    for (Indicator indicator : subgroup.indicators()) {
                        expected.add((indicator.name() == null ? "" : indicator.name().strip()) + " | "
                                + indicator.target().text());
                    }
                }
            }
            assertEquals(expected, shown, project.file());
        }
    }

    @Test
    void everyPublishedAmountIsShownExactly() throws IOException {
        for (Project project : checked.content().projects()) {
            String text = page(project).select("main").text();
            Funding f = project.funding();
            for (BigDecimal amount : Stream.of(f.projectTotal(), f.annualTotal(), f.appropriation(), f.carriedOver(),
                    f.other(), f.priorYearBudget(), f.priorYearExecution()).filter(a -> a != null).toList()) {
                assertTrue(text.contains(MoneyFormat.yuan(amount)), project.file() + " shows " + amount);
            }
            for (SubProject sub : project.subprojects()) {
                assertTrue(text.contains(MoneyFormat.yuan(sub.amount())), project.file() + " shows " + sub);
            }
        }
        Document hotline = Jsoup.parse(site.resolve("2024/projects/hotline-12333.html").toFile(), "UTF-8");
        assertTrue(hotline.text().contains("73,985,000.40"));
    }

    @Test
    void theHotlineLinksItsTwoYears() throws IOException {
        Document y2019 = Jsoup.parse(site.resolve("2019/projects/hotline-12333.html").toFile(), "UTF-8");
        assertEquals("../../2024/projects/hotline-12333.html", y2019.selectFirst("#other-years ~ ul a").attr("href"));
    }

    @Test
    void twoBuildsAreByteIdentical() throws IOException {
        Path second = dir.resolve("second/site");
        assertFalse(new SiteGenerator().generate(request(second)).hasErrors());
        List<Path> firstFiles = files(site);
        List<Path> secondFiles = files(second);
        assertEquals(firstFiles.stream().map(p -> site.relativize(p).toString()).toList(),
                secondFiles.stream().map(p -> second.relativize(p).toString()).toList());
        for (Path file : firstFiles) {
            assertArrayEquals(Files.readAllBytes(file), Files.readAllBytes(second.resolve(site.relativize(file))),
                    site.relativize(file).toString());
        }
    }

    @Test
    void everyPageHasUniqueIdsAndEveryTableACaptionNamingItsScrollingRegion() throws IOException {
        for (Path file : files(site)) {
            if (!file.toString().endsWith(".html")) {
                continue;
            }
            String where = site.relativize(file).toString();
            Document page = Jsoup.parse(file.toFile(), "UTF-8");
            List<String> ids = page.select("[id]").eachAttr("id");
            assertEquals(new TreeSet<>(ids).size(), ids.size(), where + ": duplicate ids");
            for (Element table : page.select("table")) {
                Element caption = table.selectFirst("caption");
                assertTrue(caption != null && !caption.text().isBlank(), where + ": a table without caption");
                Element region = table.parent();
                assertEquals(caption.id(), region.attr("aria-labelledby"), where + ": " + caption.text());
                assertEquals("0", region.attr("tabindex"), where + ": " + caption.text());
            }
        }
    }

    @Test
    void everyCellOfATableWithSeveralHeadingRowsNamesHeadingsOfItsOwnTable() throws IOException {
        int checked = 0;
        for (Path file : files(site)) {
            if (!file.toString().endsWith(".html")) {
                continue;
            }
            String where = site.relativize(file).toString();
            for (Element table : Jsoup.parse(file.toFile(), "UTF-8").select("table")) {
                if (table.select("thead tr").size() < 2) {
                    continue;
                }
                for (Element cell : table.select("tbody td, tfoot td")) {
                    if (cell.text().isEmpty()) {
                        continue;
                    }
                    List<String> ids = List.of(cell.attr("headers").split(" "));
                    assertFalse(cell.attr("headers").isEmpty(), where + ": " + cell.outerHtml());
                    for (String id : ids) {
                        Element heading = table.selectFirst("th[id=" + id + "]");
                        assertTrue(heading != null, where + ": " + cell.outerHtml() + " names " + id);
                    }
                    checked++;
                }
            }
        }
        assertTrue(checked > 1000, "cells checked: " + checked);
    }

    private static Document page(Project project) throws IOException {
        return Jsoup.parse(site.resolve(project.year() + "/projects/" + project.id() + ".html").toFile(), "UTF-8");
    }

    private static List<Path> files(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        }
    }

    /** Follows relative links from index.html; returns every page reached, relative to the site root. */
    private static Set<String> crawl() throws IOException {
        Set<String> seen = new TreeSet<>();
        Deque<Path> queue = new ArrayDeque<>(List.of(site.resolve("index.html")));
        while (!queue.isEmpty()) {
            Path page = queue.pop().normalize();
            String relative = site.relativize(page).toString().replace('\\', '/');
            if (!seen.add(relative)) {
                continue;
            }
            assertTrue(Files.isRegularFile(page), "broken link to " + relative);
            Document document = Jsoup.parse(page.toFile(), "UTF-8");
            for (String href : document.select("a[href]").eachAttr("href")) {
                if (href.startsWith("#") || href.contains("://")) {
                    continue;
                }
                String target = href.contains("#") ? href.substring(0, href.indexOf('#')) : href;
                if (target.endsWith(".html")) {
                    queue.add(page.getParent().resolve(target));
                }
            }
        }
        return seen;
    }
}
