package org.opendisclosure.render;

/** A year, department or unit as a row of a list, with its project count and total (元, formatted). */
public record GroupSummary(String name, String href, String detail, int projectCount, String amount) {
}
