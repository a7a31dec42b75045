package org.opendisclosure.maven;

import java.io.File;

import org.apache.maven.plugins.annotations.Parameter;
import org.opendisclosure.GenerationRequest;

/** What the goals that render pages share beyond the content: the templates, and the request. */
abstract class RenderingMojo extends ContentMojo {

    /** The FreeMarker templates ({@code .ftlh}) and their {@code assets/} directory. */
    @Parameter(property = "disclosure.templateDirectory", defaultValue = "${project.basedir}/templates",
            required = true)
    File templateDirectory;

    /**
     * How many threads load, check, render and write; 0 (the default) uses every processor. The site is
     * the same, byte for byte, whatever the number.
     */
    @Parameter(property = "disclosure.threads", defaultValue = "0")
    int threads;

    /**
     * Whether the site gets a change log (更新记录) and 更新于 lines from the content's git history.
     * Outside a git repository, or in a shallow clone, the site is built without them and the log
     * says so.
     */
    @Parameter(property = "disclosure.changeLog", defaultValue = "true")
    boolean changeLog;

    GenerationRequest request(File outputDirectory) {
        return new GenerationRequest(contentDirectory.toPath(), templateDirectory.toPath(), outputDirectory.toPath(),
                messageBase(), limits(), threads > 0 ? threads : Runtime.getRuntime().availableProcessors(),
                changeLog);
    }
}
