package org.opendisclosure.render;

import java.math.BigDecimal;

/**
 * A year, department or unit as a row of a list, with its project count and total in 元, or a null
 * total where the list shows none.
 */
public record GroupSummary(String name, String href, String detail, int projectCount, BigDecimal amount) {
}
