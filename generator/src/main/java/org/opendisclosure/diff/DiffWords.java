package org.opendisclosure.diff;

import java.math.BigDecimal;

import org.opendisclosure.model.IndicatorTarget;
import org.opendisclosure.model.MoneyFormat;

/** How the reports word figures, percentages, targets and places; shared by Markdown, text and the change log. */
final class DiffWords {

    private DiffWords() {
    }

    /** An amount in 元 as readers see it on the site ({@code 1,234,500}), or {@code —} when absent. */
    static String money(BigDecimal amount) {
        if (amount == null) {
            return "—";
        }
        return amount.stripTrailingZeros().scale() <= 2 ? MoneyFormat.whole(amount) : amount.toPlainString();
    }

    /** A difference with its sign. */
    static String signed(BigDecimal amount) {
        return (amount.signum() > 0 ? "+" : "") + money(amount);
    }

    /** A percentage with its sign, or {@code —} without an older value. */
    static String percent(BigDecimal percent) {
        return percent == null ? "—" : (percent.signum() > 0 ? "+" : "") + percent.toPlainString() + "%";
    }

    /** One amount change in a sentence: {@code 年度资金 1,000 → 1,200 元（+200，+20.0%）}. */
    static String amount(AmountChange change) {
        return change.field() + " " + money(change.before()) + " → " + money(change.after()) + " 元（"
                + signed(change.difference()) + "，" + percent(change.percent()) + "）";
    }

    static String target(IndicatorTarget target) {
        return target == null ? "—" : target.text();
    }

    /** One indicator change in a sentence. */
    static String indicator(IndicatorChange change) {
        String head = change.kind().label() + "：项目「" + change.project() + "」· ";
        return switch (change.kind()) {
            case ADDED -> head + change.groupAfter() + " · " + change.indicator() + "：" + target(change.after());
            case REMOVED -> head + change.groupBefore() + " · " + change.indicator() + "：" + target(change.before());
            case REGROUPED -> head + change.indicator() + "：" + change.groupBefore() + " → " + change.groupAfter();
            case RETARGETED -> head + change.groupAfter() + " · " + change.indicator() + "：" + target(change.before())
                    + " → " + target(change.after()) + "（" + change.promise().label() + "）";
        };
    }

    /** One record change in a sentence. */
    static String record(RecordChange change) {
        String head = change.kind().label() + change.record() + "「" + change.name() + "」（" + change.id() + "）";
        return switch (change.kind()) {
            case ADDED -> head + (change.after().isEmpty() ? "" : "，单位：" + change.after());
            case REMOVED -> head;
            case RENAMED -> change.kind().label() + change.record() + "（" + change.id() + "）：「" + change.before()
                    + "」→「" + change.after() + "」";
            case MOVED, FILE_MOVED -> head + "：" + change.before() + " → " + change.after();
        };
    }
}
