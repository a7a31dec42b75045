package org.opendisclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.jsoup.nodes.Element;

/**
 * Reads a chart back from the page and compares it with the table beside it: the value labels
 * printed on the bars are the table's totals, in order (rounded to 万元 or 亿元 by at most half a
 * step of their last decimal), and each bar's drawn length is that total
 * on one common scale. A chart that drew other numbers than its table fails here.
 */
public final class ChartAssertions {

    private static final java.util.regex.Pattern LABEL = java.util.regex.Pattern.compile("(-?[\\d,]+(?:\\.\\d+)?) (亿元|万元|元)");
    private static final BigDecimal WAN = new BigDecimal("10000");
    private static final BigDecimal YI = new BigDecimal("100000000");
    private static final BigDecimal TWO = new BigDecimal("2");

    private ChartAssertions() {
    }

    public static void assertChartMatchesItsTable(Element figure, String where) {
        Element svg = figure.selectFirst("svg");
        assertNotNull(svg, where);
        assertEquals("img", svg.attr("role"), where);
        assertTrue(svg.selectFirst("title") != null && !svg.selectFirst("title").text().isBlank(), where);
        assertTrue(svg.selectFirst("desc") != null && !svg.selectFirst("desc").text().isBlank(), where);

        List<String> totals = new ArrayList<>();
        for (Element row : figure.select("table tbody tr")) {
            List<Element> cells = row.select("td");
            totals.add(cells.get(cells.size() - 1).text());
        }
        // The bars are labelled for readers (13.21 亿元); each label must be its row's exact total
        // rounded to the label's unit and decimals, read back here without the site's formatter.
        BigDecimal tableUnit = figure.select("table caption").text().contains("万元") ? WAN : BigDecimal.ONE;
        List<String> labels = svg.select("text").eachText().stream()
                .filter(t -> LABEL.matcher(t).matches()).toList();
        assertEquals(totals.size(), labels.size(), where + ": one value label per bar: " + labels);
        for (int i = 0; i < totals.size(); i++) {
            java.util.regex.Matcher label = LABEL.matcher(labels.get(i));
            assertTrue(label.matches());
            BigDecimal shown = new BigDecimal(label.group(1).replace(",", ""));
            BigDecimal unit = switch (label.group(2)) {
                case "亿元" -> YI;
                case "万元" -> WAN;
                default -> BigDecimal.ONE;
            };
            BigDecimal exact = new BigDecimal(totals.get(i).replace(",", "")).multiply(tableUnit);
            BigDecimal error = exact.subtract(shown.multiply(unit)).abs();
            BigDecimal halfStep = unit.equals(BigDecimal.ONE) ? BigDecimal.ZERO : unit.movePointLeft(2).divide(TWO);
            assertTrue(error.compareTo(halfStep) <= 0, where + ": label " + labels.get(i) + " for " + totals.get(i));
        }

        // Bars: rects filled with a series colour, grouped by their vertical position.
        Map<Double, Double> lengthByRow = new TreeMap<>();
        for (Element rect : svg.select("rect")) {
            String style = rect.attr("style");
            if (style.contains("fill:rgb(11,83,148)") || style.contains("fill:rgb(217,108,0)")
                    || style.contains("fill:rgb(56,118,29)") || style.contains("fill:rgb(116,27,71)")
                    || style.contains("fill:rgb(91,91,91)")) {
                lengthByRow.merge(Double.parseDouble(rect.attr("y")), Double.parseDouble(rect.attr("width")),
                        Double::sum);
            }
        }
        List<BigDecimal> values = totals.stream().map(t -> new BigDecimal(t.replace(",", ""))).toList();
        List<BigDecimal> nonZero = values.stream().filter(v -> v.signum() != 0).toList();
        List<Double> lengths = new ArrayList<>(lengthByRow.values());
        assertEquals(nonZero.size(), lengths.stream().filter(l -> l > 0).count(), where + ": one bar per non-zero row");
        double max = nonZero.stream().mapToDouble(BigDecimal::doubleValue).max().orElse(0);
        double longest = lengths.stream().mapToDouble(Double::doubleValue).max().orElse(0);
        int bar = 0;
        for (BigDecimal value : values) {
            if (value.signum() == 0) {
                continue;
            }
            while (lengths.get(bar) == 0) {
                bar++;
            }
            double expected = value.doubleValue() / max * longest;
            assertEquals(expected, lengths.get(bar), 0.5, where + ": bar for " + value);
            bar++;
        }
    }
}
