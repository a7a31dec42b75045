package org.opendisclosure.content;

import java.util.concurrent.ConcurrentHashMap;

/**
 * Makes equal strings read during one load one instance: the keys and key paths that every
 * project file repeats ({@code indicators[0].groups[1].items[2].target}) and short values such as
 * indicator level names, units and ids. At city scale this is most of the model's strings, so
 * sharing them keeps the model's memory close to what its distinct values need.
 *
 * <p>One pool per load, shared by the loading threads and dropped with the load: unlike
 * {@link String#intern()}, nothing outlives the build or is shared between builds running side
 * by side. Thread-safe.
 */
final class StringPool {

    /** Longer values are prose, names and figures that rarely repeat: pooling them would only cost. */
    static final int MAX_POOLED_VALUE_LENGTH = 16;

    private final ConcurrentHashMap<String, String> strings = new ConcurrentHashMap<>();

    /** The pool's instance equal to {@code text}, which becomes it when there is none yet. */
    String pooled(String text) {
        String existing = strings.putIfAbsent(text, text);
        return existing == null ? text : existing;
    }

    /** Like {@link #pooled}, for a value read from a file: only short values are worth it. */
    String pooledValue(String text) {
        return text.length() <= MAX_POOLED_VALUE_LENGTH ? pooled(text) : text;
    }
}
