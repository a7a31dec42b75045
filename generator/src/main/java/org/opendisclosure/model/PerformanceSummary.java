package org.opendisclosure.model;

import java.math.BigDecimal;

/**
 * 绩效目标设置情况: how many units and projects set performance targets, and the funds involved
 * (万元). Any figure not stated is null.
 */
public record PerformanceSummary(Integer units, Integer projects, BigDecimal funds) {
}
