package org.opendisclosure.render;

import java.util.ArrayList;
import java.util.List;

import org.opendisclosure.model.IndicatorGroup;
import org.opendisclosure.model.IndicatorSubgroup;
import org.opendisclosure.model.Indicator;
import org.opendisclosure.model.IndicatorTarget;
import org.opendisclosure.model.ProjectForm;

/**
 * An indicator table laid out as on the published form: one row per indicator, the 一级 and 二级
 * cells spanning their rows. Rowspans are computed here so the template only prints cells.
 */
public record IndicatorTableView(String id, boolean threeLevel, List<String> headings, List<Row> rows,
        int indicatorCount, int quantitativeCount) implements DownloadableTable {

    /** The column the page adds after the published ones: the target as read. */
    static final String PARSED_HEADING = "解读";

    @Override
    public List<String> csvHeader() {
        List<String> header = new ArrayList<>(headings);
        header.add(PARSED_HEADING);
        return header;
    }

    /** Every row in full: the 一级 and 二级 cells that span rows on the page are repeated. */
    @Override
    public List<List<String>> csvRows() {
        List<List<String>> csv = new ArrayList<>();
        String level1 = "";
        String level2 = "";
        for (Row row : rows) {
            level1 = row.level1() != null ? row.level1().text() : level1;
            level2 = row.level2() != null ? row.level2().text() : level2;
            List<String> cells = new ArrayList<>(List.of(level1));
            if (threeLevel) {
                cells.add(level2);
            }
            cells.addAll(List.of(row.name(), row.target(), row.parsed()));
            csv.add(cells);
        }
        return csv;
    }

    /** The rows in groups of one 一级指标 each: a row starting with a 一级 cell starts a group. */
    public List<List<Row>> groups() {
        List<List<Row>> groups = new ArrayList<>();
        for (Row row : rows) {
            if (row.level1() != null || groups.isEmpty()) {
                groups.add(new ArrayList<>());
            }
            groups.get(groups.size() - 1).add(row);
        }
        return groups.stream().map(List::copyOf).toList();
    }

    /** A spanning cell; rows that continue a span have no cell (null) in that column. */
    public record Cell(String text, int rowspan) {
    }

    /**
     * @param level1     一级 cell, or null when the row continues the one above
     * @param level2     二级 cell, or null when it continues (always null on two-level tables)
     * @param name       三级指标 (or 绩效指标), empty when blank on the form
     * @param target     the target exactly as published
     * @param parsed     the parsed reading ({@code 不低于 98 %}), or empty for qualitative targets
     * @param source     the workbook cell the target was imported from ({@code 申报表!E14}), or empty
     */
    public record Row(Cell level1, Cell level2, String name, String target, String parsed, String source) {
    }

    /** The imported targets with their cells, for the note under the table; empty when typed by hand. */
    public List<TableLayout.Source> sources() {
        List<TableLayout.Source> sources = new ArrayList<>();
        String level1 = "";
        String level2 = "";
        for (Row row : rows) {
            level1 = row.level1() != null ? row.level1().text() : level1;
            level2 = row.level2() != null ? row.level2().text() : level2;
            if (!row.source().isEmpty()) {
                String figure = java.util.stream.Stream.of(level1, threeLevel ? level2 : "", row.name())
                        .filter(t -> !t.isEmpty()).collect(java.util.stream.Collectors.joining(" · "));
                sources.add(new TableLayout.Source(figure + " · " + headings.get(headings.size() - 1), row.source()));
            }
        }
        return sources;
    }

    /** The table of {@code groups} as the page with element id {@code id} shows it. */
    public static IndicatorTableView of(String id, ProjectForm form, List<IndicatorGroup> groups) {
        return of(id, form, groups, java.util.Map.of());
    }

    /**
     * As {@link #of(String, ProjectForm, List)}, each target traced to the workbook cell {@code cells}
     * names for its key path ({@code indicators[0].groups[1].items[0].target}).
     */
    public static IndicatorTableView of(String id, ProjectForm form, List<IndicatorGroup> groups,
            java.util.Map<String, String> cells) {
        boolean threeLevel = groups.stream().anyMatch(IndicatorGroup::threeLevel);
        List<Row> rows = new ArrayList<>();
        int count = 0;
        int quantitative = 0;
        for (IndicatorGroup group : groups) {
            int groupRows = group.subgroups().stream().mapToInt(s -> Math.max(1, s.indicators().size())).sum();
            if (groupRows == 0) {
                rows.add(new Row(new Cell(text(group.level1()), 1), threeLevel ? new Cell("", 1) : null, "", "", "", ""));
                continue;
            }
            boolean firstOfGroup = true;
            for (IndicatorSubgroup subgroup : group.subgroups()) {
                int span = Math.max(1, subgroup.indicators().size());
                boolean firstOfSubgroup = true;
                List<Indicator> indicators = subgroup.indicators().isEmpty() ? null : subgroup.indicators();
                for (int i = 0; i < span; i++) {
                    Cell level1 = firstOfGroup ? new Cell(text(group.level1()), groupRows) : null;
                    Cell level2 = threeLevel && firstOfSubgroup ? new Cell(text(subgroup.level2()), span) : null;
                    if (indicators == null) {
                        rows.add(new Row(level1, level2, "", "", "", ""));
                    } else {
                        Indicator indicator = indicators.get(i);
                        count++;
                        if (indicator.target().isQuantitative()) {
                            quantitative++;
                        }
                        rows.add(new Row(level1, level2, text(indicator.name()), indicator.target().text(),
                                parsed(indicator.target()), cells.getOrDefault(indicator.keyPath() + ".target", "")));
                    }
                    firstOfGroup = false;
                    firstOfSubgroup = false;
                }
            }
        }
        List<String> headings = form == ProjectForm.FORM_2019
                ? threeLevel ? List.of("一级指标", "二级指标", "三级指标", "指标目标值")
                        : List.of("分解目标内容", "绩效指标", "指标目标值")
                : List.of("一级指标", "二级指标", "三级指标", "年度(/项目)指标值");
        return new IndicatorTableView(id, threeLevel, headings, rows, count, quantitative);
    }

    /** The parsed reading of a target in words: {@code 不低于 98.00 %}; empty when qualitative. */
    static String parsed(IndicatorTarget target) {
        if (!target.isQuantitative()) {
            return "";
        }
        String comparator = target.comparator() == null ? "" : target.comparator().words() + " ";
        return (comparator + target.number().toPlainString() + " " + target.unit()).strip();
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
