package org.opendisclosure.diff;

import java.util.List;

import org.opendisclosure.problem.Problem;

/** A {@link ContentDiff} as plain text for a terminal: the same summary and details as the Markdown, without markup. */
public final class DiffText {

    public String format(ContentDiff diff) {
        StringBuilder out = new StringBuilder();
        out.append("内容变更：").append(diff.base()).append(" → ").append(diff.head()).append('\n');
        if (diff.isEmpty()) {
            return out.append("没有变化。\n").toString();
        }
        CheckChanges checks = diff.checks();
        out.append("  项目和预算 ").append(diff.records().size()).append("，金额 ").append(diff.amounts().size())
                .append("，绩效指标 ").append(diff.indicators().size()).append("，文字 ").append(diff.prose().size())
                .append("，新错误 ").append(checks.newErrors().size()).append("，已改正错误 ")
                .append(checks.fixedErrors().size()).append("，新警告 ").append(checks.newWarnings().size())
                .append("，消除的警告 ").append(checks.removedWarnings().size()).append('\n');
        if (!diff.totals().isEmpty()) {
            out.append("\n合计（支出合计，元）\n");
            for (TotalChange total : diff.totals()) {
                AmountChange a = total.amount();
                out.append("  ").append(total.level() == TotalChange.Level.YEAR ? a.subject()
                        : a.place().year() + " 年 " + total.level().label() + " " + a.subject()).append("：")
                        .append(DiffWords.money(a.before())).append(" → ").append(DiffWords.money(a.after()))
                        .append("（").append(DiffWords.signed(a.difference())).append("，")
                        .append(DiffWords.percent(a.percent())).append("）\n");
            }
        }
        problems(out, "新错误", checks.newErrors());
        problems(out, "已改正的错误", checks.fixedErrors());
        problems(out, "新警告", checks.newWarnings());
        problems(out, "消除的警告", checks.removedWarnings());
        problems(out, "新增的差异说明", checks.newAcknowledged());
        problems(out, "撤销的差异说明", checks.removedAcknowledged());
        out.append("\n明细\n");
        for (String line : ChangeLines.of(diff, Integer.MAX_VALUE).lines()) {
            out.append("  ").append(line).append('\n');
        }
        return out.toString();
    }

    private static void problems(StringBuilder out, String heading, List<Problem> problems) {
        if (!problems.isEmpty()) {
            out.append('\n').append(heading).append('\n');
            problems.forEach(p -> out.append("  ").append(p.format()).append('\n'));
        }
    }
}
