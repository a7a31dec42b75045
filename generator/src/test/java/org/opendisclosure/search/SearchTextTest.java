package org.opendisclosure.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

/** How text becomes grams: normalised, cut into runs of letters and digits, bigrams plus each run's last character. */
class SearchTextTest {

    private static Set<String> grams(String text) {
        Set<String> grams = new TreeSet<>(SearchText.CODE_POINT_ORDER);
        SearchText.addGrams(text, grams);
        return grams;
    }

    @Test
    void fullWidthFormsAndCapitalsAreNormalised() {
        assertEquals("12333热线%abc", SearchText.normalise("１２３３３热线％ＡＢＣ"));
        assertEquals("i", SearchText.normalise("I"), "lower case without the machine's locale (Turkish would give ı)");
    }

    @Test
    void chineseTextGivesItsBigramsAndItsLastCharacter() {
        assertEquals(Set.of("满意", "意度", "度"), grams("满意度"));
        assertEquals(Set.of("局"), grams("局"));
    }

    @Test
    void spacesPunctuationAndSymbolsSeparateRuns() {
        assertEquals(Set.of("12", "23", "33", "3", "热线", "线"), grams("12333 热线"));
        assertEquals(Set.of("98", "8"), grams("≥98(%)"));
        assertEquals(Set.of("话后", "后满", "满意", "意度", "度", "98", "8"), grams("话后满意度：≥98(%)"));
        assertEquals(Set.of(), grams("≥ (%)，。"));
    }

    @Test
    void lettersAndDigitsOfAnyScriptAreIndexedAlikeAndNormalisedFirst() {
        assertEquals(Set.of("it", "t"), grams("IT"));
        assertEquals(Set.of("20", "08", "80", "01", "1"), grams("２０８０１"));
    }

    @Test
    void charactersBeyondTheBasicPlaneCountAsOne() {
        assertEquals(Set.of("\uD870\uDF17牙", "牙"), grams("\uD870\uDF17牙"));
        assertEquals(List.of("a", "z", "丁", "\uD870\uDF17"), sorted("\uD870\uDF17", "丁", "z", "a"));
    }

    /** What makes one-character queries work: every character of the text starts some gram. */
    @Test
    void everyCharacterOfARunStartsAGram() {
        String text = "12333 热线咨询平台项目经费：保障热线全年 365 天正常运行";
        Set<String> grams = grams(text);
        SearchText.normalise(text).codePoints().filter(SearchText::isRunCharacter).forEach(codePoint -> assertTrue(
                grams.stream().anyMatch(g -> g.codePointAt(0) == codePoint), Character.toString(codePoint)));
        assertTrue(grams.contains("行"), "the last character, which starts no bigram");
    }

    private static List<String> sorted(String... grams) {
        List<String> list = new ArrayList<>(List.of(grams));
        list.sort(SearchText.CODE_POINT_ORDER);
        return list;
    }

    /** The characters the NFKC shortcut lets through are each left alone by NFKC. */
    @Test
    void theShortcutsCharactersAreEachTheirOwnNfkc() {
        for (char c = 0x20; c <= 0x7E; c++) {
            assertNfkcKeeps(String.valueOf(c));
        }
        for (char c = 0x4E00; c <= 0x9FFF; c++) {
            assertNfkcKeeps(String.valueOf(c));
        }
        assertFalse(SearchText.unchangedByNfkc("１"), "full-width digits change");
        assertFalse(SearchText.unchangedByNfkc("e\u0301"), "a combining mark may compose");
        assertFalse(SearchText.unchangedByNfkc("\u3000"), "the ideographic space changes");
        assertFalse(SearchText.unchangedByNfkc("\uF900"), "compatibility ideographs change");
    }

    /**
     * Normalising with the shortcut gives what NFKC and lower case give, and the grams are each
     * run's bigrams and last character, for random text over the characters where either could go
     * wrong: the shortcut's edges, full-width forms, combining marks, Hangul jamo, surrogate pairs.
     */
    @Test
    void normalisingAndGramsAgreeWithTheirDefinitionOnRandomText() {
        String[] alphabet = {"a", "Z", "9", " ", "~", "\u007F", "\u001F", "(", "丁", "热", "\u4DFF", "\u9FFF",
                "\uA000", "１", "Ａ", "％", "，", "。", "\u3000", "\u0301", "\u0308", "e", "\u1100", "\u1161",
                "\u11A8", "가", "\uF900", "ß", "İ", "\uD870\uDF17", "≥", "ﬁ", "²"};
        Random random = new Random(20261203);
        int shortcut = 0;
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            int length = 1 + random.nextInt(10);
            for (int c = 0; c < length; c++) {
                text.append(alphabet[random.nextInt(alphabet.length)]);
            }
            String value = text.toString();
            if (SearchText.unchangedByNfkc(value)) {
                shortcut++;
            }
            String expected = Normalizer.normalize(value, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
            assertEquals(expected, SearchText.normalise(value), value);
            SearchText.GramKeys keys = new SearchText.GramKeys();
            keys.add(value);
            long[] actual = new long[keys.size()];
            for (int k = 0; k < actual.length; k++) {
                actual[k] = keys.get(k);
            }
            assertArrayEquals(definedGrams(expected), actual, value);
        }
        assertTrue(shortcut > 500, shortcut + " took the shortcut");
    }

    /** Each run's bigrams and its last character, as keys, in text order: the definition, written plainly. */
    private static long[] definedGrams(String normalised) {
        int[] codePoints = normalised.codePoints().toArray();
        List<Long> grams = new ArrayList<>();
        for (int i = 0; i < codePoints.length; i++) {
            if (SearchText.isRunCharacter(codePoints[i])) {
                boolean runGoesOn = i + 1 < codePoints.length && SearchText.isRunCharacter(codePoints[i + 1]);
                grams.add(runGoesOn ? SearchText.gramKey(codePoints[i], codePoints[i + 1])
                        : SearchText.gramKey(codePoints[i]));
            }
        }
        return grams.stream().mapToLong(Long::longValue).toArray();
    }

    private static void assertNfkcKeeps(String text) {
        assertTrue(SearchText.unchangedByNfkc(text), text);
        assertEquals(text, Normalizer.normalize(text, Normalizer.Form.NFKC), text);
    }
}
