package org.opendisclosure.model;

import java.math.BigDecimal;

/**
 * 基本支出 and 项目支出 paid from one source of funds.
 *
 * @param keyPath where it was typed, or null when implied by the row
 */
public record SpendingSplit(BigDecimal basic, BigDecimal project, String keyPath) {

    public static final SpendingSplit ZERO = new SpendingSplit(BigDecimal.ZERO, BigDecimal.ZERO, null);

    public BigDecimal total() {
        return basic.add(project);
    }
}
