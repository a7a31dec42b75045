package org.opendisclosure.maven;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.opendisclosure.diff.ContentDiff;
import org.opendisclosure.diff.ContentDiffer;
import org.opendisclosure.diff.DiffMarkdown;
import org.opendisclosure.diff.DiffSide;
import org.opendisclosure.diff.DiffSides;
import org.opendisclosure.diff.DiffText;

/**
 * Says what a change does to the published content — amounts, totals, projects, indicators and
 * their promises, prose, and what the checks say — between two git revisions (read without a
 * checkout) or two directories. Prints plain text; with {@code disclosure.diff.output} also writes
 * Markdown for a pull-request comment, and appends it to the GitHub step summary when there is one.
 * Never fails on what the content says: {@code validate} does that.
 *
 * <pre>
 * ./mvnw disclosure:diff -Ddisclosure.diff.base=origin/main
 * ./mvnw disclosure:diff -Ddisclosure.diff.base=old/content -Ddisclosure.diff.head=new/content
 * </pre>
 */
@Mojo(name = "diff", threadSafe = true, requiresProject = false)
public class DiffMojo extends ContentMojo {

    /** The older side: a git revision ({@code origin/main}, a commit id, {@code HEAD~1}) or a content directory. */
    @Parameter(property = "disclosure.diff.base", required = true)
    String base;

    /**
     * The newer side: a git revision or a content directory; empty (the default) for the content
     * directory as it is on disk.
     */
    @Parameter(property = "disclosure.diff.head", defaultValue = "")
    String head;

    /** Where to write the Markdown report (for a pull-request comment); none by default. */
    @Parameter(property = "disclosure.diff.output")
    java.io.File output;

    /** Append the Markdown report to {@code $GITHUB_STEP_SUMMARY} when GitHub Actions provides one. */
    @Parameter(property = "disclosure.diff.stepSummary", defaultValue = "true")
    boolean stepSummary;

    @Override
    public void execute() throws MojoExecutionException {
        Log log = getLog();
        if (skipped("diff")) {
            return;
        }
        ContentDiff diff;
        try {
            DiffSides sides = new DiffSides(limits());
            DiffSide older = sides.side(contentDirectory.toPath(), messageBase(), base);
            DiffSide newer = sides.side(contentDirectory.toPath(), messageBase(), head);
            diff = new ContentDiffer().compare(older, newer);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        } catch (IOException e) {
            throw new MojoExecutionException("无法读取 git 仓库：" + e.getMessage(), e);
        }
        new DiffText().format(diff).lines().forEach(log::info);
        String markdown = new DiffMarkdown(DiffMarkdown.GITHUB_LIMIT).format(diff);
        if (output != null) {
            write(output.toPath(), markdown, false);
            log.info("变更摘要（Markdown）已写入 " + output);
        }
        String summary = System.getenv("GITHUB_STEP_SUMMARY");
        if (stepSummary && summary != null && !summary.isBlank()) {
            write(Path.of(summary), markdown, true);
        }
    }

    private static void write(Path file, String text, boolean append) throws MojoExecutionException {
        try {
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    append ? StandardOpenOption.APPEND : StandardOpenOption.TRUNCATE_EXISTING,
                    StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new MojoExecutionException("无法写入 " + file + "：" + e.getMessage(), e);
        }
    }
}
