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

    /** Sized for a city's content, so that the map seldom grows while the loading threads read it. */
    private final ConcurrentHashMap<String, String> strings = new ConcurrentHashMap<>(1 << 16);

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
}
