package org.opendisclosure.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.opendisclosure.address.SiteAddresses;
import org.opendisclosure.derive.Completeness;
import org.opendisclosure.derive.Completeness.ItemFinding;
import org.opendisclosure.derive.Completeness.Outcome;
import org.opendisclosure.derive.Completeness.TableFinding;
import org.opendisclosure.derive.DepartmentInYear;
import org.opendisclosure.derive.SiteModel;
import org.opendisclosure.derive.YearInSite;
import org.opendisclosure.model.DisclosureRule;
import org.opendisclosure.model.DisclosureRules;
import org.opendisclosure.model.RuleCheck;
import org.opendisclosure.model.TableStatus;
import org.opendisclosure.render.DataTable.HeaderCell;
import org.opendisclosure.render.DataTable.TableCell;
import org.opendisclosure.render.DataTable.TableRow;

/**
 * Words 公开完整性 ({@link Completeness}, derived once) for readers: the checklist of a department's page and the
 * table of all departments on the year's page. The two say the same in the same words.
 */
final class CompletenessViews {

    private CompletenessViews() {
    }

    /** The checklist of a department's page. */
    static CompletenessView department(SiteModel site, DepartmentInYear department) {
        int year = department.year();
        Optional<Completeness> completeness = site.completeness(department);
        if (completeness.isEmpty()) {
            return new CompletenessView(noRules(site, year), "", List.of(), List.of());
        }
        Completeness c = completeness.get();
        String basis = basis(c.rules());
        if (!c.budgetHeld()) {
            return new CompletenessView("本站未收录" + department.department().name() + " " + year
                    + " 年的部门预算，无法核对其公开完整性。", basis, List.of(), List.of());
        }
        String page = SiteAddresses.department(year, department.department().id());
        List<CompletenessView.Item> tables = c.tables().stream().map(t -> new CompletenessView.Item(
                year + "年" + t.table().title(), tableVerdict(t.status()), tableDetail(t.status()),
                page + "#table-" + t.table().number(), style(t.status()))).toList();
        List<CompletenessView.Item> items = c.items().stream()
                .map(i -> new CompletenessView.Item(i.rule().label(), itemVerdict(i), itemDetail(i),
                        anchor(page, i, !department.projects().isEmpty()),
                        style(i.outcome())))
                .toList();
        return new CompletenessView(summary(c), basis, tables, items);
    }

    /** The year page's table of every department, or null when the year has no rules. */
    static DataTable year(SiteModel site, YearInSite year) {
        Optional<DisclosureRules> rules = site.rules(year.year());
        if (rules.isEmpty()) {
            return null;
        }
        List<HeaderCell> headings = new ArrayList<>();
        headings.add(HeaderCell.column("主管部门"));
        headings.add(HeaderCell.column("部门预算表"));
        for (DisclosureRule rule : rules.get().items()) {
            headings.add(HeaderCell.column(rule.label()));
        }
        List<TableRow> rows = new ArrayList<>();
        for (DepartmentInYear department : year.departments()) {
            Completeness c = site.completeness(department).orElseThrow();
            List<TableCell> cells = new ArrayList<>();
            cells.add(TableCell.heading(department.department().name(),
                    SiteAddresses.department(year.year(), department.department().id()) + "#completeness"));
            if (!c.budgetHeld()) {
                cells.add(TableCell.plain("本站未收录本年度部门预算，无法核对").spanning(1 + rules.get().items().size()));
            } else {
                cells.add(TableCell.plain(tablesCell(c)));
                for (ItemFinding item : c.items()) {
                    String detail = item.rule().check() == RuleCheck.PERFORMANCE_TARGETS
                            ? "（" + performanceShort(item) + "）" : "";
                    cells.add(TableCell.plain(itemVerdict(item) + detail));
                }
            }
            rows.add(new TableRow(cells, ""));
        }
        return new DataTable("completeness-table", year.year() + " 年各部门公开完整性", basis(rules.get()), "",
                List.of(headings), rows, List.of(), "");
    }

    /** Why a year has no checklist. */
    static String noRules(SiteModel site, int year) {
        boolean budgets = !site.year(year).budgets().isEmpty();
        return "本站没有 " + year + " 年的公开内容清单，不核对本年度的公开完整性"
                + (budgets ? "。" : "；本站也未收录本年度的部门预算，只收录了项目绩效目标申报表。");
    }

    private static String basis(DisclosureRules rules) {
        return "核对依据：" + rules.title() + (rules.basis().isBlank() ? "" : "；" + rules.basis().strip()) + "。";
    }

