package org.opendisclosure.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The table a build ends with, as golden text: Hugo's layout, Chinese labels, fixed order. */
class SummaryTableTest {

    @Test
    void aCityBuildWithPooledStages() {
        Map<Count, Long> counts = new EnumMap<>(Count.class);
        counts.put(Count.WARNINGS, 12L);
        counts.put(Count.PROJECTS, 15_000L);
        counts.put(Count.DEPARTMENTS, 100L);
        counts.put(Count.PAGES, 16_645L);
        counts.put(Count.FILES, 21_500L);
        counts.put(Count.BYTES, 812_345_678L);
        counts.put(Count.ERRORS, 0L);
        BuildSummary summary = new BuildSummary(Duration.ofMillis(38_123), List.of(
                stage(Stage.LOAD, 4_812, 0, 0),
                stage(Stage.CHECK, 320, 0, 0),
                stage(Stage.DERIVE, 95, 0, 0),
                stage(Stage.CHARTS, 1_100, 0, 0),
                stage(Stage.RENDER, 9_000, 17_499.6, 16_645),
                stage(Stage.SEARCH, 400, 0, 0),
                stage(Stage.OPEN_DATA, 812, 0, 0),
                stage(Stage.WRITE, 9_100, 12_000, 21_500)), counts);

        assertEquals("""
                           | 用时     | 线程合计
                -----------+----------+-----------
                  读取内容 | 4,812 ms |
                  检查内容 |   320 ms |
                  汇总计算 |    95 ms |
                  绘制图表 | 1,100 ms |
                  渲染页面 | 9,000 ms | 17,500 ms
                  搜索索引 |   400 ms |
                  开放数据 |   812 ms |
                  写出站点 | 9,100 ms | 12,000 ms

                           | 数量
                -----------+-------------
                  部门     |         100
                  项目     |      15,000
                  页面     |      16,645
                  文件     |      21,500
                  字节     | 812,345,678
                  错误     |           0
                  警告     |          12

                总用时 38,123 ms
                """, SummaryTable.format(summary));
    }

    @Test
    void withoutPooledStagesThereIsNoBusyColumn() {
        BuildSummary summary = new BuildSummary(Duration.ofNanos(1_499_999), List.of(stage(Stage.LOAD, 1, 0, 0)),
                Map.of(Count.UNITS, 3L));
        assertEquals("""
                           | 用时
                -----------+------
                  读取内容 | 1 ms

                           | 数量
                -----------+------
                  预算单位 |    3

                总用时 1 ms
                """, SummaryTable.format(summary));
    }

    @Test
    void anEmptySummaryIsTheTotalAlone() {
        assertEquals(List.of("总用时 0 ms"), SummaryTable.lines(new BuildSummary(Duration.ZERO, List.of(), Map.of())));
    }

    @Test
    void numbersAreGroupedTheSameWayWhateverTheDefaultLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertEquals("1,234,567", SummaryTable.number(1_234_567));
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void chineseCharactersTakeTwoColumns() {
        assertEquals(8, SummaryTable.width("渲染页面"));
        // The ellipsis is one column in most terminals.
        assertEquals(8, SummaryTable.width("（24%）…"));
        assertEquals(6, SummaryTable.width("12 ms "));
    }

    private static BuildSummary.StageTime stage(Stage stage, double wallMillis, double busyMillis, long tasks) {
        return new BuildSummary.StageTime(stage, Duration.ofNanos(Math.round(wallMillis * 1e6)),
                Duration.ofNanos(Math.round(busyMillis * 1e6)), tasks);
    }
}
