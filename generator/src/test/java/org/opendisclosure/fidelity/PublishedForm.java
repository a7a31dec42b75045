package org.opendisclosure.fidelity;

import java.math.BigDecimal;
import java.util.List;

/**
 * One published project form (财政项目支出绩效目标申报表) as its seed lines state it.
 *
 * @param line the 项目名称 line
 * @param amounts the printed amounts, keyed by the content's {@code funding} key
 */
record PublishedForm(SeedText seed, int line, int year, String name, String unit, List<Amount> amounts,
        List<SubProjectLine> subprojects, List<PublishedIndicator> indicators) {

    /** A printed amount: {@code key} is the content key that carries it (e.g. {@code annual_total}). */
    record Amount(int line, String key, String label, BigDecimal value) {
    }

    /** A 子项目 line of a 2019 form's 项目当年投入资金构成. */
    record SubProjectLine(int line, String name, BigDecimal amount) {
    }

    static BigDecimal money(String cell) {
        String plain = cell.replace(",", "").strip();
        return plain.matches("-?\\d+(\\.\\d+)?") ? new BigDecimal(plain) : null;
    }
}
