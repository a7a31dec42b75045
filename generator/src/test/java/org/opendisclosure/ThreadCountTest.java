package org.opendisclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SortedMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendisclosure.content.ContentLimits;

/**
 * One thread or many, the same bytes: a city-like site (the bundled content plus generated
 * projects in many departments and units, and a department budget) built on one thread and on
 * four gives equal trees, file for file; and a template error is reported for the same page.
 */
class ThreadCountTest {

    @TempDir
    Path dir;

    @Test
    void oneThreadAndFourBuildTheSameSite() throws IOException {
        Path content = GeneratedContent.city(600, dir.resolve("content"), 7);
        Path templates = FixtureSite.repositoryRoot().resolve("templates");
        GenerationRequest request = new GenerationRequest(content, templates, dir.resolve("one"), dir,
                ContentLimits.DEFAULT);
        GenerationResult one = new SiteGenerator().generate(request.withThreads(1));
        GenerationResult four = new SiteGenerator().generate(new GenerationRequest(content, templates,
                dir.resolve("four"), dir, ContentLimits.DEFAULT, 4));
        assertFalse(one.hasErrors(), FixtureSite.messages(one));
        assertEquals(one.pagesWritten(), four.pagesWritten());
        assertTrue(one.pagesWritten() > 600, one.pagesWritten() + " pages");
        SortedMap<String, String> single = SiteFiles.hashes(dir.resolve("one"));
        assertEquals(single, SiteFiles.hashes(dir.resolve("four")));
    }

    @Test
    void aTemplateErrorIsReportedForTheFirstFailingPageWhateverTheThreads() throws IOException {
        Path content = GeneratedContent.city(300, dir.resolve("content"), 11);
        Path templates = dir.resolve("templates");
        FixtureSite.copyOfTemplates(templates);
        Path unit = templates.resolve("unit.ftlh");
        Files.writeString(unit, Files.readString(unit).replace("${name}", "${nameThatIsNotThere}"));
        String single = FixtureSite.messages(new SiteGenerator().generate(new GenerationRequest(content, templates,
                dir.resolve("one"), dir, ContentLimits.DEFAULT, 1)));
        for (int run = 0; run < 3; run++) {
            assertEquals(single, FixtureSite.messages(new SiteGenerator().generate(new GenerationRequest(content,
                    templates, dir.resolve("four"), dir, ContentLimits.DEFAULT, 4))));
        }
        assertTrue(single.contains("unit.ftlh"), single);
    }
}
