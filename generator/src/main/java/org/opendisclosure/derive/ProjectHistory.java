package org.opendisclosure.derive;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

import org.opendisclosure.model.Funding;
import org.opendisclosure.model.Indicator;
import org.opendisclosure.model.IndicatorGroup;
import org.opendisclosure.model.IndicatorSubgroup;
import org.opendisclosure.model.IndicatorTarget;
import org.opendisclosure.model.Project;
import org.opendisclosure.model.ProjectForm;

/**
 * A project's history: the same project (same id) in every year it was published, its funding side by side and
 * its indicators matched by name across the years. The 2019 and 2024 forms ask for funding differently; the lines
 * of {@link #funding()} put the fields that mean the same thing on one line (项目当年预算 and 年度资金申请总额 are
 * both the year's amount) and keep the fields only one form has on lines of their own, saying for the other years
 * that their form has no such field. Indicators are matched as {@link IndicatorMatching} matches them (by
 * 三级指标, in order); between two consecutive years each is {@link Kind#ADDED 新增}, {@link Kind#DROPPED 取消},
 * {@link Kind#ADJUSTED 调整} or {@link Kind#KEPT 未变}.
 *
 * <p>Computed in the derive stage from {@link SiteModel#series(String)}, by {@link SiteModel#history(Project)}, for
 * each page that shows it; it is not stored, so the derived model does not grow by a history per series (at ten
 * city-years that would be hundreds of megabytes for pages that are each written once). Its cost is linear in the
 * series' rows.
 *
 * @param projectId     the project's id
 * @param years         the project in each year, ascending; at least two
 * @param funding       funding lines, one cell per year
 * @param annualChanges how the year's amount changed between each two consecutive years that both give one
 * @param indicators    one line per indicator found in any year, in order of first appearance
 */
