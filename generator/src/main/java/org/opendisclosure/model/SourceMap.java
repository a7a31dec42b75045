package org.opendisclosure.model;

import java.util.Map;
import java.util.TreeMap;

import org.opendisclosure.problem.SourcePosition;

/**
 * Where each key of one content file stands, by key path ({@code funding.annual_total},
 * {@code subprojects[2].amount}). Lets checks and later stages point at a line without the
 * model carrying YAML types.
 */
public record SourceMap(String file, Map<String, SourcePosition> positions) {

    public SourceMap {
        positions = java.util.Collections.unmodifiableMap(new TreeMap<>(positions));
    }

    /** The position of {@code keyPath}, or of its nearest ancestor that has one, or the file start. */
    public SourcePosition at(String keyPath) {
        String path = keyPath;
        while (!path.isEmpty()) {
            SourcePosition found = positions.get(path);
            if (found != null) {
                return found;
            }
            path = parentOf(path);
        }
        return SourcePosition.startOf(file);
    }

    static String parentOf(String path) {
        int dot = path.lastIndexOf('.');
        int bracket = path.lastIndexOf('[');
        int cut = Math.max(dot, bracket);
        return cut <= 0 ? "" : path.substring(0, cut);
    }
}
