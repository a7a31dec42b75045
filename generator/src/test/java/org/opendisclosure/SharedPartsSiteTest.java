package org.opendisclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendisclosure.content.ContentLimits;
import org.opendisclosure.derive.SiteModel;
import org.opendisclosure.render.Page;
import org.opendisclosure.render.PlannedPage;
import org.opendisclosure.render.SitePlan;
import org.opendisclosure.render.TableDownloads;
import org.opendisclosure.render.TemplateRenderer;

/**
 * A part that several pages share (a project's years side by side) is rendered once per build and
 * written on each of them: every such page of the bundled site is byte for byte what rendering it
 * alone, sharing nothing, gives.
 */
class SharedPartsSiteTest {

    @TempDir
    Path dir;

    @Test
    void everyPageWithASharedPartIsWhatRenderingItAloneGives() throws Exception {
        Path root = FixtureSite.repositoryRoot();
        Path site = dir.resolve("site");
        GenerationResult result = new SiteGenerator().generate(new GenerationRequest(root.resolve("content"),
                root.resolve("templates"), site, root, ContentLimits.DEFAULT));
        assertFalse(result.hasErrors(), FixtureSite.messages(result));

        SiteGenerator.CheckedContent checked = new SiteGenerator().check(root.resolve("content"), root,
                ContentLimits.DEFAULT);
        SiteModel model = new SiteModel(checked.content(), checked.rollups());
        List<PlannedPage> shared = new SitePlan(model, checked.report(), List.of()).pages().stream()
                .filter(p -> p.sharedPart() != null).toList();
        TemplateRenderer alone = new TemplateRenderer(root.resolve("templates"));

        assertEquals(4, shared.size(), "the bundled content's two projects published in 2019 and 2024");
        for (PlannedPage planned : shared) {
            Page page = planned.build();
            String html = alone.render(page, TableDownloads.of(page));
            assertEquals(html, Files.readString(site.resolve(planned.path()), StandardCharsets.UTF_8), planned.path());
        }
    }
}
