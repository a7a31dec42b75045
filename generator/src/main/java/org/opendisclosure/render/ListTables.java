package org.opendisclosure.render;

import java.math.BigDecimal;
import java.util.List;

import org.opendisclosure.model.MoneyStyle;

import org.opendisclosure.render.DataTable.HeaderCell;
import org.opendisclosure.render.DataTable.TableCell;
import org.opendisclosure.render.DataTable.TableRow;

/**
 * The simple tables of the site as {@link DataTable}s, so that one macro lays out every table and
 * every table can be downloaded: lists of years, departments and units; lists of projects; a
 * project's funding and its sub-projects.
 */
final class ListTables {

    private static final String YUAN = "单位：元";

    private ListTables() {
    }

    /** Years, departments or units with their project counts and totals; a total row when given. */
    static DataTable groups(String id, String caption, String nameHeading, List<GroupSummary> groups,
            String totalLabel, BigDecimal total) {
        List<TableRow> rows = groups.stream().map(g -> new TableRow(List.of(TableCell.heading(g.name(), g.href()),
                TableCell.plain(g.detail()), TableCell.figure(String.valueOf(g.projectCount())),
                TableCell.amountOr(g.amount(), MoneyStyle.YUAN, "")), "")).toList();
        List<TableRow> footer = totalLabel.isEmpty() ? List.of()
                : List.of(new TableRow(List.of(TableCell.heading(totalLabel, null).spanning(3),
                        TableCell.amount(total, MoneyStyle.YUAN)), ""));
        return new DataTable(id, caption, "", YUAN, List.of(List.of(HeaderCell.column(nameHeading),
                HeaderCell.column("说明"), HeaderCell.amount("项目数"), HeaderCell.amount("项目资金（元）"))), rows, footer,
                "");
    }

    /** Projects with their unit, nature and annual amount. */
    static DataTable projects(String id, String caption, List<ProjectSummary> projects) {
        List<TableRow> rows = projects.stream().map(p -> new TableRow(List.of(TableCell.heading(p.name(), p.href()),
                TableCell.link(p.unitName(), p.unitHref()), TableCell.plain(p.nature()),
                TableCell.amountOr(p.amount(), MoneyStyle.YUAN, "—")),
                "")).toList();
        return new DataTable(id, caption, "", YUAN, List.of(List.of(HeaderCell.column("项目名称"),
                HeaderCell.column("实施单位"), HeaderCell.column("项目性质/类型"), HeaderCell.amount("当年资金（元）"))), rows,
                List.of(), "");
    }

    /** 项目资金: the form's figures, then the computed ones; sub-items indented by level. */
    static DataTable funding(List<AmountRow> amounts) {
        List<TableRow> rows = amounts.stream().map(a -> new TableRow(List.of(TableCell.heading(a.label(), null),
                a.figure(), TableCell.plain(a.note())), "level-" + a.level())).toList();
        return new DataTable("funding-table", "项目资金", "", YUAN, List.of(List.of(HeaderCell.column("项目"),
                HeaderCell.amount("金额（元）"), HeaderCell.column("说明"))), rows, List.of(), "");
    }

    /** 子项目 with their amounts and shares, and their computed total. */
    static DataTable subprojects(List<SubProjectRow> subprojects, BigDecimal total) {
        List<TableRow> rows = subprojects.stream().map(s -> new TableRow(List.of(TableCell.heading(s.name(), null),
                TableCell.amountOr(s.amount(), MoneyStyle.YUAN, "—").from(s.source()), TableCell.figure(s.share())), ""))
                .toList();
        return new DataTable("subproject-table", "子项目", "", YUAN, List.of(List.of(HeaderCell.column("子项目名称"),
                HeaderCell.amount("预算金额（元）"), HeaderCell.amount("占比"))), rows,
                List.of(new TableRow(List.of(TableCell.heading("子项目合计（计算值）", null),
                        TableCell.amount(total, MoneyStyle.YUAN), TableCell.figure("100.00%")), "")), "");
    }
}
