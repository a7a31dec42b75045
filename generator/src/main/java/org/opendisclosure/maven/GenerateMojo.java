package org.opendisclosure.maven;

import java.io.File;
import java.nio.file.Path;

import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.opendisclosure.GenerationRequest;
import org.opendisclosure.GenerationResult;
import org.opendisclosure.SiteGenerator;
import org.opendisclosure.content.ContentLimits;
import org.opendisclosure.problem.Problem;

/**
 * Checks the content and renders it into a static site. Prints every problem as
 * {@code file:line:column: severity: key.path: message [code]}; any error fails the build and
 * leaves the previously generated site untouched.
 *
 * <p>Thread-safe: the engine keeps no state between or across runs.
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true, requiresProject = true)
public class GenerateMojo extends AbstractMojo {

    /** The content directory: {@code site.yaml}, {@code departments/}, {@code projects/}. */
    @Parameter(property = "disclosure.contentDirectory", defaultValue = "${project.basedir}/content", required = true)
    File contentDirectory;

    /** The FreeMarker templates ({@code .ftlh}) and their {@code assets/} directory. */
    @Parameter(property = "disclosure.templateDirectory", defaultValue = "${project.basedir}/templates",
            required = true)
    File templateDirectory;

    /** Where the site is written. Replaced as a whole, and only when the build succeeds. */
    @Parameter(property = "disclosure.outputDirectory", defaultValue = "${project.build.directory}/site",
            required = true)
    File outputDirectory;

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

    @Override
    public void execute() throws MojoFailureException {
        Log log = getLog();
        if (skip) {
            log.info("disclosure:generate skipped");
            return;
        }
        ContentLimits limits = new ContentLimits(maxFileBytes, ContentLimits.DEFAULT.maxDepth(),
                ContentLimits.DEFAULT.maxNodes());
        Path base = (messageBaseDirectory != null ? messageBaseDirectory : contentDirectory.getParentFile()).toPath();
        GenerationRequest request = new GenerationRequest(contentDirectory.toPath(), templateDirectory.toPath(),
                outputDirectory.toPath(), base, limits);
        GenerationResult result = new SiteGenerator().generate(request);
        ProblemLog.print(result.problems(), log);
        long warnings = result.problems().stream().filter(p -> p.severity().name().equals("WARNING")).count();
        if (result.hasErrors()) {
            throw new MojoFailureException("内容有 " + result.errorCount() + " 个错误，站点未生成（原有输出保持不变）。"
                    + "Content has " + result.errorCount() + " error(s); the site was not generated.");
        }
        if (failOnWarning && warnings > 0) {
            throw new MojoFailureException("内容有 " + warnings + " 个警告（failOnWarning）。");
        }
        log.info("已生成 " + result.pagesWritten() + " 个页面：" + outputDirectory);
    }

    /** Prints problems with the log level of their severity. */
    static final class ProblemLog {
        private ProblemLog() {
        }

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
}
