package org.opendisclosure.chart;

import java.awt.Color;
import java.awt.Composite;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.GraphicsConfiguration;
import java.awt.Image;
import java.awt.Paint;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.awt.image.BufferedImageOp;
import java.awt.image.ImageObserver;
import java.awt.image.RenderedImage;
import java.awt.image.renderable.RenderableImage;
import java.text.AttributedCharacterIterator;
import java.util.Map;

/**
 * A {@link Graphics2D} that draws into another (JFreeSVG's, which is final) and measures text with
 * {@link PortableFontMetrics}, so that JFreeChart lays out labels the same way on every machine.
 * Everything else is passed on unchanged.
 */
final class PortableMetricsGraphics extends Graphics2D {

    private final Graphics2D svg;

    PortableMetricsGraphics(Graphics2D svg) {
        this.svg = svg;
    }

    @Override
    public FontMetrics getFontMetrics(Font font) {
        return new PortableFontMetrics(font);
    }

    @Override
    public Graphics create() {
        return new PortableMetricsGraphics((Graphics2D) svg.create());
    }

    @Override
    public void addRenderingHints(Map<?, ?> hints) {
        svg.addRenderingHints(hints);
    }

    @Override
    public void clearRect(int x, int y, int width, int height) {
        svg.clearRect(x, y, width, height);
    }

    @Override
    public void clipRect(int x, int y, int width, int height) {
        svg.clipRect(x, y, width, height);
    }

    @Override
    public void clip(Shape shape) {
        svg.clip(shape);
    }

    @Override
    public void copyArea(int x, int y, int width, int height, int dx, int dy) {
        svg.copyArea(x, y, width, height, dx, dy);
    }

    @Override
    public void dispose() {
        svg.dispose();
    }

    @Override
    public void drawArc(int x, int y, int width, int height, int startAngle, int arcAngle) {
        svg.drawArc(x, y, width, height, startAngle, arcAngle);
    }

    @Override
    public void drawGlyphVector(GlyphVector glyphs, float x, float y) {
        svg.drawGlyphVector(glyphs, x, y);
    }

    @Override
    public boolean drawImage(Image image, AffineTransform transform, ImageObserver observer) {
        return svg.drawImage(image, transform, observer);
    }

    @Override
    public boolean drawImage(Image image, int x, int y, Color color, ImageObserver observer) {
        return svg.drawImage(image, x, y, color, observer);
    }

    @Override
    public boolean drawImage(Image image, int x, int y, int width, int height, Color color, ImageObserver observer) {
        return svg.drawImage(image, x, y, width, height, color, observer);
    }

    @Override
    public boolean drawImage(Image image, int dx1, int dy1, int dx2, int dy2, int sx1, int sy1, int sx2, int sy2, Color color, ImageObserver observer) {
        return svg.drawImage(image, dx1, dy1, dx2, dy2, sx1, sy1, sx2, sy2, color, observer);
    }

    @Override
    public boolean drawImage(Image image, int dx1, int dy1, int dx2, int dy2, int sx1, int sy1, int sx2, int sy2, ImageObserver observer) {
        return svg.drawImage(image, dx1, dy1, dx2, dy2, sx1, sy1, sx2, sy2, observer);
    }

    @Override
    public boolean drawImage(Image image, int x, int y, int width, int height, ImageObserver observer) {
        return svg.drawImage(image, x, y, width, height, observer);
    }

    @Override
    public boolean drawImage(Image image, int x, int y, ImageObserver observer) {
        return svg.drawImage(image, x, y, observer);
    }

    @Override
    public void drawImage(BufferedImage image, BufferedImageOp op, int x, int y) {
        svg.drawImage(image, op, x, y);
    }

    @Override
    public void drawLine(int x1, int y1, int x2, int y2) {
        svg.drawLine(x1, y1, x2, y2);
    }

    @Override
    public void drawOval(int x, int y, int width, int height) {
        svg.drawOval(x, y, width, height);
    }

    @Override
    public void drawPolygon(int[] xPoints, int[] yPoints, int nPoints) {
        svg.drawPolygon(xPoints, yPoints, nPoints);
    }

    @Override
    public void drawPolyline(int[] xPoints, int[] yPoints, int nPoints) {
        svg.drawPolyline(xPoints, yPoints, nPoints);
    }

    @Override
    public void drawRenderableImage(RenderableImage image, AffineTransform transform) {
        svg.drawRenderableImage(image, transform);
    }

    @Override
    public void drawRenderedImage(RenderedImage image, AffineTransform transform) {
        svg.drawRenderedImage(image, transform);
    }

    @Override
    public void drawRoundRect(int x, int y, int width, int height, int arcWidth, int arcHeight) {
        svg.drawRoundRect(x, y, width, height, arcWidth, arcHeight);
    }

