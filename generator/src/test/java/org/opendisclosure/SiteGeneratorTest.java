package org.opendisclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole run: a failed build leaves the previous site exactly as it was. */
class SiteGeneratorTest {

    @TempDir
    Path dir;

    @Test
    void contentErrorLeavesThePreviousSiteUntouched() throws Exception {
        FixtureSite site = FixtureSite.in(dir).standard();
        assertFalse(site.generate().hasErrors());
        String before = site.read("2024/projects/p2024.html");

        site.file("content/projects/2024/p2024.yaml", FixtureSite.PROJECT_2024.replace("其他资金", "")
                .replace("name: 热线项目", "name: 改过的名字").replace("other: 0", "other: 5"));
        GenerationResult failed = site.generate();
        assertTrue(failed.hasErrors());
        assertEquals(0, failed.pagesWritten());
        assertEquals(before, site.read("2024/projects/p2024.html"));
        assertEquals(List.of(), SiteFiles.workingEntries(site.output()));
    }

    @Test
    void templateErrorNamesTheTemplateLineAndLeavesTheSite() throws Exception {
        FixtureSite site = FixtureSite.in(dir).standard();
        Path templates = site.root().resolve("templates");
        FixtureSite.copyOfTemplates(templates);
        assertFalse(site.generate().hasErrors());
        String before = site.read("index.html");

        Files.writeString(templates.resolve("unit.ftlh"), "<p>ok</p>\n<p>${noSuchVariable}</p>\n");
        GenerationResult failed = site.generate();
        String messages = FixtureSite.messages(failed);
        assertTrue(messages.startsWith("templates/unit.ftlh:2:"), messages);
        assertTrue(messages.contains("[template]"), messages);
        assertEquals(before, site.read("index.html"));
    }

    @Test
    void allProblemsAreReportedAtOnce() {
        FixtureSite site = FixtureSite.in(dir).standard()
                .file("content/projects/2024/p2024.yaml", FixtureSite.PROJECT_2024.replace("other: 0", "other: x"))
                .file("content/projects/2019/p2019.yaml", FixtureSite.PROJECT_2019.replace("nature: 经常性专项业务费", "nature: 其它"));
        GenerationResult result = site.generate();
        assertEquals(2, result.errorCount(), FixtureSite.messages(result));
    }
}
