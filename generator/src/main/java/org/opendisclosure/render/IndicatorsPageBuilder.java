package org.opendisclosure.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.opendisclosure.address.SiteAddresses;
import org.opendisclosure.derive.IndicatorCategory;
import org.opendisclosure.derive.SiteModel;
import org.opendisclosure.derive.YearInSite;
import org.opendisclosure.derive.YearIndicators;
import org.opendisclosure.render.DataTable.HeaderCell;
import org.opendisclosure.render.DataTable.TableCell;
import org.opendisclosure.render.DataTable.TableRow;

/** Builds the indicator browser's page: its index of every year's categories and their list pages. */
final class IndicatorsPageBuilder {

    private final SiteModel site;
    private final PageFrames frames;

    IndicatorsPageBuilder(SiteModel site, PageFrames frames) {
        this.site = site;
        this.frames = frames;
    }

    /** @param parts each year's categories as split into list pages, by year */
    IndicatorsPage build(Map<Integer, List<IndicatorParts>> parts) {
        List<IndicatorsPage.YearIndex> years = new ArrayList<>();
        int count = 0;
        int projects = 0;
        for (YearInSite year : site.yearsNewestFirst()) {
            YearIndicators indicators = year.indicators();
            if (indicators.count() == 0) {
                continue;
            }
            int y = year.year();
            int withIndicators = (int) year.projects().stream().filter(p -> !p.indicators().isEmpty()).count();
            count += indicators.count();
            projects += withIndicators;
            List<TableRow> rows = new ArrayList<>();
            for (IndicatorParts split : parts.get(y)) {
                IndicatorCategory category = split.category();
                rows.add(new TableRow(List.of(
                        TableCell.heading(IndicatorParts.label(category),
                                SiteAddresses.indicatorList(y, category.key(), 1)),
                        TableCell.figure(IndicatorListPageBuilder.number(category.count())),
                        TableCell.figure(IndicatorListPageBuilder.number(category.projects().size())),
                        TableCell.figure(String.valueOf(split.parts().size()))), ""));
            }
            DataTable table = new DataTable("indicators-" + y + "-index", y + " 年绩效指标（按一级／二级指标）", "", "",
                    List.of(List.of(HeaderCell.column("一级指标／二级指标"), HeaderCell.amount("指标数"),
                            HeaderCell.amount("项目数"), HeaderCell.amount("页数"))), rows, List.of(), "");
            years.add(new IndicatorsPage.YearIndex(y, "indicators-" + y, y + " 年 " + IndicatorListPageBuilder
                    .number(withIndicators) + " 个项目公开了 " + IndicatorListPageBuilder.number(indicators.count())
                    + " 条绩效指标。", table));
        }
        PageFrame frame = frames.frame(SiteAddresses.INDICATORS, "绩效指标", "按一级、二级指标浏览和筛选"
                + site.settings().title() + "各年度全部项目的 " + IndicatorListPageBuilder.number(count)
                + " 条绩效指标：比较方式、单位、数值范围和关键词。", List.of(PageFrames.HOME));
        return new IndicatorsPage(frame, IndicatorListPageBuilder.number(count),
                IndicatorListPageBuilder.number(projects), years);
    }
}
