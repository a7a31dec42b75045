package org.opendisclosure.derive;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.opendisclosure.model.IndicatorGroup;

/**
 * Two published versions of one project's indicators: the project's own form (项目申报表) and the department
 * budget's section on the project (重点项目说明). Both are published and both are shown as published; this is
 * their difference, computed once here so both pages say the same. Rows are matched as {@link IndicatorMatching}
 * matches them: by their 三级指标 (name), in order; rows without a name by target.
 *
 * @param onlyInForm     rows the form has and the budget section does not
 * @param onlyInBudget   rows the budget section has and the form does not
 * @param targets        rows in both whose targets are written differently
 * @param levels         rows in both placed under different 一级 / 二级指标
 */
public record IndicatorVersions(List<Row> onlyInForm, List<Row> onlyInBudget, List<Pair> targets,
        List<Pair> levels) {

    public IndicatorVersions {
        onlyInForm = List.copyOf(onlyInForm);
        onlyInBudget = List.copyOf(onlyInBudget);
        targets = List.copyOf(targets);
        levels = List.copyOf(levels);
    }

    /** One indicator row: its levels (blank levels are null), name and target as published. */
    public record Row(String level1, String level2, String name, String target) {

        /** 一级指标／二级指标, as a reader reads the row's place in its table. */
        public String place() {
            return IndicatorMatching.place(level1, level2);
        }

        String identity() {
            return name != null ? name : "\u0000" + target;
        }
    }

    /** The same indicator in both versions. */
    public record Pair(Row form, Row budget) {
    }

    /** Whether the two versions publish the same rows with the same targets under the same levels. */
    public boolean isSame() {
        return onlyInForm.isEmpty() && onlyInBudget.isEmpty() && targets.isEmpty() && levels.isEmpty();
    }

    /** Compares the project's form ({@code form}) with a budget's section on it ({@code budget}). */
    public static IndicatorVersions compare(List<IndicatorGroup> form, List<IndicatorGroup> budget) {
        List<Row> onlyInForm = new ArrayList<>();
        List<Row> onlyInBudget = new ArrayList<>();
        List<Pair> targets = new ArrayList<>();
        List<Pair> levels = new ArrayList<>();
        for (List<Row> line : IndicatorMatching.match(
                List.of(IndicatorMatching.rows(form), IndicatorMatching.rows(budget)), Row::identity)) {
            Row inForm = line.get(0);
            Row inBudget = line.get(1);
            if (inBudget == null) {
                onlyInForm.add(inForm);
            } else if (inForm == null) {
                onlyInBudget.add(inBudget);
            } else {
                if (!Objects.equals(inForm.target(), inBudget.target())) {
                    targets.add(new Pair(inForm, inBudget));
                }
                if (!inForm.place().equals(inBudget.place())) {
                    levels.add(new Pair(inForm, inBudget));
                }
            }
        }
        return new IndicatorVersions(onlyInForm, onlyInBudget, targets, levels);
    }
}
