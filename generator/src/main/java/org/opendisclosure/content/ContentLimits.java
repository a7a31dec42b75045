package org.opendisclosure.content;

/**
 * Bounds on what one content file may contain, so hostile or broken YAML costs bounded time and
 * memory.
 *
 * @param maxFileBytes largest file accepted
 * @param maxDepth     deepest nesting of mappings and sequences
 * @param maxNodes     most values (scalars, lists, mappings) in one file
 */
public record ContentLimits(long maxFileBytes, int maxDepth, int maxNodes) {

    /** Generous for real disclosures (the largest seed project is about 20 KiB, depth 7). */
    public static final ContentLimits DEFAULT = new ContentLimits(2L * 1024 * 1024, 32, 200_000);
}
