package org.opendisclosure.maven;

import java.io.File;
import java.nio.file.Path;
import java.util.List;

import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.Parameter;
import org.opendisclosure.content.ContentLimits;
import org.opendisclosure.problem.Problem;
import org.opendisclosure.problem.Severity;

/**
 * What every goal that reads content shares: where the content is, how files are named in
 * messages, the size limit, and how problems decide the build. Goals stay thin adapters over the
 * engine.
 */
abstract class ContentMojo extends AbstractMojo {

    /** The content directory: {@code site.yaml}, {@code departments/}, {@code projects/}, … */
    @Parameter(property = "disclosure.contentDirectory", defaultValue = "${basedir}/content", required = true)
    File contentDirectory;

    /**
     * File names in messages are shown relative to this directory. Defaults to the directory the
     * build was started in, so that editors see {@code content/projects/…} as in their checkout.
     */
    @Parameter(property = "disclosure.messageBaseDirectory", defaultValue = "${session.executionRootDirectory}")
    File messageBaseDirectory;

    /** Largest content file accepted, in bytes. */
    @Parameter(property = "disclosure.maxFileBytes", defaultValue = "2097152")
    long maxFileBytes;

    /** Treat warnings as errors. */
    @Parameter(property = "disclosure.failOnWarning", defaultValue = "false")
    boolean failOnWarning;

    /** Skip this goal. */
    @Parameter(property = "disclosure.skip", defaultValue = "false")
    boolean skip;

    /** Whether the goal is skipped ({@code disclosure.skip}); says so in the log when it is. */
    boolean skipped(String goal) {
        if (skip) {
            getLog().info("disclosure:" + goal + " skipped");
        }
        return skip;
    }

    ContentLimits limits() {
        return ContentLimits.DEFAULT.withMaxFileBytes(maxFileBytes);
    }

    Path messageBase() {
        return (messageBaseDirectory != null ? messageBaseDirectory : contentDirectory.getParentFile()).toPath();
    }

    /**
     * Fails the build on errors (with {@code errorSummary}) or, with {@code failOnWarning}, on warnings.
     */
    void failOn(List<Problem> problems, String errorSummary) throws MojoFailureException {
        if (problems.stream().anyMatch(Problem::isError)) {
            throw new MojoFailureException(errorSummary);
        }
        long warnings = warnings(problems);
        if (failOnWarning && warnings > 0) {
            throw new MojoFailureException("内容有 " + warnings + " 个警告（failOnWarning）。");
        }
    }

    static long warnings(List<Problem> problems) {
        return problems.stream().filter(p -> p.severity() == Severity.WARNING).count();
    }

    static long errors(List<Problem> problems) {
        return problems.stream().filter(Problem::isError).count();
    }

    /** Prints problems with the log level of their severity. */
    static void print(Iterable<Problem> problems, Log log) {
        for (Problem problem : problems) {
            switch (problem.severity()) {
                case ERROR -> log.error(problem.format());
                case WARNING -> log.warn(problem.format());
                case NOTE -> log.info(problem.format());
            }
        }
    }
}
