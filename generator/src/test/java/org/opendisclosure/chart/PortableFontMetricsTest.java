package org.opendisclosure.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.Font;

import org.junit.jupiter.api.Test;

/** Chart text is measured by fixed rules, not by the fonts of the machine that builds the site. */
class PortableFontMetricsTest {

    private final PortableFontMetrics metrics = new PortableFontMetrics(new PortableFont(Font.PLAIN, 10));

    @Test
    void chineseCharactersAndFullWidthPunctuationAreOneEmWide() {
        assertEquals(40, metrics.stringWidth("社会保障"));
        assertEquals(30, metrics.stringWidth("（境）"));
    }

    @Test
    void asciiUsesHelveticaWidths() {
        // Digits 0.556 em, comma 0.278 em: "1,234" is 4 × 5.56 + 2.78 = 25.02 at 10 points.
        assertEquals(25, metrics.stringWidth("1,234"));
        assertEquals(25.02f, (float) metrics.getStringBounds("1,234", null).getWidth(), 0.001f);
        assertEquals(5, metrics.stringWidth("i "));
    }

    @Test
    void theFontItselfReportsTheSameMeasurements() {
        PortableFont font = new PortableFont(Font.PLAIN, 10);
        assertEquals(metrics.getStringBounds("一般公共服务支出 447,930,237", null),
                font.getStringBounds("一般公共服务支出 447,930,237", null));
        assertEquals(PortableFontMetrics.ASCENT * 10, font.getLineMetrics("支出", null).getAscent(), 0.0001f);
        assertEquals(PortableFont.class, font.deriveFont(Font.BOLD).getClass());
    }
}