public record ProjectHistory(String projectId, List<Project> years, List<FundingLine> funding,
        List<YearOverYear> annualChanges, List<IndicatorLine> indicators) {

    public ProjectHistory {
        years = List.copyOf(years);
        funding = List.copyOf(funding);
        annualChanges = List.copyOf(annualChanges);
        indicators = List.copyOf(indicators);
    }

    /** What happened to an indicator from one year to the next; the words are what the page shows. */
    public enum Kind {
        /** In the later year only. */
        ADDED("新增"),
        /** In the earlier year only. */
        DROPPED("取消"),
        /** In both, with a different target. */
        ADJUSTED("调整"),
        /** In both, with the same target (written the same, or the same comparator, number and unit). */
        KEPT("未变");

        private final String word;

        Kind(String word) {
            this.word = word;
        }

        /** The word a reader sees: 新增, 取消, 调整, 未变. */
        public String word() {
            return word;
        }
    }

    /**
     * One funding line: what it means, and per year the field of that year's form and its amount.
     *
     * @param label what the line means, for every form
     * @param cells one per year of {@link #years()}
     */
    public record FundingLine(String label, List<FundingCell> cells) {
        public FundingLine {
            cells = List.copyOf(cells);
        }
    }

    /**
     * One year's value on a funding line.
     *
     * @param field  the field's label on that year's form, or null when the form has no such field
     * @param amount the amount in 元, or null when the form has the field and it was left blank (or has no field)
     */
    public record FundingCell(String field, BigDecimal amount) {

        /** Whether that year's form has a field for this line. */
        public boolean inForm() {
            return field != null;
        }
    }

    /**
     * One indicator across the years.
     *
     * @param name    its 三级指标, or null where the forms leave it blank
     * @param entries per year of {@link #years()}, the indicator that year, or null when that year does not have it
     * @param changes per two consecutive years in which it appears at least once, what happened
     */
    public record IndicatorLine(String name, List<Entry> entries, List<Change> changes) {
        public IndicatorLine {
            entries = Collections.unmodifiableList(Arrays.asList(entries.toArray(new Entry[0])));
            changes = List.copyOf(changes);
        }
    }

    /**
     * An indicator in one year: where it stands (一级／二级指标) and its target as published, parsed where it reads.
     */
    public record Entry(String place, String name, IndicatorTarget target) {

        String identity() {
            return name != null ? name : "\u0000" + target.text();
        }
    }

    /** What happened to an indicator between {@code from} and {@code to}. */
    public record Change(int from, int to, Kind kind) {
    }

    /** Counts of each kind of change between two consecutive years. */
    public record StepCounts(int from, int to, int added, int dropped, int adjusted, int kept) {
    }

    /** A funding line: its meaning and the field of each form that carries it (null: the form has none). */
    private record LineDefinition(String label, String field2019, String field2024,
            Function<Funding, BigDecimal> amount) {

        String field(ProjectForm form) {
            return form == ProjectForm.FORM_2019 ? field2019 : field2024;
        }
    }

    private static final List<LineDefinition> LINES = List.of(
            new LineDefinition("当年资金", "项目当年预算", "年度资金申请总额", Funding::annualTotal),
            new LineDefinition("项目资金总额", "项目总预算", "项目资金总额", Funding::projectTotal),
            new LineDefinition("其中：财政资金（项目资金总额）", null, "其中：财政资金", Funding::projectFiscal),
            new LineDefinition("其中：其他资金（项目资金总额）", null, "其他资金（项目资金总额）", Funding::projectOther),
            new LineDefinition("当年财政拨款", null, "其中：当年财政拨款", Funding::appropriation),
            new LineDefinition("上年结转资金", null, "上年结转资金", Funding::carriedOver),
            new LineDefinition("其他资金", null, "其他资金", Funding::other),
            new LineDefinition("同名项目上年预算额", "同名项目上年预算额", null, Funding::priorYearBudget),
            new LineDefinition("同名项目上年预算执行数", "同名项目上年预算执行数", null, Funding::priorYearExecution));

    /** The history of a project published in {@code series} (ascending by year), or empty when only one year. */
    public static Optional<ProjectHistory> of(List<Project> series) {
        if (series.size() < 2) {
            return Optional.empty();
        }
        return Optional.of(new ProjectHistory(series.get(0).id(), series, funding(series), annualChanges(series),
                indicators(series)));
    }

    /** The counts of changes between each two consecutive years, for a one-line summary. */
    public List<StepCounts> stepCounts() {
        List<StepCounts> counts = new ArrayList<>();
        for (int i = 1; i < years.size(); i++) {
            int from = years.get(i - 1).year();
            int to = years.get(i).year();
            int[] byKind = new int[Kind.values().length];
            for (IndicatorLine line : indicators) {
                for (Change change : line.changes()) {
                    if (change.from() == from && change.to() == to) {
                        byKind[change.kind().ordinal()]++;
                    }
                }
            }
            counts.add(new StepCounts(from, to, byKind[Kind.ADDED.ordinal()], byKind[Kind.DROPPED.ordinal()],
                    byKind[Kind.ADJUSTED.ordinal()], byKind[Kind.KEPT.ordinal()]));
        }
        return counts;
    }

    private static List<FundingLine> funding(List<Project> series) {
        List<FundingLine> lines = new ArrayList<>();
        for (LineDefinition definition : LINES) {
            List<FundingCell> cells = new ArrayList<>();
            boolean anyAmount = false;
            for (Project project : series) {
                String field = definition.field(project.form());
                BigDecimal amount = field == null ? null : definition.amount().apply(project.funding());
                anyAmount |= amount != null;
                cells.add(new FundingCell(field, amount));
            }
            // A line no year gives an amount for says nothing; the year's amount is always shown.
            if (anyAmount || lines.isEmpty()) {
                lines.add(new FundingLine(definition.label(), cells));
            }
        }
        return lines;
    }

    private static List<YearOverYear> annualChanges(List<Project> series) {
        List<YearOverYear> changes = new ArrayList<>();
        for (int i = 1; i < series.size(); i++) {
            BigDecimal before = series.get(i - 1).funding().annualTotal();
            BigDecimal now = series.get(i).funding().annualTotal();
            if (before != null && now != null) {
                changes.add(new YearOverYear(now, before, series.get(i - 1).year()));
            }
        }
        return changes;
    }

    private static List<IndicatorLine> indicators(List<Project> series) {
        List<List<Entry>> versions = series.stream().map(p -> entries(p.indicators())).toList();
        List<IndicatorLine> lines = new ArrayList<>();
        for (List<Entry> line : IndicatorMatching.match(versions, Entry::identity)) {
            List<Change> changes = new ArrayList<>();
            for (int i = 1; i < line.size(); i++) {
                Entry before = line.get(i - 1);
                Entry after = line.get(i);
                Kind kind = before == null ? (after == null ? null : Kind.ADDED)
                        : after == null ? Kind.DROPPED
                        : sameTarget(before.target(), after.target()) ? Kind.KEPT : Kind.ADJUSTED;
                if (kind != null) {
                    changes.add(new Change(series.get(i - 1).year(), series.get(i).year(), kind));
                }
            }
            String name = line.stream().filter(Objects::nonNull).findFirst().map(Entry::name).orElse(null);
            lines.add(new IndicatorLine(name, line, changes));
        }
        return lines;
    }

    /** Written the same, or both read as the same comparator, number (by value: 98 = 98.00) and unit. */
    static boolean sameTarget(IndicatorTarget a, IndicatorTarget b) {
        if (Objects.equals(a.text(), b.text())) {
            return true;
        }
        return a.isQuantitative() && b.isQuantitative() && a.comparator() == b.comparator()
                && a.number().compareTo(b.number()) == 0 && Objects.equals(a.unit(), b.unit());
    }

    private static List<Entry> entries(List<IndicatorGroup> groups) {
        List<Entry> entries = new ArrayList<>();
        for (IndicatorGroup group : groups) {
            for (IndicatorSubgroup subgroup : group.subgroups()) {
                String place = IndicatorMatching.place(group.level1(), subgroup.level2());
                for (Indicator indicator : subgroup.indicators()) {
                    entries.add(new Entry(place, indicator.name(), indicator.target()));
                }
            }
        }
        return entries;
    }
}
