package org.opendisclosure.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

import org.opendisclosure.problem.SourcePosition;

/**
 * Where each key of one content file stands, by key path ({@code funding.annual_total},
 * {@code subprojects[2].amount}). Lets checks and later stages point at a line without the
 * model carrying YAML types.
 *
 * <p>Every loaded file keeps one for as long as the model lives (ten city-years are 150,000 of
 * them), so it is stored compactly: the paths sorted in one array, which files of the same shape
 * share (the loader passes a pool), and each position as one int holding line and column, made
 * into a {@link SourcePosition} only when asked for. A file with a line or column too large to
 * pack keeps them as pairs instead. Immutable.
 */
public final class SourceMap {

    /** Bits of a packed position that hold the column; the line takes the others. */
    private static final int COLUMN_BITS = 11;
    private static final int MAX_PACKED_COLUMN = (1 << COLUMN_BITS) - 1;
    private static final int MAX_PACKED_LINE = (1 << (31 - COLUMN_BITS)) - 1;

    private final String file;
    private final String[] paths;
    /** Line and column of each path, packed into one int; or, when one did not fit, line, column pairs. */
    private final int[] positions;
    private final boolean packed;

    /** The map of {@code file} with {@code positions}, whose file must be {@code file}. */
    public SourceMap(String file, Map<String, SourcePosition> positions) {
        this(file, positions, UnaryOperator.identity());
    }

    /**
     * The map of {@code file} with {@code positions}; {@code sharedPaths} returns an equal array
     * that other maps may hold too (it must not be changed afterwards).
     */
    public SourceMap(String file, Map<String, SourcePosition> positions, UnaryOperator<String[]> sharedPaths) {
        this.file = file;
        // Sorted as an array: given in file order, the paths come in long sorted runs, which the
        // array sort merges, where a tree map would compare each path all the way down.
        String[] sorted = positions.keySet().toArray(String[]::new);
        Arrays.sort(sorted);
        this.paths = sharedPaths.apply(sorted);
        this.packed = positions.values().stream()
                .allMatch(p -> p.line() >= 0 && p.line() <= MAX_PACKED_LINE && p.column() >= 0 && p.column() <= MAX_PACKED_COLUMN);
        this.positions = new int[packed ? paths.length : 2 * paths.length];
        for (int i = 0; i < sorted.length; i++) {
            SourcePosition position = positions.get(sorted[i]);
            if (packed) {
                this.positions[i] = position.line() << COLUMN_BITS | position.column();
            } else {
                this.positions[2 * i] = position.line();
                this.positions[2 * i + 1] = position.column();
            }
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
        return packed
                ? new SourcePosition(file, positions[index] >>> COLUMN_BITS, positions[index] & MAX_PACKED_COLUMN)
                : new SourcePosition(file, positions[2 * index], positions[2 * index + 1]);
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
                && samePositions(that);
    }

    private boolean samePositions(SourceMap that) {
        if (packed == that.packed) {
            return Arrays.equals(positions, that.positions);
        }
        for (int i = 0; i < paths.length; i++) {
            if (!position(i).equals(that.position(i))) {
                return false;
            }
        }
        return true;
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
