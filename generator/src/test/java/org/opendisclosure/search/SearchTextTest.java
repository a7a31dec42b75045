package org.opendisclosure.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
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
}
