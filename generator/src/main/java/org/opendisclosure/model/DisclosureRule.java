package org.opendisclosure.model;

import java.math.BigDecimal;

/**
 * One item of a year's disclosure rules (公开内容清单) beside the eight tables.
 *
 * @param check        what it asks for
 * @param label        what the checklist calls it
 * @param phrase       a phrase 其他相关情况说明 must contain for the item to count as explained, or null when the rule
 *                     asks for no explanation
 * @param minimumShare for {@link RuleCheck#PERFORMANCE_TARGETS}: the least share, in percent, of the projects that
 *                     set targets whose targets must be published; null where no share applies
 * @param keyPath      where it stands in its file
 */
public record DisclosureRule(RuleCheck check, String label, String phrase, BigDecimal minimumShare, String keyPath) {
}
