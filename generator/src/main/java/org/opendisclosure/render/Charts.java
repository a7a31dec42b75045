package org.opendisclosure.render;

import java.util.ArrayList;
import java.util.List;

import org.opendisclosure.chart.BarChart;
import org.opendisclosure.chart.SvgChartRenderer;
import org.opendisclosure.metrics.BuildMetrics;
import org.opendisclosure.metrics.Stage;
import org.opendisclosure.metrics.StageTimer;
import org.opendisclosure.model.MoneyFormat;
import org.opendisclosure.model.MoneyStyle;
import org.opendisclosure.render.DataTable.HeaderCell;
import org.opendisclosure.render.DataTable.TableCell;
import org.opendisclosure.render.DataTable.TableRow;

/**
 * Turns a {@link BarChart} into what a page shows: the SVG and, from the very same figures, the
 * data table beside it, so the two cannot disagree. The bars are labelled in 万元/亿元, which a reader
 * takes in at a glance; the table keeps the exact figures. Category links in the table give the
 * drill-down (类 → 款 → 项).
 */
final class Charts {

    /** Bar labels of amounts in 元 and in 万元, in 万元/亿元 by the site's one rule for readers. */
    private final SvgChartRenderer yuanLabels = new SvgChartRenderer(MoneyFormat::readable);
    private final SvgChartRenderer wanLabels = new SvgChartRenderer(MoneyFormat::readableFromWan);
    private final MoneyStyle style;
    private final BuildMetrics metrics;
    private final ChartCache cache;

    /**
     * @param style   how the chart's table prints amounts (exactly); the bars are labelled for readers,
     *                in 万元 or 亿元 ({@link MoneyFormat#readable})
     * @param metrics where the time spent drawing is counted
     * @param cache   charts drawn before, by their figures ({@link ChartCache#NONE} in a full build)
     */
    Charts(MoneyStyle style, BuildMetrics metrics, ChartCache cache) {
        this.style = style;
        this.metrics = metrics;
        this.cache = cache;
    }

    /**
     * @param chart        the figures
     * @param categoryName the table's first heading, e.g. 功能分类科目
     * @param hrefs        a link per category (site-root relative), or null entries for none
     */
    ChartView view(BarChart chart, String categoryName, List<String> hrefs) {
        List<HeaderCell> headings = new ArrayList<>();
        headings.add(HeaderCell.column(categoryName));
        chart.series().forEach(s -> headings.add(HeaderCell.amount(s)));
        if (chart.stacked()) {
            headings.add(HeaderCell.amount("合计"));
        }
        List<TableRow> rows = new ArrayList<>();
        for (int i = 0; i < chart.categories().size(); i++) {
            BarChart.Category category = chart.categories().get(i);
            List<TableCell> cells = new ArrayList<>();
            cells.add(TableCell.heading(category.label(), hrefs == null ? null : hrefs.get(i)));
            category.values().forEach(v -> cells.add(TableCell.amount(v, style)));
            if (chart.stacked()) {
                cells.add(TableCell.amount(category.total(), style));
            }
            rows.add(new TableRow(cells, ""));
        }
        DataTable table = new DataTable(chart.id() + "-data", chart.title() + "：数据", "", "单位：" + chart.unit(),
                List.of(headings), rows, List.of(), "");
        try (StageTimer timer = metrics.startTask(Stage.CHARTS)) {
            return new ChartView(chart.id(), chart.title(), cache.svg(style, chart, () -> ("万元".equals(chart.unit()) ? wanLabels : yuanLabels).render(chart)), table);
        }
    }
}
