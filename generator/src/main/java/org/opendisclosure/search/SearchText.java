package org.opendisclosure.search;

import java.text.Normalizer;
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
        return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
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
        if (text == null || text.isEmpty()) {
            return;
        }
        int[] codePoints = normalise(text).codePoints().toArray();
        for (int i = 0; i < codePoints.length; i++) {
            if (!isRunCharacter(codePoints[i])) {
                continue;
            }
            boolean last = i + 1 == codePoints.length || !isRunCharacter(codePoints[i + 1]);
            grams.add(last ? new String(codePoints, i, 1) : new String(codePoints, i, 2));
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
