package org.opendisclosure.search;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import java.util.Set;

/**
 * How text is cut up for the search index, and — in the same words — for the browser's query
 * (see {@code templates/assets/search.js}, which must agree with this class).
 *
 * <p>Text is <b>normalised</b>: Unicode NFKC (full-width {@code １２３３３} and {@code ％} become
 * {@code 12333} and {@code %}) and then lower case. It is then read as <b>runs</b> of letters,
 * marks and digits (Unicode categories L, M, N); everything else (spaces, punctuation, symbols
 * such as {@code ≥}) separates runs. Chinese has no spaces between words, so a run is not a word
 * but a stretch of text, and the index keeps its <b>grams</b>: every two neighbouring characters
 * of a run (bigrams), and the run's last character on its own. A query of two or more characters
 * needs all its bigrams; a query of one character needs any gram that starts with it, which is
 * why the last character is kept: every character of a run starts exactly one gram.
 *
 * <p>Characters are code points, not UTF-16 units, so that characters beyond the BMP (rare
 * names such as 𬌗) count as one.
 */
public final class SearchText {

    /**
     * Grams sorted by code point, the order of the index and of its shards (not {@link String}'s
     * order, which sorts characters beyond the BMP among U+D800–U+DFFF).
     */
    public static final Comparator<String> CODE_POINT_ORDER = SearchText::compareByCodePoint;

    private SearchText() {
    }

    /** NFKC, then lower case (independent of the machine's locale). */
    public static String normalise(String text) {
        String composed = unchangedByNfkc(text) ? text : Normalizer.normalize(text, Normalizer.Form.NFKC);
        return composed.toLowerCase(Locale.ROOT);
    }

    /**
     * Whether NFKC leaves {@code text} as it is because it is printable ASCII and CJK unified
     * ideographs (U+4E00–U+9FFF) alone: neither has a decomposition, and no two of them compose.
     * Most names are so, and the normaliser's tables were about a seventh of making the search index.
     */
    static boolean unchangedByNfkc(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!(c >= 0x20 && c <= 0x7E || c >= 0x4E00 && c <= 0x9FFF)) {
                return false;
            }
        }
        return true;
    }

    /** Whether the code point belongs to a run: a letter, mark or digit (Unicode L, M or N). */
    public static boolean isRunCharacter(int codePoint) {
        return switch (Character.getType(codePoint)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                    Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.NON_SPACING_MARK,
                    Character.ENCLOSING_MARK, Character.COMBINING_SPACING_MARK, Character.DECIMAL_DIGIT_NUMBER,
                    Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
            default -> false;
        };
    }

    /** Adds the grams of {@code text} (not yet normalised) to {@code grams}. */
    public static void addGrams(String text, Set<String> grams) {
        GramKeys keys = new GramKeys();
        keys.add(text);
        for (int i = 0; i < keys.size(); i++) {
            grams.add(gram(keys.get(i)));
        }
    }

    /**
     * A gram as a number, so that the index is gathered without making a string of every gram of
     * every document: the first code point, then 0 for a run's last character alone or one more
     * than the second code point. Numbers compare as their grams do in {@link #CODE_POINT_ORDER}.
     */
    static long gramKey(int first, int second) {
        return (long) first << 22 | (second + 1L);
    }

    /** A run's last character alone, as a {@link #gramKey}. */
    static long gramKey(int only) {
        return (long) only << 22;
    }

    /** The gram a {@link #gramKey} stands for. */
    static String gram(long key) {
        int first = (int) (key >>> 22);
        int second = (int) (key & 0x3F_FFFF) - 1;
        return second < 0 ? new String(new int[] {first}, 0, 1) : new String(new int[] {first, second}, 0, 2);
    }

    /** The grams of some texts, as {@link #gramKey}s, each as often as it occurs until {@link #distinct}. */
    static final class GramKeys {
        private long[] keys = new long[64];
        private int size;

        /**
         * Adds the grams of {@code text} (not yet normalised), reading its code points once and
         * asking each code point's category once.
         */
        void add(String text) {
            if (text == null || text.isEmpty()) {
                return;
            }
            String normalised = normalise(text);
            int length = normalised.length();
            int at = 0;
            int current = normalised.codePointAt(0);
            boolean currentInRun = isRunCharacter(current);
            while (true) {
                at += Character.charCount(current);
                boolean more = at < length;
                int next = more ? normalised.codePointAt(at) : 0;
                boolean nextInRun = more && isRunCharacter(next);
                if (currentInRun) {
                    if (size == keys.length) {
                        keys = Arrays.copyOf(keys, size * 2);
                    }
                    keys[size++] = nextInRun ? gramKey(current, next) : gramKey(current);
                }
                if (!more) {
                    return;
                }
                current = next;
                currentInRun = nextInRun;
            }
        }

        /** Sorts the keys and keeps each once. */
        void distinct() {
            Arrays.sort(keys, 0, size);
            int kept = 0;
            for (int i = 0; i < size; i++) {
                if (kept == 0 || keys[kept - 1] != keys[i]) {
                    keys[kept++] = keys[i];
                }
            }
            size = kept;
        }

        int size() {
            return size;
        }

        long get(int index) {
            return keys[index];
        }

        void clear() {
            size = 0;
        }
    }

    private static int compareByCodePoint(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int x = a.codePointAt(i);
            int y = b.codePointAt(j);
            if (x != y) {
                return Integer.compare(x, y);
            }
            i += Character.charCount(x);
            j += Character.charCount(y);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }
}
