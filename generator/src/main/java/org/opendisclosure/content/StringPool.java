package org.opendisclosure.content;

import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;

import org.opendisclosure.model.IndicatorTarget;

/**
 * Makes equal strings read during one load one instance: the keys and key paths that every
 * project file repeats ({@code indicators[0].groups[1].items[2].target}) and short values such as
 * indicator level names, units and ids. At city scale this is most of the model's strings, so
 * sharing them keeps the model's memory close to what its distinct values need. The sorted key
 * paths of a file are shared the same way: files of one shape (a project with two sub-projects
 * and eighteen indicators) hold one array. So are indicator targets: a city's years have millions
 * of them but far fewer distinct texts ({@code ≥98.00%}, {@code =100%}), and each distinct text is
 * parsed once and kept as one {@link IndicatorTarget} with its number.
 *
 * <p>One pool per load, shared by the loading threads and dropped with the load: unlike
 * {@link String#intern()}, nothing outlives the build or is shared between builds running side
 * by side. Thread-safe.
 */
final class StringPool {

    /** Items of a longer list have their paths made each time, so that no list keeps a huge array. */
    static final int MAX_REMEMBERED_ITEMS = 4096;

    /** Longer values are prose, names and figures that rarely repeat: pooling them would only cost. */
    static final int MAX_POOLED_VALUE_LENGTH = 16;

    /** Sized for a city's content, so that the map seldom grows while the loading threads read it. */
    private final ConcurrentHashMap<String, String> strings = new ConcurrentHashMap<>(1 << 16);

    private final ConcurrentHashMap<PathList, String[]> pathLists = new ConcurrentHashMap<>();

    /**
     * Each pooled key path's children by key, and its list items by index. Parent paths and keys
     * are pool instances, whose hash codes are computed once and which compare by identity first,
     * so finding a child costs two lookups, where making its path anew and pooling it hashed and
     * compared the whole path at every node of every file.
     */
    private final ConcurrentHashMap<String, ConcurrentHashMap<String, String>> children = new ConcurrentHashMap<>();

    private final ConcurrentHashMap<String, AtomicReferenceArray<String>> items = new ConcurrentHashMap<>();

    private final ConcurrentHashMap<String, IndicatorTarget> targets = new ConcurrentHashMap<>(1 << 12);

    /** The pool's instance equal to {@code text}, which becomes it when there is none yet. */
    String pooled(String text) {
        // Nearly every string is in the pool already: get() reads without locking, where
        // putIfAbsent() would lock the bin each time (it showed in a city-scale profile).
        String existing = strings.get(text);
        if (existing != null) {
            return existing;
        }
        existing = strings.putIfAbsent(text, text);
        return existing == null ? text : existing;
    }

    /** The pooled key path of {@code key} under {@code parent}, both pooled: {@link KeyPaths#child}. */
    String childPath(String parent, String key) {
        ConcurrentHashMap<String, String> byKey = children.get(parent);
        if (byKey == null) {
            byKey = children.computeIfAbsent(parent, any -> new ConcurrentHashMap<>());
        }
        String path = byKey.get(key);
        if (path == null) {
            path = pooled(KeyPaths.child(parent, key));
            byKey.putIfAbsent(key, path);
        }
        return path;
    }

    /** The pooled key path of item {@code index} of the list at {@code parent}, pooled: {@link KeyPaths#item}. */
    String itemPath(String parent, int index) {
        AtomicReferenceArray<String> known = items.get(parent);
        if (known != null && index < known.length()) {
            String path = known.get(index);
            if (path != null) {
                return path;
            }
        }
        String path = pooled(KeyPaths.item(parent, index));
        if (index >= MAX_REMEMBERED_ITEMS) {
            return path;
        }
        if (known != null && index < known.length()) {
            known.set(index, path);
            return path;
        }
        // Grown by doubling, so that a long list costs linear copying; a path set in an array while
        // another thread copies it may be lost, and is then only made again.
        items.compute(parent, (any, old) -> {
            AtomicReferenceArray<String> array = old;
            if (array == null || array.length() <= index) {
                array = new AtomicReferenceArray<>(Math.max(index + 1, old == null ? 8 : 2 * old.length()));
                for (int i = 0; old != null && i < old.length(); i++) {
                    array.set(i, old.get(i));
                }
            }
            array.set(index, path);
            return array;
        });
        return path;
    }

    /** Like {@link #pooled}, for a value read from a file: only short values are worth it. */
    String pooledValue(String text) {
        return text.length() <= MAX_POOLED_VALUE_LENGTH && !isFigure(text) ? pooled(text) : text;
    }

    /**
     * Amounts, dates and numbers ({@code 1234567.89}, {@code 2024-03-01}) rarely repeat and become
     * decimals or dates anyway: pooling them only grew the pool.
     */
    private static boolean isFigure(String text) {
        return !text.isEmpty() && Character.isDigit(text.charAt(0));
    }

    /**
     * The pool's array equal to {@code sortedPaths}, which becomes it when there is none yet;
     * neither may be changed afterwards.
     */
    String[] pooledPaths(String[] sortedPaths) {
        String[] existing = pathLists.putIfAbsent(new PathList(sortedPaths), sortedPaths);
        return existing == null ? sortedPaths : existing;
    }

    /** The target published as {@code text}, parsed once per distinct text; its unit is pooled. */
    IndicatorTarget pooledTarget(String text) {
        IndicatorTarget existing = targets.get(text);
        if (existing != null) {
            return existing;
        }
        IndicatorTarget parsed = TargetParser.parse(text);
        IndicatorTarget target = new IndicatorTarget(pooled(text), parsed.comparator(), parsed.number(), pooled(parsed.unit()));
        existing = targets.putIfAbsent(target.text(), target);
        return existing == null ? target : existing;
    }

    /** An array of key paths as a map key, by content. */
    private record PathList(String[] paths) {

        @Override
        public boolean equals(Object other) {
            return other instanceof PathList that && Arrays.equals(paths, that.paths);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(paths);
        }
    }
}
