package org.opendisclosure.render;

import java.util.List;

import org.opendisclosure.check.AcknowledgedDiscrepancy;

/**
 * The department budget part of a department page, ready to lay out.
 *
 * @param title         the document's title
 * @param facts         headline figures (支出总计, 基本支出, 项目支出, “三公”经费, 政府采购, 绩效目标)
 * @param charts        expenditure by 类, basic expenditure by economic class, “三公” composition
 * @param tables        the eight published tables, in the published order
 * @param sections      prose sections, Markdown already rendered to safe HTML
 * @param keyProjects   projects explained at length, linked to their pages
 * @param discrepancies acknowledged discrepancies of the published document
 * @param editorNotes   编者注
 * @param sourceTitle   资料来源, or null
 * @param sourceUrl     checked http(s) link, or null
 */
public record BudgetView(String title, List<Fact> facts, List<ChartView> charts, List<DataTable> tables,
        List<Prose> sections, List<KeyProjectView> keyProjects, List<AcknowledgedDiscrepancy> discrepancies,
        List<String> editorNotes, String sourceTitle, String sourceUrl) {

    /**
     * A heading with its body as safe HTML; {@code more} is a link to show under it (the 名词解释 to the
     * site's glossary page), or null.
     */
    public record Prose(String id, String heading, String html, Link more) {
    }

    /**
     * A project explained in the budget document, with a link to the project's own page; {@code versions} says how
     * its indicators differ from the project form's, or is null where they do not differ (or either has none).
     */
    public record KeyProjectView(String title, String html, Link project, IndicatorTableView indicators,
            IndicatorVersionsView versions) {
    }
}
