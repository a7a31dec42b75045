package org.opendisclosure.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

/** "Did you mean" hints for misspelt keys and values. */
class DidYouMeanTest {

    private static final List<String> KEYS = List.of("id", "year", "form", "name", "department", "unit", "nature",
            "period", "funding", "goals", "indicators", "remarks", "functional_code", "source", "editor_notes",
            "acknowledged", "category");

    @Test
    void misspeltKeysGetTheClosestKnownOnes() {
        assertEquals(List.of("remarks"), DidYouMean.closest("remrks", KEYS));
        assertEquals(List.of("category"), DidYouMean.closest("Categroy", KEYS));
        assertEquals("", DidYouMean.hint("budget_total", KEYS));
    }

    /** Comparing every character with every character took seconds for a key of two million. */
    @Test
    void aKeyOfTwoMillionCharactersCostsNoTime() {
        String huge = "k".repeat(2_000_000);
        assertEquals(List.of(), assertTimeoutPreemptively(Duration.ofSeconds(1), () -> DidYouMean.closest(huge, KEYS)));
    }
}
