package org.opendisclosure.chart;

import java.math.BigDecimal;
import java.util.List;

/**
 * What a horizontal bar chart shows, independent of how it is drawn: categories (one bar each),
 * one or more series (stacked segments of each bar), exact amounts. The chart package draws it;
 * the render stage puts the same numbers in a table beside it.
 *
 * @param id          element id, also the prefix of every id inside the SVG; a validated id
 * @param title       the chart's title (SVG {@code <title>})
 * @param description what the chart shows, in one or two sentences (SVG {@code <desc>})
 * @param series      series names, e.g. 基本支出, 项目支出; one name for a simple bar chart
 * @param categories  the bars, top to bottom
 * @param unit        the unit of the amounts, e.g. 元 or 万元
 */
public record BarChart(String id, String title, String description, List<String> series, List<Category> categories,
        String unit) {

    public BarChart {
        series = List.copyOf(series);
        categories = List.copyOf(categories);
        for (Category category : categories) {
            if (category.values().size() != series.size()) {
                throw new IllegalArgumentException(category.label() + " has " + category.values().size()
                        + " values for " + series.size() + " series");
            }
        }
    }

    /** Whether the bars are made of several stacked series. */
    public boolean stacked() {
        return series.size() > 1;
    }

    /**
     * One bar: its label and one amount per series.
     *
     * @param label  the category's name, e.g. 社会保障和就业支出
     * @param values exact amounts, one per series
     */
    public record Category(String label, List<BigDecimal> values) {
        public Category {
            values = List.copyOf(values);
        }

        public BigDecimal total() {
            return values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        }
    }
}
