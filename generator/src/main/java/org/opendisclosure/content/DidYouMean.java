package org.opendisclosure.content;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/** Finds the known names closest to a misspelt one, for "did you mean" hints. */
public final class DidYouMean {

    private DidYouMean() {
    }

    /**
     * Up to three candidates within a small edit distance of {@code found}, closest first. A
     * candidate that shares nothing with it (every character replaced, as 行政 for 企业) is no hint.
     */
    public static List<String> closest(String found, Collection<String> known) {
        int length = found.codePointCount(0, found.length());
        int limit = Math.max(2, length / 3);
        String lowerFound = found.toLowerCase(java.util.Locale.ROOT);
        int lowerLength = lowerFound.codePointCount(0, lowerFound.length());
        return known.stream()
                .map(k -> {
                    String lower = k.toLowerCase(java.util.Locale.ROOT);
                    // The distance is at least the difference in length: a long unknown key must
                    // not cost length × length work per known key.
                    int gap = Math.abs(lower.codePointCount(0, lower.length()) - lowerLength);
                    return new Scored(k, gap > limit ? gap : distance(lowerFound, lower));
                })
                .filter(s -> s.distance <= limit)
                .filter(s -> s.distance < Math.max(length, s.name.codePointCount(0, s.name.length())))
                .sorted(Comparator.comparingInt(Scored::distance).thenComparing(Scored::name))
                .limit(3)
                .map(Scored::name)
                .toList();
    }

    /** "；是否想写：a、b？" or an empty string when nothing is close. */
    public static String hint(String found, Collection<String> known) {
        List<String> near = closest(found, known);
        return near.isEmpty() ? "" : "；是否想写：" + String.join("、", near) + "？";
    }

    private record Scored(String name, int distance) {
    }

    /** Levenshtein distance over code points. */
    static int distance(String a, String b) {
        int[] x = a.codePoints().toArray();
        int[] y = b.codePoints().toArray();
        int[] previous = new int[y.length + 1];
        int[] current = new int[y.length + 1];
        for (int j = 0; j <= y.length; j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= x.length; i++) {
            current[0] = i;
            for (int j = 1; j <= y.length; j++) {
                int cost = x[i - 1] == y[j - 1] ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[y.length];
    }
}