    @Override
    public void drawString(String string, float x, float y) {
        svg.drawString(string, x, y);
    }

    @Override
    public void drawString(String string, int x, int y) {
        svg.drawString(string, x, y);
    }

    @Override
    public void drawString(AttributedCharacterIterator iterator, float x, float y) {
        svg.drawString(iterator, x, y);
    }

    @Override
    public void drawString(AttributedCharacterIterator iterator, int x, int y) {
        svg.drawString(iterator, x, y);
    }

    @Override
    public void draw(Shape shape) {
        svg.draw(shape);
    }

    @Override
    public void fillArc(int x, int y, int width, int height, int startAngle, int arcAngle) {
        svg.fillArc(x, y, width, height, startAngle, arcAngle);
    }

    @Override
    public void fillOval(int x, int y, int width, int height) {
        svg.fillOval(x, y, width, height);
    }

    @Override
    public void fillPolygon(int[] xPoints, int[] yPoints, int nPoints) {
        svg.fillPolygon(xPoints, yPoints, nPoints);
    }

    @Override
    public void fillRect(int x, int y, int width, int height) {
        svg.fillRect(x, y, width, height);
    }

    @Override
    public void fillRoundRect(int x, int y, int width, int height, int arcWidth, int arcHeight) {
        svg.fillRoundRect(x, y, width, height, arcWidth, arcHeight);
    }

    @Override
    public void fill(Shape shape) {
        svg.fill(shape);
    }

    @Override
    public Color getBackground() {
        return svg.getBackground();
    }

    @Override
    public Rectangle getClipBounds() {
        return svg.getClipBounds();
    }

    @Override
    public Shape getClip() {
        return svg.getClip();
    }

    @Override
    public Color getColor() {
        return svg.getColor();
    }

    @Override
    public Composite getComposite() {
        return svg.getComposite();
    }

    @Override
    public GraphicsConfiguration getDeviceConfiguration() {
        return svg.getDeviceConfiguration();
    }

    @Override
    public FontRenderContext getFontRenderContext() {
        return svg.getFontRenderContext();
    }

    @Override
    public Font getFont() {
        return svg.getFont();
    }

    @Override
    public Paint getPaint() {
        return svg.getPaint();
    }

    @Override
    public Object getRenderingHint(RenderingHints.Key key) {
        return svg.getRenderingHint(key);
    }

    @Override
    public RenderingHints getRenderingHints() {
        return svg.getRenderingHints();
    }

    @Override
    public Stroke getStroke() {
        return svg.getStroke();
    }

    @Override
    public AffineTransform getTransform() {
        return svg.getTransform();
    }

    @Override
    public boolean hit(Rectangle rect, Shape shape, boolean onStroke) {
        return svg.hit(rect, shape, onStroke);
    }

    @Override
    public void rotate(double theta, double x, double y) {
        svg.rotate(theta, x, y);
    }

    @Override
    public void rotate(double theta) {
        svg.rotate(theta);
    }

    @Override
    public void scale(double sx, double sy) {
        svg.scale(sx, sy);
    }

    @Override
    public void setBackground(Color color) {
        svg.setBackground(color);
    }

    @Override
    public void setClip(int x, int y, int width, int height) {
        svg.setClip(x, y, width, height);
    }

    @Override
    public void setClip(Shape shape) {
        svg.setClip(shape);
    }

    @Override
    public void setColor(Color color) {
        svg.setColor(color);
    }

    @Override
    public void setComposite(Composite composite) {
        svg.setComposite(composite);
    }

    @Override
    public void setFont(Font font) {
        svg.setFont(font);
    }

    @Override
    public void setPaintMode() {
        svg.setPaintMode();
    }

    @Override
    public void setPaint(Paint paint) {
        svg.setPaint(paint);
    }

    @Override
    public void setRenderingHint(RenderingHints.Key key, Object object) {
        svg.setRenderingHint(key, object);
    }

    @Override
    public void setRenderingHints(Map<?, ?> hints) {
        svg.setRenderingHints(hints);
    }

    @Override
    public void setStroke(Stroke stroke) {
        svg.setStroke(stroke);
    }

    @Override
    public void setTransform(AffineTransform transform) {
        svg.setTransform(transform);
    }

    @Override
    public void setXORMode(Color color) {
        svg.setXORMode(color);
    }

    @Override
    public void shear(double shx, double shy) {
        svg.shear(shx, shy);
    }

    @Override
    public void transform(AffineTransform transform) {
        svg.transform(transform);
    }

    @Override
    public void translate(double x, double y) {
        svg.translate(x, y);
    }

    @Override
    public void translate(int x, int y) {
        svg.translate(x, y);
    }
}
