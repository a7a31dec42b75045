package org.opendisclosure.model;

/**
 * 三级指标 (or 绩效指标 on two-level forms) with its target.
 *
 * @param name    the indicator's name, or null where the form leaves it blank
 * @param target  the target
 * @param keyPath where it stands, e.g. {@code indicators[1].groups[0].items[2]}
 */
public record Indicator(String name, IndicatorTarget target, String keyPath) {
}
