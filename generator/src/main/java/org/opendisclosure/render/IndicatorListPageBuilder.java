package org.opendisclosure.render;

import java.util.ArrayList;
import java.util.List;

import org.opendisclosure.address.SiteAddresses;
import org.opendisclosure.derive.IndicatorCategory;
import org.opendisclosure.derive.ProjectIndicators;
import org.opendisclosure.model.Indicator;

/** Builds the list pages of the indicator browser: one per year, category and part. */
final class IndicatorListPageBuilder {

    private final PageFrames frames;

    IndicatorListPageBuilder(PageFrames frames) {
        this.frames = frames;
    }

    IndicatorListPage build(int year, IndicatorParts parts, IndicatorParts.Part part) {
        IndicatorCategory category = parts.category();
        String label = IndicatorParts.label(category);
        String path = SiteAddresses.indicatorList(year, category.key(), part.number());
        int total = parts.parts().size();
        String range = total == 1 ? "共 " + number(category.count()) + " 条"
                : "第 " + number(part.first()) + "–" + number(part.last()) + " 条，共 " + number(category.count()) + " 条";
        String title = year + " 年绩效指标：" + label + (total == 1 ? "" : "（第 " + part.number() + " 页）");
        PageFrame frame = frames.frame(path, title, year + " 年各项目的" + label + "，" + range + "，每条注明所属项目、"
                + "原文指标值和解读。", List.of(PageFrames.HOME, new Link(year + " 年", SiteAddresses.year(year)),
                        new Link("绩效指标", SiteAddresses.indicatorsOfYear(year))));
        List<IndicatorListTable.ProjectRows> projects = new ArrayList<>();
        for (ProjectIndicators p : part.projects()) {
            List<IndicatorListTable.Row> rows = new ArrayList<>();
            for (Indicator indicator : p.indicators()) {
                rows.add(new IndicatorListTable.Row(indicator.name() == null ? "" : indicator.name(),
                        indicator.target().text(), IndicatorTableView.parsed(indicator.target())));
            }
            projects.add(new IndicatorListTable.ProjectRows(PageFrames.orDash(p.project().name()),
                    SiteAddresses.project(year, p.project().id()), rows));
        }
        IndicatorListTable table = new IndicatorListTable("indicator-list", year + " 年 " + label + "（" + range + "）",
                projects);
        List<Link> pages = new ArrayList<>();
        for (IndicatorParts.Part other : parts.parts()) {
            pages.add(new Link(String.valueOf(other.number()), other.number() == part.number() ? ""
                    : SiteAddresses.indicatorList(year, category.key(), other.number())));
        }
        Link previous = part.number() == 1 ? null
                : new Link("上一页", SiteAddresses.indicatorList(year, category.key(), part.number() - 1));
        Link next = part.number() == total ? null
                : new Link("下一页", SiteAddresses.indicatorList(year, category.key(), part.number() + 1));
        return new IndicatorListPage(frame, year, label, part.number(), range, table, total == 1 ? List.of() : pages,
                previous, next, SiteAddresses.indicatorsFiltered(year, category.level1(), category.level2()), SiteAddresses.dataFile(year, "indicators", "csv"));
    }

    static String number(int n) {
        return String.format(java.util.Locale.ROOT, "%,d", n);
    }
}
