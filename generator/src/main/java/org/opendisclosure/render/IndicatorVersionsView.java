package org.opendisclosure.render;

import java.util.ArrayList;
import java.util.List;

import org.opendisclosure.derive.IndicatorVersions;

/**
 * What a page says about a project's indicators being published twice, differently: a sentence, a link to the
 * other page, and one row per difference. The project page and the department page show the same view of the same
 * {@link IndicatorVersions}, computed once in derive.
 *
 * @param id      the heading's id (also names the table's caption)
 * @param summary what differs, in words
 * @param other   the page that shows the other version
 * @param rows    the differences: rows only in one version, targets written differently, rows placed differently
 */
public record IndicatorVersionsView(String id, String summary, Link other, List<Difference> rows)
        implements DownloadableTable {

    private static final List<String> HEADER = List.of("三级指标", "差异", "项目申报表", "部门预算重点项目说明");

    public IndicatorVersionsView {
        rows = List.copyOf(rows);
    }

    /** The column headings, as on the page. */
    public List<String> headings() {
        return HEADER;
    }

    @Override
    public List<String> csvHeader() {
        return HEADER;
    }

    @Override
    public List<List<String>> csvRows() {
        return rows.stream().map(r -> List.of(r.name(), r.kind(), r.inForm(), r.inBudget())).toList();
    }

    /** One difference: the indicator, what differs, and what each version publishes. */
    public record Difference(String name, String kind, String inForm, String inBudget) {
    }

    static IndicatorVersionsView of(String id, IndicatorVersions versions, String budgetName, Link other) {
        List<Difference> rows = new ArrayList<>();
        for (IndicatorVersions.Row row : versions.onlyInForm()) {
            rows.add(new Difference(name(row), "仅见于项目申报表", row.place() + "：" + row.target(), "—"));
        }
        for (IndicatorVersions.Row row : versions.onlyInBudget()) {
            rows.add(new Difference(name(row), "仅见于部门预算", "—", row.place() + "：" + row.target()));
        }
        for (IndicatorVersions.Pair pair : versions.targets()) {
            rows.add(new Difference(name(pair.form()), "指标值写法不同", pair.form().target(), pair.budget().target()));
        }
        for (IndicatorVersions.Pair pair : versions.levels()) {
            rows.add(new Difference(name(pair.form()), "所属层级不同", pair.form().place(), pair.budget().place()));
        }
        String summary = "本项目的绩效指标公开了两个版本：项目申报表，以及" + budgetName + "的重点项目说明所附的绩效目标表。"
                + "两个版本均按原文显示；两者的差异是：" + counts(versions) + "。";
        return new IndicatorVersionsView(id, summary, other, rows);
    }

    private static String counts(IndicatorVersions versions) {
        List<String> parts = new ArrayList<>();
        if (!versions.onlyInForm().isEmpty()) {
            parts.add(versions.onlyInForm().size() + " 项指标只见于项目申报表");
        }
        if (!versions.onlyInBudget().isEmpty()) {
            parts.add(versions.onlyInBudget().size() + " 项指标只见于部门预算");
        }
        if (!versions.targets().isEmpty()) {
            parts.add(versions.targets().size() + " 项指标的指标值写法不同");
        }
        if (!versions.levels().isEmpty()) {
            parts.add(versions.levels().size() + " 项指标所属的一级或二级指标不同");
        }
        return String.join("，", parts);
    }

    private static String name(IndicatorVersions.Row row) {
        return row.name() == null ? "（未填三级指标）" : row.name();
    }
}
