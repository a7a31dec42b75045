package org.opendisclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The live site's pages open in a browser: written before the others, and said to be current only
 * when everything they load is. Whether the whole output then equals a full build is
 * {@link LiveSiteEquivalenceTest}'s part.
 */
class LiveSiteOpenPagesTest {

    private static final String PAGE = "2024/projects/p2024.html";
    private static final String UNIT_PAGE = "2024/units/unit-a.html";

    @TempDir
    Path dir;

    private FixtureSite site;
    private LiveSite live;

    @BeforeEach
    void firstBuild() throws IOException {
        site = FixtureSite.in(dir).standard().withOwnTemplates(); // a test may edit them
        live = new LiveSite(site.request());
        assertEquals(List.of(), live.updatePages(null).result().problems());
    }

    @Test
    void theOpenPageIsWrittenBeforeThePagesThatAreNotOpen() throws IOException {
        Path project = site.content().resolve("projects/2024/p2024.yaml");
        Files.writeString(project, Files.readString(project).replace("name: 热线项目", "name: 热线项目丁"));
        List<Set<String>> told = new ArrayList<>();
        LiveSite.Update update = live.updatePages(Set.of(project.toAbsolutePath()), Set.of(PAGE), current -> {
            told.add(current);
            assertTrue(output(PAGE).contains("热线项目丁"), "the open page is written when said to be current");
            assertFalse(output(UNIT_PAGE).contains("热线项目丁"), "the unit page, not open, is written after it");
        });
        assertEquals(List.of(Set.of(PAGE)), told);
        assertTrue(output(UNIT_PAGE).contains("热线项目丁"), "then the unit page");
        assertTrue(update.pagesRendered() > 1, "the open page and the others: " + update.pagesRendered());
    }

    @Test
    void anOpenPageIsNotSaidCurrentBeforeTheStyleSheetItLoads() throws IOException {
        Path css = site.templates().resolve("assets/site.css");
        String marker = "/* 样式已修改 */";
        Files.writeString(css, Files.readString(css) + marker + "\n");
        live.updatePages(Set.of(css.toAbsolutePath()), Set.of(PAGE),
                current -> assertTrue(output("assets/site.css").contains(marker),
                        "a page said to be current reloads with the new style sheet"));
        assertTrue(output("assets/site.css").contains(marker));
    }

    @Test
    void pagesTheSiteNoLongerHasAreNotSaidCurrent() throws IOException {
        List<Set<String>> told = new ArrayList<>();
        live.updatePages(Set.of(), Set.of(PAGE, "2024/projects/gone.html"), told::add);
        assertEquals(List.of(Set.of(PAGE)), told, "unchanged pages are current; a page that is not there is not");
    }

    @Test
    void contentTheModelCannotBeDerivedFromGivesTheChecksErrorsAndTheFixBringsThePageBack() throws IOException {
        // The model is derived beside the checks; a project in a department the site does not have
        // makes the derivation fail, and the checks say why.
        Path project = site.content().resolve("projects/2024/p2024.yaml");
        String original = Files.readString(project);
        String before = output(PAGE);
        Files.writeString(project, original.replace("department: dept", "department: no-such-dept"));
        List<Set<String>> told = new ArrayList<>();
        LiveSite.Update broken = live.updatePages(Set.of(project.toAbsolutePath()), Set.of(PAGE), told::add);
        assertTrue(broken.result().problems().stream().anyMatch(p -> p.severity() == org.opendisclosure.problem.Severity.ERROR
                && p.message().contains("no-such-dept")), broken.result().problems().toString());
        assertEquals(List.of(), told, "no page is said current while the content has errors");
        assertEquals(before, output(PAGE), "the output stays as it was");

        Files.writeString(project, original.replace("name: 热线项目", "name: 热线项目戊"));
        LiveSite.Update fixed = live.updatePages(Set.of(project.toAbsolutePath()), Set.of(PAGE), told::add);
        assertEquals(List.of(), fixed.result().problems());
        assertEquals(List.of(Set.of(PAGE)), told);
        assertTrue(output(PAGE).contains("热线项目戊"));
    }

    private String output(String page) {
        try {
            return Files.readString(site.output().resolve(page));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
