package org.opendisclosure;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where a build keeps its build cache, and which engine made it.
 *
 * @param directory the cache directory, under the build directory ({@code target/disclosure-cache});
 *                  it holds {@code site-build.cache} (what the published site was made from) and
 *                  {@code content-trees.cache} (the content files' parsed YAML,
 *                  {@link org.opendisclosure.content.TreeCache})
 * @param engine    what identifies the code that renders (plugin version and a fingerprint of its
 *                  classes): a cache made by another engine is never used
 */
public record CacheSettings(Path directory, String engine) {

    public CacheSettings {
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(engine, "engine");
    }

    /** A cache in {@code directory} for the engine that is running. */
    public static CacheSettings under(Path directory) {
        return new CacheSettings(directory, EngineIdentity.current());
    }
}
