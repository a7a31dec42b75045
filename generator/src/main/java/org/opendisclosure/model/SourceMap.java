package org.opendisclosure.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

import org.opendisclosure.problem.SourcePosition;

/**
 * Where each key of one content file stands, by key path ({@code funding.annual_total},
 * {@code subprojects[2].amount}). Lets checks and later stages point at a line without the
 * model carrying YAML types.
 *
 * <p>Every loaded file keeps one, so it is stored compactly: the paths sorted in one array (the
 * loader passes the same instance for a path that many files share) and each position as two
 * ints, made into a {@link SourcePosition} only when asked for. Immutable.
 */
public final class SourceMap {

    private final String file;
    private final String[] paths;
    private final int[] lines;
    private final int[] columns;

    /** The map of {@code file} with {@code positions}, whose file must be {@code file}. */
    public SourceMap(String file, Map<String, SourcePosition> positions) {
        this.file = file;
        TreeMap<String, SourcePosition> sorted = new TreeMap<>(positions);
        this.paths = sorted.keySet().toArray(String[]::new);
        this.lines = new int[paths.length];
        this.columns = new int[paths.length];
        int i = 0;
        for (SourcePosition position : sorted.values()) {
            lines[i] = position.line();
            columns[i] = position.column();
            i++;
        }
    }

    public String file() {
        return file;
    }

    /** Every key path with its position, in path order; made on each call, for the few that need them all. */
    public Map<String, SourcePosition> positions() {
        Map<String, SourcePosition> all = new TreeMap<>();
        for (int i = 0; i < paths.length; i++) {
            all.put(paths[i], position(i));
        }
        return Collections.unmodifiableMap(all);
    }

    /** The position of {@code keyPath}, or of its nearest ancestor that has one, or the file start. */
    public SourcePosition at(String keyPath) {
        String path = keyPath;
        while (!path.isEmpty()) {
            int found = Arrays.binarySearch(paths, path);
            if (found >= 0) {
                return position(found);
            }
            path = parentOf(path);
        }
        return SourcePosition.startOf(file);
    }

    private SourcePosition position(int index) {
        return new SourcePosition(file, lines[index], columns[index]);
    }

    static String parentOf(String path) {
        int dot = path.lastIndexOf('.');
        int bracket = path.lastIndexOf('[');
        int cut = Math.max(dot, bracket);
        return cut <= 0 ? "" : path.substring(0, cut);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SourceMap that && file.equals(that.file) && Arrays.equals(paths, that.paths)
                && Arrays.equals(lines, that.lines) && Arrays.equals(columns, that.columns);
    }

    @Override
    public int hashCode() {
        return file.hashCode() * 31 + Arrays.hashCode(paths);
    }

    @Override
    public String toString() {
        return "SourceMap[file=" + file + ", positions=" + positions() + "]";
    }
}
