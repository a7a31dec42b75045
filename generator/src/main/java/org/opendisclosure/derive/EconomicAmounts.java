package org.opendisclosure.derive;

import java.math.BigDecimal;
import java.util.List;

import org.opendisclosure.model.EconomicRow;

/** 人员经费 and 公用经费 of an economic code, for one row or summed over a 类. In 元. */
public record EconomicAmounts(BigDecimal personnel, BigDecimal office) {

    public static final EconomicAmounts ZERO = new EconomicAmounts(BigDecimal.ZERO, BigDecimal.ZERO);

    public static CodeRollup<EconomicAmounts> rollUp(List<EconomicRow> rows) {
        return CodeRollup.of(rows, EconomicRow::code, r -> new EconomicAmounts(r.personnel(), r.office()), ZERO,
                EconomicAmounts::plus);
    }

    public EconomicAmounts plus(EconomicAmounts o) {
        return new EconomicAmounts(personnel.add(o.personnel), office.add(o.office));
    }

    public BigDecimal total() {
        return personnel.add(office);
    }
}
