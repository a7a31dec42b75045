package org.opendisclosure.model;

import java.util.List;

/**
 * 二级指标 with its indicators. On two-level forms, and where a form leaves 二级指标 blank,
 * {@code level2} is null.
 */
public record IndicatorSubgroup(String level2, List<Indicator> indicators, String keyPath) {
    public IndicatorSubgroup {
        indicators = List.copyOf(indicators);
    }
}
