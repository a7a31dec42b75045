package org.opendisclosure.problem;

/**
 * A place in a content file: the file as the editor knows it (relative to where the build was
 * started) and a 1-based line and column. Travels with loaded values so that every later stage
 * can point an editor at the line that is wrong.
 */
public record SourcePosition(String file, int line, int column) {

    /** The start of a file, for problems that concern the file as a whole. */
    public static SourcePosition startOf(String file) {
        return new SourcePosition(file, 1, 1);
    }

    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }
}