    private static String summary(Completeness c) {
        long notTranscribed = c.tables().stream().filter(t -> t.status() == TableStatus.NOT_TRANSCRIBED).count();
        long empty = c.tables().stream().filter(t -> t.status() == TableStatus.EMPTY).count();
        List<String> notes = new ArrayList<>();
        if (notTranscribed > 0) {
            notes.add(notTranscribed + " 张本站未录入原表内容");
        }
        if (empty > 0) {
            notes.add(empty + " 张为空表");
        }
        return "应公开的 " + c.tables().size() + " 张部门预算表中已公布 " + c.publishedTables() + " 张"
                + (notes.isEmpty() ? "" : "（其中 " + String.join("，", notes) + "）") + "；其他 " + c.items().size()
                + " 项内容中 " + c.metItems() + " 项符合要求。";
    }

    private static String tablesCell(Completeness c) {
        long missing = c.tables().size() - c.publishedTables();
        long notTranscribed = c.tables().stream().filter(t -> t.status() == TableStatus.NOT_TRANSCRIBED).count();
        long empty = c.tables().stream().filter(t -> t.status() == TableStatus.EMPTY).count();
        return "已公布 " + c.publishedTables() + "/" + c.tables().size() + (missing > 0 ? "，未公布 " + missing + " 张" : "")
                + (notTranscribed > 0 ? "，" + notTranscribed + " 张未录入" : "") + (empty > 0 ? "，" + empty + " 张空表" : "");
    }

    private static String tableVerdict(TableStatus status) {
        return switch (status) {
            case PUBLISHED -> "已公布";
            case NOT_TRANSCRIBED -> "已公布，未录入";
            case EMPTY -> "已公布（空表）";
            case MISSING -> "未公布";
        };
    }

    private static String tableDetail(TableStatus status) {
        return switch (status) {
            case PUBLISHED -> "";
            case NOT_TRANSCRIBED -> "原文目录列有此表，但本站所依据的文本中没有其内容；本页的这张表由各科目行计算得出，未与原表核对。";
            case EMPTY -> "原文公布了此表，表中没有数字。";
            case MISSING -> "原文没有此表。";
        };
    }

    private static String itemVerdict(ItemFinding item) {
        return switch (item.outcome()) {
            case MET -> "符合";
            case PARTLY -> "部分符合";
            case NOT_MET -> item.figures() ? "不符合" : "未公布";
        };
    }

    private static String itemDetail(ItemFinding item) {
        String explained = item.explained() == null ? ""
                : item.explained() ? "；其他相关情况说明中有说明" : "；其他相关情况说明中未见说明（“" + item.rule().phrase() + "”）";
        return switch (item.rule().check()) {
            case THREE_PUBLIC -> (item.figures() ? "因公出国(境)费、公务接待费、公务用车购置费和运行费分项公布"
                    : "未分项公布因公出国(境)费、公务接待费、公务用车购置费和运行费") + explained + "。";
            case OPERATING_COSTS, PROCUREMENT -> (item.figures() ? "已公布预算数" : "未公布预算数") + explained + "。";
            case GLOSSARY -> (item.figures() ? "已公布" : "未公布") + explained + "。";
            case PERFORMANCE_TARGETS -> performanceLong(item);
        };
    }

    private static String performanceShort(ItemFinding item) {
        return item.published() + "/" + (item.declared() == null ? "?" : item.declared())
                + (item.share() == null ? "" : "，" + item.share().toPlainString() + "%");
    }

    private static String performanceLong(ItemFinding item) {
        StringBuilder text = new StringBuilder("本站收录了 " + item.published() + " 个项目的绩效目标");
        if (item.declared() == null) {
            text.append("；部门预算未说明编报绩效目标的项目数");
        } else {
            text.append("，部门预算说明编报绩效目标的项目共 ").append(item.declared()).append(" 个");
            if (item.share() != null) {
                text.append("，公开 ").append(item.published()).append("/").append(item.declared()).append("，占 ")
                        .append(item.share().toPlainString()).append("%");
            }
        }
        if (item.rule().minimumShare() != null) {
            text.append("；清单要求不低于 ").append(item.rule().minimumShare().toPlainString()).append("%");
        }
        return text.append("。本站只能核对已收录的申报表。").toString();
    }

    /** Where on the department page the item's evidence stands, or null where the page has none. */
    private static String anchor(String page, ItemFinding item, boolean hasProjects) {
        String fragment = switch (item.rule().check()) {
            case THREE_PUBLIC, OPERATING_COSTS -> item.figures() ? "table-8" : null;
            case PROCUREMENT -> Boolean.TRUE.equals(item.explained()) ? "section-other" : null;
            case GLOSSARY -> item.figures() ? "section-glossary" : null;
            case PERFORMANCE_TARGETS -> !item.figures() ? null : hasProjects ? "projects" : "key-projects";
        };
        return fragment == null ? null : page + "#" + fragment;
    }

    private static String style(TableStatus status) {
        return status.isPublished() ? "met" : "not-met";
    }

    private static String style(Outcome outcome) {
        return switch (outcome) {
            case MET -> "met";
            case PARTLY -> "partly";
            case NOT_MET -> "not-met";
        };
    }
}
