package org.opendisclosure.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.opendisclosure.model.IndicatorTarget;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzes the indicator target parser (指标值) with arbitrary text, read as UTF-8. The property:
 * it always returns within {@link #PER_INPUT}, keeps the text exactly, gives the same result
 * twice, and a number it parses is one written in the text.
 *
 * <p>Regression inputs (one target per file, as written in a project file):
 * {@code src/test/resources/org/opendisclosure/content/TargetParserFuzzTestInputs/anyText/}.
 */
class TargetParserFuzzTest {

    private static final Duration PER_INPUT = Duration.ofSeconds(2);

    @FuzzTest
    void anyText(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        IndicatorTarget target = assertTimeoutPreemptively(PER_INPUT, () -> TargetParser.parse(text));
        assertEquals(text, target.text(), "the published text is kept");
        assertEquals(target, TargetParser.parse(text), "the same text gives the same target");
        assertNotNull(target.unit());
        if (target.isQuantitative()) {
            assertTrue(text.replace(",", "").contains(target.number().toPlainString()),
                    () -> target.number() + " is not written in " + text);
        }
    }

    @Test
    void everyFuzzTestHasItsRegressionInputs() {
        RegressionInputs.assertPresent(TargetParserFuzzTest.class);
    }
}
