package org.opendisclosure.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Rectangle2D;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;
import org.opendisclosure.markup.Xml;

/**
 * The chart stage: draws a {@link BarChart} with JFreeChart into SVG with JFreeSVG. Labels are
 * SVG text, so Chinese is rendered by the reader's browser; each bar is labelled with its exact
 * amount (formatted from the decimal, never from the drawing's doubles). The output is
 * deterministic: flat colours (no gradients, whose ids JFreeSVG numbers in hash order), and a
 * fixed defs-id prefix per chart instead of JFreeSVG's default, which contains
 * {@code System.nanoTime()}, and text measured by {@link PortableFontMetrics} rather than by the
 * platform's fonts, which differ between machines and even between default locales. The SVG
 * carries {@code role="img"}, a title and a description.
 *
 * <p>Stateless; a new JFreeChart is built for every call, so calls may run in parallel.
 */
public final class SvgChartRenderer {

    /**
     * Drawn width in SVG units; the page shows a chart at most this many CSS pixels wide (site.css,
     * {@code .chart-image}), so on a desktop its text is {@link #FONT_SIZE} px.
     */
    static final int WIDTH = 420;
    /**
     * The text size in SVG units. At 375 px a chart is 343 px wide (the page's 1rem margins), so the
     * text is drawn at 15 × 343 / 420 ≈ 12.25 px: at least 12 px, which the browser tests measure.
     */
    static final int FONT_SIZE = 15;
    /** A category's name wraps onto at most this many lines before it is cut short. */
    static final int LABEL_LINES = 3;
    /** The share of the plot's width a category's name may take before it wraps. */
    private static final float LABEL_WIDTH_RATIO = 0.4f;
    private static final Color[] SERIES_COLOURS = {new Color(0x0b5394), new Color(0xd96c00), new Color(0x38761d),
        new Color(0x741b47), new Color(0x5b5b5b)};
    private static final Font LABEL_FONT = new PortableFont(Font.PLAIN, FONT_SIZE);

    private final Function<BigDecimal, String> format;

    /** @param format how amounts are printed on the bars, e.g. {@code MoneyFormat::whole} */
    public SvgChartRenderer(Function<BigDecimal, String> format) {
        this.format = format;
    }

