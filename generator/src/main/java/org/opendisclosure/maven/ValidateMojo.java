package org.opendisclosure.maven;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.opendisclosure.SiteGenerator;
import org.opendisclosure.problem.Problem;
import org.opendisclosure.problem.ProblemFormat;
import org.opendisclosure.problem.ProblemSummary;

/**
 * Loads and checks all content without rendering anything, prints every problem, and fails on
 * errors: the goal to run on every pull request. With {@code -Ddisclosure.format=github} each
 * problem is printed as a GitHub Actions workflow command, so it appears on its line in the
 * pull request's diff.
 *
 * <p>Thread-safe: the engine keeps no state between or across runs.
 */
@Mojo(name = "validate", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true, requiresProject = false)
public class ValidateMojo extends ContentMojo {

    /**
     * How problems are printed: {@code plain} ({@code file:line:column: …}, through the Maven log)
     * or {@code github} (workflow commands on standard output, for GitHub Actions).
     */
    @Parameter(property = "disclosure.format", defaultValue = "plain")
    String format;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        Log log = getLog();
        if (skipped("validate")) {
            return;
        }
        ProblemFormat problemFormat;
        try {
            problemFormat = ProblemFormat.named(format);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
        List<Problem> problems = new SiteGenerator().check(contentDirectory.toPath(), messageBase(), limits())
                .problems();
        if (problemFormat == ProblemFormat.GITHUB) {
            // Workflow commands must start their line, so they bypass the log's "[ERROR] " prefix.
            PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
            problems.forEach(p -> out.println(problemFormat.format(p)));
            writeJobSummary(problems, log);
        } else {
            print(problems, log);
        }
        long errors = errors(problems);
        failOn(problems, "内容有 " + errors + " 个错误。Content has " + errors + " error(s).");
        long warnings = warnings(problems);
        long notes = problems.size() - warnings;
        log.info("内容检查通过：没有错误" + (warnings == 0 ? "" : "，" + warnings + " 个警告")
                + (notes == 0 ? "" : "，" + notes + " 条已说明的差异") + "。");
    }

    /** Appends the full list to the job's summary page when GitHub Actions provides one. */
    private static void writeJobSummary(List<Problem> problems, Log log) {
        String summary = System.getenv("GITHUB_STEP_SUMMARY");
        if (summary == null || summary.isBlank()) {
            return;
        }
        try {
            Files.writeString(Path.of(summary), ProblemSummary.markdown(problems), StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            log.warn("无法写入 GitHub 任务摘要 " + summary + "：" + e.getMessage());
        }
    }
}
