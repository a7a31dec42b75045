package org.opendisclosure;

import java.nio.file.Path;
import java.util.Objects;

import org.opendisclosure.content.ContentLimits;

/**
 * What to generate: content and templates in, a site out.
 *
 * @param contentDirectory  the {@code content/} directory (YAML)
 * @param templateDirectory the {@code templates/} directory ({@code .ftlh} and {@code assets/})
 * @param outputDirectory   where the site goes; replaced only when the whole build succeeded
 * @param displayBase       file names in messages are shown relative to this directory
 * @param limits            bounds on each content file
 * @param threads           how many threads load, check, render and write; the output is the same for any number
 * @param changeLog         whether to read the content's git history for the change log (更新记录) and
 *                          the 更新于 lines; the site is then the same for the same repository state
 * @param cache             the build cache, with which a build after a small change renders and writes
 *                          only what changed; null for none. The site is the same with it or without it
 */
public record GenerationRequest(Path contentDirectory, Path templateDirectory, Path outputDirectory,
        Path displayBase, ContentLimits limits, int threads, boolean changeLog, CacheSettings cache) {

    /** A request without a build cache. */
    public GenerationRequest(Path contentDirectory, Path templateDirectory, Path outputDirectory, Path displayBase,
            ContentLimits limits, int threads, boolean changeLog) {
        this(contentDirectory, templateDirectory, outputDirectory, displayBase, limits, threads, changeLog, null);
    }

    /** A request without the change log. */
    public GenerationRequest(Path contentDirectory, Path templateDirectory, Path outputDirectory, Path displayBase,
            ContentLimits limits, int threads) {
        this(contentDirectory, templateDirectory, outputDirectory, displayBase, limits, threads, false);
    }

    /** A request that uses every processor. */
    public GenerationRequest(Path contentDirectory, Path templateDirectory, Path outputDirectory, Path displayBase,
            ContentLimits limits) {
        this(contentDirectory, templateDirectory, outputDirectory, displayBase, limits,
                Runtime.getRuntime().availableProcessors());
    }

    public GenerationRequest {
        Objects.requireNonNull(contentDirectory, "contentDirectory");
        Objects.requireNonNull(templateDirectory, "templateDirectory");
        Objects.requireNonNull(outputDirectory, "outputDirectory");
        Objects.requireNonNull(displayBase, "displayBase");
        Objects.requireNonNull(limits, "limits");
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
    }

    /** The same request on {@code count} threads. */
    public GenerationRequest withThreads(int count) {
        return new GenerationRequest(contentDirectory, templateDirectory, outputDirectory, displayBase, limits, count,
                changeLog, cache);
    }

    /** The same request with the change log read from git, or without it. */
    public GenerationRequest withChangeLog(boolean read) {
        return new GenerationRequest(contentDirectory, templateDirectory, outputDirectory, displayBase, limits, threads,
                read, cache);
    }

    /** The same request with this build cache, or (null) without one. */
    public GenerationRequest withCache(CacheSettings settings) {
        return new GenerationRequest(contentDirectory, templateDirectory, outputDirectory, displayBase, limits, threads,
                changeLog, settings);
    }

    /** A request with default limits, messages relative to the content directory's parent. */
    public static GenerationRequest of(Path contentDirectory, Path templateDirectory, Path outputDirectory) {
        Path base = contentDirectory.toAbsolutePath().normalize().getParent();
        return new GenerationRequest(contentDirectory, templateDirectory, outputDirectory,
                base == null ? contentDirectory : base, ContentLimits.DEFAULT);
    }
}
