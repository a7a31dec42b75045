package org.opendisclosure.render;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.opendisclosure.address.SiteAddresses;
import org.opendisclosure.derive.ProjectHistory;
import org.opendisclosure.model.MoneyFormat;
import org.opendisclosure.model.MoneyStyle;
import org.opendisclosure.model.Project;
import org.opendisclosure.render.DataTable.HeaderCell;
import org.opendisclosure.render.DataTable.TableCell;
import org.opendisclosure.render.DataTable.TableRow;

/**
 * A project's history as its pages show it (历年对比): the years side by side, linked, with a sentence per step
 * saying how many indicators were 新增, 取消, 调整 and 未变, the funding table (one column per year, each figure
 * labelled with its form's field) and the indicator table (targets per year and what changed, in words). Every
 * page of the project shows the same view of the same {@link ProjectHistory}.
 *
 * @param part      the name under which its pages share the summaries and tables ({@link SharedParts}),
 *                  the same on each of them
 * @param years     the project's pages, one per year, ascending; the page's own year has a null address
 * @param summaries one sentence per two consecutive years
 * @param funding   资金 per year
 * @param indicators 绩效指标 per year, or null when no year has any
 */
public record ProjectHistoryView(String part, List<Link> years, List<String> summaries, DataTable funding, DataTable indicators) {

    /** Shown where a year's form has no field for a funding line. */
    static final String NOT_IN_FORM = "表式无此栏";
    /** Shown where a year's form has the field and left it blank. */
    static final String BLANK = "未填";

    public ProjectHistoryView {
        years = List.copyOf(years);
        summaries = List.copyOf(summaries);
    }

    static ProjectHistoryView of(ProjectHistory history, int pageYear) {
        List<Link> years = history.years().stream().map(p -> new Link(p.year() + " 年：" + p.name(),
                p.year() == pageYear ? null : SiteAddresses.project(p.year(), p.id()))).toList();
        List<String> summaries = history.stepCounts().stream().map(ProjectHistoryView::summary).toList();
        boolean anyIndicators = history.years().stream().anyMatch(p -> !p.indicators().isEmpty());
        return new ProjectHistoryView(sharedPart(history.projectId()), years, summaries, funding(history),
                anyIndicators ? indicators(history) : null);
    }

    /** The name of the part the pages of a project's years share: everything below its list of years. */
    static String sharedPart(String projectId) {
        return "history/" + projectId;
    }

    private static String summary(ProjectHistory.StepCounts c) {
        return c.from() + " 年 → " + c.to() + " 年：绩效指标调整 " + c.adjusted() + " 项、未变 " + c.kept() + " 项、取消 "
                + c.dropped() + " 项、新增 " + c.added() + " 项（按三级指标名称对应）。";
    }

    private static List<HeaderCell> yearHeadings(String first, ProjectHistory history) {
        List<HeaderCell> headings = new ArrayList<>();
        headings.add(HeaderCell.column(first));
        for (Project project : history.years()) {
            headings.add(HeaderCell.amount(project.year() + " 年"));
        }
        return headings;
    }

    private static DataTable funding(ProjectHistory history) {
        List<TableRow> rows = new ArrayList<>();
        for (ProjectHistory.FundingLine line : history.funding()) {
            List<TableCell> cells = new ArrayList<>();
            cells.add(TableCell.heading(line.label(), null));
            for (ProjectHistory.FundingCell cell : line.cells()) {
                if (!cell.inForm()) {
                    cells.add(TableCell.figure("—").noted(NOT_IN_FORM));
                } else if (cell.amount() == null) {
                    cells.add(TableCell.figure(BLANK).noted(cell.field()));
                } else {
                    cells.add(TableCell.amount(cell.amount(), MoneyStyle.YUAN).noted(cell.field()));
                }
            }
            rows.add(new TableRow(cells, ""));
        }
        if (!history.annualChanges().isEmpty()) {
            List<TableCell> cells = new ArrayList<>();
            cells.add(TableCell.heading("当年资金较上一年度增减（计算值）", null));
            for (int i = 0; i < history.years().size(); i++) {
                int previousYear = i == 0 ? Integer.MIN_VALUE : history.years().get(i - 1).year();
                cells.add(history.annualChanges().stream().filter(c -> c.previousYear() == previousYear).findFirst()
                        .map(c -> TableCell.amount(c.difference(), MoneyStyle.SIGNED)
                                .noted(YearChange.describe(c, MoneyFormat::yuan)))
                        .orElse(TableCell.figure("—")));
            }
            rows.add(new TableRow(cells, ""));
        }
        return new DataTable("history-funding-table", "各年度项目资金",
                "每个金额后的括号内是该年度申报表的栏目名称；“" + NOT_IN_FORM + "”指该年度的表式没有这一栏，“" + BLANK
                        + "”指表式有这一栏而原表未填。",
                "单位：元", List.of(yearHeadings("资金", history)), rows, List.of(), "");
    }

    private static DataTable indicators(ProjectHistory history) {
        boolean twoYears = history.years().size() == 2;
        List<TableRow> rows = new ArrayList<>();
        for (ProjectHistory.IndicatorLine line : history.indicators()) {
            List<TableCell> cells = new ArrayList<>();
            cells.add(TableCell.heading(line.name() == null ? "（未填三级指标）" : line.name(), null));
            for (ProjectHistory.Entry entry : line.entries()) {
                cells.add(entry == null ? TableCell.plain("—") : TableCell.plain(entry.target().text()).noted(entry.place()));
            }
            cells.add(TableCell.plain(changes(history, line, twoYears)));
            rows.add(new TableRow(cells, line.changes().isEmpty() ? ""
                    : "change-" + line.changes().get(line.changes().size() - 1).kind().name().toLowerCase(java.util.Locale.ROOT)));
        }
        List<HeaderCell> headings = yearHeadings("三级指标", history).stream()
                .map(h -> h.numeric() ? HeaderCell.column(h.text()) : h).collect(Collectors.toCollection(ArrayList::new));
        headings.add(HeaderCell.column("变化"));
        return new DataTable("history-indicator-table", "各年度绩效指标",
                "按三级指标名称对应各年度的指标；指标值按原文列出，括号内是其所属的一级／二级指标。“调整”指两年的指标值不同，"
                        + "“未变”指相同（写法不同而比较符、数值和单位相同的也算相同），“新增”“取消”指只见于后一年或前一年。",
                "", List.of(headings), rows, List.of(), "");
    }

    private static String changes(ProjectHistory history, ProjectHistory.IndicatorLine line, boolean twoYears) {
        List<String> parts = new ArrayList<>();
        for (ProjectHistory.Change change : line.changes()) {
            String word = change.kind().word();
            if (change.kind() == ProjectHistory.Kind.ADJUSTED) {
                word += "：" + target(history, line, change.from()) + " → " + target(history, line, change.to());
            }
            parts.add(twoYears ? word : change.to() + " 年" + word);
        }
        return String.join("；", parts);
    }

    private static String target(ProjectHistory history, ProjectHistory.IndicatorLine line, int year) {
        for (int i = 0; i < history.years().size(); i++) {
            if (history.years().get(i).year() == year) {
                return line.entries().get(i).target().text();
            }
        }
        throw new IllegalArgumentException("no year " + year + " in the history of " + history.projectId());
    }
}
