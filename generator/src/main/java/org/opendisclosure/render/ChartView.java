package org.opendisclosure.render;

/**
 * A chart as a page shows it: the SVG markup (drawn and escaped by the chart stage) and the
 * table with the same numbers beside it.
 */
public record ChartView(String id, String title, String svg, DataTable table) {
}
