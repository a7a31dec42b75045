package org.opendisclosure.chart;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.LineMetrics;
import java.awt.geom.Rectangle2D;
import java.text.CharacterIterator;

/**
 * The logical "SansSerif" font, measured by {@link PortableFontMetrics} whichever way it is asked:
 * JFreeChart takes some measurements from the font itself ({@code Font.getLineMetrics}) rather
 * than from the graphics' font metrics. The SVG names it {@code sans-serif}, as before.
 */
final class PortableFont extends Font {

    private static final long serialVersionUID = 1L;

    PortableFont(int style, float size) {
        super(Font.SANS_SERIF, style, Math.round(size));
        this.pointSize = size;
    }

    @Override
    public Font deriveFont(float size) {
        return new PortableFont(getStyle(), size);
    }

    @Override
    public Font deriveFont(int style) {
        return new PortableFont(style, getSize2D());
    }

    @Override
    public Font deriveFont(int style, float size) {
        return new PortableFont(style, size);
    }

    @Override
    public LineMetrics getLineMetrics(String text, FontRenderContext context) {
        return PortableFontMetrics.lineMetrics(getSize2D(), text.length());
    }

    @Override
    public LineMetrics getLineMetrics(String text, int begin, int limit, FontRenderContext context) {
        return PortableFontMetrics.lineMetrics(getSize2D(), limit - begin);
    }

    @Override
    public LineMetrics getLineMetrics(char[] chars, int begin, int limit, FontRenderContext context) {
        return PortableFontMetrics.lineMetrics(getSize2D(), limit - begin);
    }

    @Override
    public LineMetrics getLineMetrics(CharacterIterator text, int begin, int limit, FontRenderContext context) {
        return PortableFontMetrics.lineMetrics(getSize2D(), limit - begin);
    }

    @Override
    public Rectangle2D getStringBounds(String text, FontRenderContext context) {
        return PortableFontMetrics.bounds(text, getSize2D());
    }

    @Override
    public Rectangle2D getStringBounds(String text, int begin, int limit, FontRenderContext context) {
        return PortableFontMetrics.bounds(text.substring(begin, limit), getSize2D());
    }

    @Override
    public Rectangle2D getStringBounds(char[] chars, int begin, int limit, FontRenderContext context) {
        return PortableFontMetrics.bounds(new String(chars, begin, limit - begin), getSize2D());
    }

    @Override
    public Rectangle2D getStringBounds(CharacterIterator text, int begin, int limit, FontRenderContext context) {
        StringBuilder part = new StringBuilder();
        for (char c = text.setIndex(begin); text.getIndex() < limit; c = text.next()) {
            part.append(c);
        }
        return PortableFontMetrics.bounds(part, getSize2D());
    }
}
