/**
 * Charts: bar charts drawn with JFreeChart as accessible SVG whose labels are real text. Used by
 * {@code render} only; uses {@code markup}.
 */
package org.opendisclosure.chart;
