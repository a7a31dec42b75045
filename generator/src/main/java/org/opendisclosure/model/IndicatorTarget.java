package org.opendisclosure.model;

import java.math.BigDecimal;

/**
 * 指标值: an indicator's target. The published text is always kept; where it has the form
 * comparator + number + unit ({@code ≥98(%)}, {@code <4.97元/分钟}) the parts are parsed too.
 *
 * @param text       the target exactly as published
 * @param comparator the comparator, or null (qualitative, or a number written without one)
 * @param number     the number, exact, or null when the target is qualitative
 * @param unit       the unit ({@code %}, {@code 元/分钟}), or empty
 */
public record IndicatorTarget(String text, TargetComparator comparator, BigDecimal number, String unit) {

    public static IndicatorTarget qualitative(String text) {
        return new IndicatorTarget(text, null, null, "");
    }

    /** Whether a number was parsed from the target. */
    public boolean isQuantitative() {
        return number != null;
    }
}
