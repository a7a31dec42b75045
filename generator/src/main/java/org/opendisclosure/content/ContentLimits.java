package org.opendisclosure.content;

/**
 * Bounds on what one content file may contain, so hostile or broken YAML costs bounded time and
 * memory. Each is checked before the structure it bounds is built: the size before decoding, the
 * line length before parsing, depth and value count while the YAML events stream past.
 *
 * @param maxFileBytes largest file accepted
 * @param maxDepth     deepest nesting of mappings and sequences
 * @param maxNodes     most values (scalars, lists, mappings; keys not counted) in one file
 * @param maxLineChars longest line, in characters; the YAML parser's time grows with the square of
 *                     a line's length
 */
public record ContentLimits(long maxFileBytes, int maxDepth, int maxNodes, int maxLineChars) {

    /**
     * Generous for real disclosures: the largest bundled file is about 25 KiB with about 470 values,
     * depth 7 and lines of at most about 1,100 characters; the whole national classification
     * catalogue of a year would be about 2,200 values. Within these, a hostile file is refused in
     * a few tens of milliseconds.
     */
    public static final ContentLimits DEFAULT = new ContentLimits(2L * 1024 * 1024, 32, 10_000, 10_000);

    /** These limits with another file size limit (the one limit the Maven goals let users set). */
    public ContentLimits withMaxFileBytes(long bytes) {
        return new ContentLimits(bytes, maxDepth, maxNodes, maxLineChars);
    }
}
