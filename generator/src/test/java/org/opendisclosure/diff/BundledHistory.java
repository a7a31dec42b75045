package org.opendisclosure.diff;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.opendisclosure.FixtureSite;
import org.opendisclosure.GenerationRequest;
import org.opendisclosure.GenerationResult;
import org.opendisclosure.SiteGenerator;
import org.opendisclosure.content.ContentLimits;

/**
 * The bundled site with a change log, the same on every run and in a shallow CI clone, whatever
 * this repository's own history: the bundled content is committed to a repository of its own, in
 * two revisions with fixed dates (everything but one project, then that project), so that every
 * page has its 更新于 line and the change-log page exists. For the browser tests and the W3C Nu
 * checker.
 */
public final class BundledHistory {

    /** The project the second revision adds. */
    public static final String ADDED_PROJECT = "content/projects/2019/social-insurance-services.yaml";

    private BundledHistory() {
    }

    /** Builds the repository under {@code work} and renders it into {@code work/site}; returns the site. */
    public static Path render(Path work) {
        Path site = work.resolve("site");
        Path root = FixtureSite.repositoryRoot();
        Path repository = work.resolve("repository");
        try (GitFixture git = GitFixture.init(repository)) {
            FixtureSite.copyTree(root.resolve("content"), repository.resolve("content"));
            Path added = repository.resolve(ADDED_PROJECT);
            byte[] project = Files.readAllBytes(added);
            Files.delete(added);
            git.commit("发布 2019 年和 2024 年的预算和项目");
            git.site().bytes(ADDED_PROJECT, project);
            git.commit("补充社会保险经办服务项目");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        GenerationResult result = new SiteGenerator().generate(new GenerationRequest(repository.resolve("content"),
                root.resolve("templates"), site, repository, ContentLimits.DEFAULT).withChangeLog(true));
        if (result.hasErrors()) {
            throw new AssertionError("the bundled content has errors:\n" + FixtureSite.messages(result));
        }
        return site;
    }
}