    public String render(BarChart chart) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        List<BarChart.Category> categories = chart.categories();
        for (int c = 0; c < categories.size(); c++) {
            for (int s = 0; s < chart.series().size(); s++) {
                // Drawing needs doubles; the labels below are formatted from the exact decimals.
                dataset.addValue(categories.get(c).values().get(s).doubleValue(), chart.series().get(s),
                        new CategoryKey(c, categories.get(c).label()));
            }
        }
        BarRenderer renderer = chart.stacked() ? new StackedBarRenderer() : new BarRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        // Stacked segments are parted by a white line, so they stay apart where colours are hard
        // to tell apart (the legend names them; the table beside the chart has every number).
        renderer.setDrawBarOutline(chart.stacked());
        renderer.setDefaultOutlinePaint(Color.WHITE);
        renderer.setDefaultOutlineStroke(new BasicStroke(1.5f));
        renderer.setMaximumBarWidth(0.7);
        for (int s = 0; s < chart.series().size(); s++) {
            renderer.setSeriesPaint(s, SERIES_COLOURS[s % SERIES_COLOURS.length]);
        }
        renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator() {
            @Override
            public String generateLabel(CategoryDataset data, int row, int column) {
                // One label per bar, at its end: the exact total, on the last segment that has a
                // length (a zero segment is drawn at the axis, not at the end of the stack).
                BarChart.Category category = categories.get(column);
                return row == labelledSeries(category) ? format.apply(category.total()) : null;
            }
        });
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultItemLabelFont(LABEL_FONT);
        renderer.setDefaultItemLabelPaint(Color.BLACK);
        ItemLabelPosition end = new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT);
        renderer.setDefaultPositiveItemLabelPosition(end);
        renderer.setPositiveItemLabelPositionFallback(end);

        CategoryAxis categoryAxis = new CategoryAxis();
        categoryAxis.setTickLabelFont(LABEL_FONT);
        categoryAxis.setTickLabelPaint(Color.BLACK);
        categoryAxis.setMaximumCategoryLabelWidthRatio(LABEL_WIDTH_RATIO);
        categoryAxis.setMaximumCategoryLabelLines(LABEL_LINES);
        categoryAxis.setCategoryMargin(0.25);
        NumberAxis valueAxis = new NumberAxis();
        valueAxis.setVisible(false);
        valueAxis.setAutoRangeIncludesZero(true);
        valueAxis.setUpperMargin(0.55);
        CategoryPlot plot = new CategoryPlot(dataset, categoryAxis, valueAxis, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setRangeGridlinesVisible(false);

        JFreeChart jfree = new JFreeChart(null, LABEL_FONT, plot, chart.stacked());
        jfree.setBackgroundPaint(Color.WHITE);
        jfree.setAntiAlias(true);
        jfree.setTextAntiAlias(true);
        if (chart.stacked()) {
            LegendTitle legend = jfree.getLegend();
            legend.setItemFont(LABEL_FONT);
            legend.setPosition(RectangleEdge.TOP);
            legend.setFrame(org.jfree.chart.block.BlockBorder.NONE);
        }
        int height = 24 + barSlot(categories) * Math.max(1, categories.size()) + (chart.stacked() ? 32 : 0);
        SVGGraphics2D svg = new SVGGraphics2D(WIDTH, height);
        svg.setDefsKeyPrefix(chart.id() + "-");
        jfree.draw(new PortableMetricsGraphics(svg), new Rectangle2D.Double(0, 0, WIDTH, height));
        // The figure around the chart carries the chart's id (the page's anchor); the SVG its own.
        String element = svg.getSVGElement(chart.id() + "-image", false, new ViewBox(0, 0, WIDTH, height), null, null);
        return accessible(withoutUnusedNamespace(element), chart);
    }

    /**
     * JFreeSVG declares its own namespace on every SVG, which HTML does not allow on an inline
     * {@code <svg>} (the W3C checker reports it on every chart); it is dropped when nothing uses it.
     */
    static String withoutUnusedNamespace(String element) {
        String declaration = " xmlns:jfreesvg='http://www.jfree.org/jfreesvg/svg'";
        String without = element.replace(declaration, "");
        return without.contains("jfreesvg:") ? element : without;
    }

    /**
     * The height of one bar's row: room for its name on as many lines as the longest name needs
     * (estimated with the portable metrics), so that wrapped names never run into each other.
     */
    static int barSlot(List<BarChart.Category> categories) {
        float labelWidth = LABEL_WIDTH_RATIO * (WIDTH - 16);
        int lines = 1;
        for (BarChart.Category category : categories) {
            float width = PortableFontMetrics.width(category.label(), FONT_SIZE);
            lines = Math.max(lines, Math.min(LABEL_LINES, (int) Math.ceil(width / labelWidth)));
        }
        float lineHeight = FONT_SIZE * (PortableFontMetrics.ASCENT + PortableFontMetrics.DESCENT + PortableFontMetrics.LEADING);
        return Math.max(38, Math.round(lines * lineHeight + 16));
    }

    /** The series whose segment ends the bar: the last with a non-zero amount, or the first. */
    static int labelledSeries(BarChart.Category category) {
        for (int s = category.values().size() - 1; s > 0; s--) {
            if (category.values().get(s).signum() != 0) {
                return s;
            }
        }
        return 0;
    }

    /** Adds {@code role="img"}, a title and a description right after the opening tag. */
    private static String accessible(String element, BarChart chart) {
        int open = element.indexOf('>');
        String head = element.substring(0, open);
        String rest = element.substring(open + 1);
        return head + " role='img' aria-labelledby='" + chart.id() + "-title " + chart.id() + "-desc'"
                + " class='chart-svg'>"
                + "<title id='" + chart.id() + "-title'>" + Xml.escape(chart.title()) + "</title>"
                + "<desc id='" + chart.id() + "-desc'>" + Xml.escape(chart.description()) + "</desc>" + rest;
    }

    /**
     * A category key unique per position, so two bars with the same label stay two bars; it
     * prints as its label.
     */
    private record CategoryKey(int index, String label) implements Comparable<CategoryKey> {
        @Override
        public int compareTo(CategoryKey other) {
            return Integer.compare(index, other.index);
        }

        @Override
        public String toString() {
            return label;
        }
    }
}
