package org.opendisclosure.maven;

import java.io.File;

import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.opendisclosure.CacheSettings;
import org.opendisclosure.GenerationResult;
import org.opendisclosure.SiteGenerator;
import org.opendisclosure.metrics.SummaryTable;

/**
 * Checks the content and renders it into a static site. Prints every problem as
 * {@code file:line:column: severity: key.path: message [code]}; any error fails the build and
 * leaves the previously generated site untouched.
 *
 * <p>Thread-safe: the engine keeps no state between or across runs.
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true, requiresProject = true)
public class GenerateMojo extends RenderingMojo {

    /** Where the site is written. Replaced as a whole, and only when the build succeeds. */
    @Parameter(property = "disclosure.outputDirectory", defaultValue = "${project.build.directory}/site",
            required = true)
    File outputDirectory;

    /**
     * Whether to keep a build cache, so that a build after a small change renders only the pages
     * whose inputs changed and writes only the files whose bytes changed. The site is the same,
     * byte for byte, with it or without it; {@code -Ddisclosure.cache=false} builds everything.
     */
    @Parameter(property = "disclosure.cache", defaultValue = "true")
    boolean cache;

    /**
     * Where the build cache is kept. A cache of another plugin version or of other settings is
     * ignored; {@code mvn clean} removes it.
     */
    @Parameter(property = "disclosure.cacheDirectory", defaultValue = "${project.build.directory}/disclosure-cache",
            required = true)
    File cacheDirectory;

    @Override
    public void execute() throws MojoFailureException {
        Log log = getLog();
        if (skipped("generate")) {
            return;
        }
        GenerationResult result = new SiteGenerator().generate(request(outputDirectory)
                .withCache(cache ? CacheSettings.under(cacheDirectory.toPath()) : null), log::info);
        print(result.problems(), log);
        SummaryTable.lines(result.summary()).forEach(log::info);
        failOn(result.problems(), "内容有 " + result.errorCount() + " 个错误，站点未生成（原有输出保持不变）。"
                + "Content has " + result.errorCount() + " error(s); the site was not generated.");
        log.info("已生成 " + result.pagesWritten() + " 个页面：" + outputDirectory);
    }
}
