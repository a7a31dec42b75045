package org.opendisclosure.derive;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.opendisclosure.model.Indicator;
import org.opendisclosure.model.IndicatorGroup;
import org.opendisclosure.model.IndicatorSubgroup;

/**
 * Two published versions of one project's indicators: the project's own form (项目申报表) and the department
 * budget's section on the project (重点项目说明). Both are published and both are shown as published; this is
 * their difference, computed once here so both pages say the same. Rows are matched by their 三级指标 (name),
 * in order; rows without a name are matched by target.
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
            return Objects.requireNonNullElse(level1, "—") + (level2 == null ? "" : "／" + level2);
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

    public static IndicatorVersions compare(List<IndicatorGroup> form, List<IndicatorGroup> budget) {
        List<Row> formRows = rows(form);
        List<Row> budgetRows = new ArrayList<>(rows(budget));
        List<Row> onlyInForm = new ArrayList<>();
        List<Pair> targets = new ArrayList<>();
        List<Pair> levels = new ArrayList<>();
        for (Row row : formRows) {
            Row match = budgetRows.stream().filter(other -> other.identity().equals(row.identity())).findFirst()
                    .orElse(null);
            if (match == null) {
                onlyInForm.add(row);
                continue;
            }
            budgetRows.remove(match);
            if (!Objects.equals(row.target(), match.target())) {
                targets.add(new Pair(row, match));
            }
            if (!row.place().equals(match.place())) {
                levels.add(new Pair(row, match));
            }
        }
        return new IndicatorVersions(onlyInForm, budgetRows, targets, levels);
    }

    private static List<Row> rows(List<IndicatorGroup> groups) {
        List<Row> rows = new ArrayList<>();
        for (IndicatorGroup group : groups) {
            for (IndicatorSubgroup subgroup : group.subgroups()) {
                for (Indicator indicator : subgroup.indicators()) {
                    rows.add(new Row(group.level1(), subgroup.level2(), indicator.name(), indicator.target().text()));
                }
            }
        }
        return rows;
    }
}
