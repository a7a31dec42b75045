package org.opendisclosure.chart;

import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.font.LineMetrics;
import java.awt.geom.Rectangle2D;
import java.text.CharacterIterator;

/**
 * Text measurements that are the same on every machine, for laying out chart labels. Java's own
 * metrics come from whatever font the platform maps "SansSerif" to, which depends on the fonts
 * installed and even on the JVM's default locale (in a Chinese locale, Linux picks a CJK font
 * with other widths), so the same chart would be drawn with other coordinates on another
 * machine. The labels are SVG text that the reader's browser sets in its own font anyway; what
 * layout needs is a good, fixed estimate: Helvetica's published advance widths for ASCII, one em
 * for East Asian wide characters (汉字 and full-width punctuation), and the average Latin width
 * for everything else.
 */
final class PortableFontMetrics extends FontMetrics {

    /** Helvetica advance widths (thousandths of an em) for ' ' (32) to '~' (126). */
    private static final short[] ASCII = {
        278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278,
        556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556,
        1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778,
        667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556,
        333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556,
        556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584};
    private static final int WIDE = 1000;
    private static final int OTHER = 556;
    static final float ASCENT = 0.905f;
    static final float DESCENT = 0.212f;
    static final float LEADING = 0.033f;

    PortableFontMetrics(Font font) {
        super(font);
    }

    /** The advance of {@code text} in a font of {@code size} points. */
    static float width(CharSequence text, float size) {
        int thousandths = 0;
        for (int i = 0; i < text.length(); ) {
            int codePoint = Character.codePointAt(text, i);
            thousandths += advance(codePoint);
            i += Character.charCount(codePoint);
        }
        return thousandths * size / 1000f;
    }

    private static int advance(int codePoint) {
        if (codePoint >= 32 && codePoint <= 126) {
            return ASCII[codePoint - 32];
        }
        return isWide(codePoint) ? WIDE : OTHER;
    }

    /** East Asian wide and full-width characters (Unicode UAX #11, the ranges that occur in Chinese text). */
    private static boolean isWide(int c) {
        return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0x303E) || (c >= 0x3041 && c <= 0x33FF)
                || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xA000 && c <= 0xA4CF)
                || (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F)
                || (c >= 0xFF00 && c <= 0xFF60) || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD);
    }

    /** Line metrics of a font of {@code size} points for {@code length} characters. */
    static LineMetrics lineMetrics(float size, int length) {
        return new LineMetrics() {
            @Override
            public int getNumChars() {
                return length;
            }

            @Override
            public float getAscent() {
                return ASCENT * size;
            }

            @Override
            public float getDescent() {
                return DESCENT * size;
            }

            @Override
            public float getLeading() {
                return LEADING * size;
            }

            @Override
            public float getHeight() {
                return (ASCENT + DESCENT + LEADING) * size;
            }

            @Override
            public int getBaselineIndex() {
                return Font.ROMAN_BASELINE;
            }

            @Override
            public float[] getBaselineOffsets() {
                return new float[] {0, (DESCENT - ASCENT) * size / 2, -ASCENT * size};
            }

            @Override
            public float getStrikethroughOffset() {
                return -ASCENT * size / 3;
            }

            @Override
            public float getStrikethroughThickness() {
                return size / 14;
            }

            @Override
            public float getUnderlineOffset() {
                return size / 10;
            }

            @Override
            public float getUnderlineThickness() {
                return size / 14;
            }
        };
    }

    /** Bounds of {@code text} relative to its baseline origin, as {@link Font#getStringBounds} gives them. */
    static Rectangle2D bounds(CharSequence text, float size) {
        return new Rectangle2D.Float(0, -ASCENT * size, width(text, size), (ASCENT + DESCENT + LEADING) * size);
    }

    private float size() {
        return getFont().getSize2D();
    }

    @Override
    public int getAscent() {
        return Math.round(ASCENT * size());
    }

    @Override
    public int getDescent() {
        return Math.round(DESCENT * size());
    }

    @Override
    public int getLeading() {
        return Math.round(LEADING * size());
    }

    @Override
    public int getMaxAscent() {
        return getAscent();
    }

    @Override
    public int getMaxDescent() {
        return getDescent();
    }

    @Override
    public int getMaxAdvance() {
        return Math.round(size() * 1015 / 1000f);
    }

    @Override
    public int charWidth(int codePoint) {
        return Math.round(advance(codePoint) * size() / 1000f);
    }

    @Override
    public int charWidth(char ch) {
        return charWidth((int) ch);
    }

    @Override
    public int stringWidth(String text) {
        return Math.round(width(text, size()));
    }

    @Override
    public int charsWidth(char[] data, int offset, int length) {
        return Math.round(width(new String(data, offset, length), size()));
    }

    @Override
    public int bytesWidth(byte[] data, int offset, int length) {
        return charsWidth(new String(data, offset, length, java.nio.charset.StandardCharsets.ISO_8859_1).toCharArray(),
                0, length);
    }

    @Override
    public int[] getWidths() {
        int[] widths = new int[256];
        for (int c = 0; c < widths.length; c++) {
            widths[c] = charWidth(c);
        }
        return widths;
    }

    @Override
    public boolean hasUniformLineMetrics() {
        return true;
    }

    @Override
    public LineMetrics getLineMetrics(String text, Graphics context) {
        return lineMetrics(size(), text.length());
    }

    @Override
    public LineMetrics getLineMetrics(String text, int begin, int limit, Graphics context) {
        return lineMetrics(size(), limit - begin);
    }

    @Override
    public LineMetrics getLineMetrics(char[] chars, int begin, int limit, Graphics context) {
        return lineMetrics(size(), limit - begin);
    }

    @Override
    public LineMetrics getLineMetrics(CharacterIterator text, int begin, int limit, Graphics context) {
        return lineMetrics(size(), limit - begin);
    }

    @Override
    public Rectangle2D getStringBounds(String text, Graphics context) {
        return bounds(text, size());
    }

    @Override
    public Rectangle2D getStringBounds(String text, int begin, int limit, Graphics context) {
        return bounds(text.substring(begin, limit), size());
    }

    @Override
    public Rectangle2D getStringBounds(char[] chars, int begin, int limit, Graphics context) {
        return bounds(new String(chars, begin, limit - begin), size());
    }

    @Override
    public Rectangle2D getStringBounds(CharacterIterator text, int begin, int limit, Graphics context) {
        StringBuilder part = new StringBuilder();
        for (char c = text.setIndex(begin); text.getIndex() < limit; c = text.next()) {
            part.append(c);
        }
        return bounds(part, size());
    }

    @Override
    public Rectangle2D getMaxCharBounds(Graphics context) {
        return new Rectangle2D.Float(0, -ASCENT * size(), getMaxAdvance(), (ASCENT + DESCENT + LEADING) * size());
    }
}
