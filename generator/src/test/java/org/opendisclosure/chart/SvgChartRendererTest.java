package org.opendisclosure.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.opendisclosure.model.MoneyFormat;

class SvgChartRendererTest {

    private static final BarChart CHART = new BarChart("chart-test", "支出按功能分类", "两类支出的基本支出和项目支出。",
            List.of("基本支出", "项目支出"),
            List.of(new BarChart.Category("一般公共服务支出", List.of(new BigDecimal("136412728"), new BigDecimal("311517509"))),
                    new BarChart.Category("住房保障支出", List.of(new BigDecimal("110425212"), BigDecimal.ZERO))),
            "元");

    /** An inline svg in HTML may declare SVG's and XLink's namespaces only (the W3C checker's rule). */
    @Test
    void declaresNoNamespaceHtmlDoesNotAllow() {
        String svg = new SvgChartRenderer(MoneyFormat::yuan).render(CHART);
        assertFalse(svg.replace("xmlns:xlink=", "").contains("xmlns:"), svg.substring(0, Math.min(300, svg.length())));
    }

    @Test
    void twoRendersAreByteIdentical() {
        assertEquals(new SvgChartRenderer(MoneyFormat::whole).render(CHART),
                new SvgChartRenderer(MoneyFormat::whole).render(CHART));
    }

    @Test
    void everyIdInsideTheSvgCarriesTheChartsPrefix() {
        String svg = new SvgChartRenderer(MoneyFormat::whole).render(CHART);
        Matcher ids = Pattern.compile("\\bid='([^']*)'").matcher(svg);
        int count = 0;
        while (ids.find()) {
            assertTrue(ids.group(1).startsWith("chart-test"), ids.group(1));
            count++;
        }
        assertTrue(count >= 3, svg);
        assertFalse(svg.contains("linearGradient"), "flat colours only: gradient ids are numbered in hash order");
    }

    @Test
    void isAnAccessibleImageWithTitleAndDescription() {
        String svg = new SvgChartRenderer(MoneyFormat::whole).render(CHART);
        assertTrue(svg.startsWith("<svg id='chart-test-image'"), svg);
        assertTrue(svg.contains("role='img' aria-labelledby='chart-test-title chart-test-desc'"), svg);
        assertTrue(svg.contains("<title id='chart-test-title'>支出按功能分类</title><desc id='chart-test-desc'>两类支出的基本支出和项目支出。</desc>"));
    }

    @Test
    void labelsAreTextAndEachBarCarriesItsExactTotal() {
        String svg = new SvgChartRenderer(MoneyFormat::whole).render(CHART);
        assertTrue(svg.contains(">一般公共服务支出</text>"), "Chinese labels are SVG text, rendered by the browser");
        assertTrue(svg.contains(">447,930,237</text>"));
        assertTrue(svg.contains(">110,425,212</text>"), "a bar whose last segment is zero is labelled at its end");
    }

    @Test
    void labelsAndTitlesFromContentAreEscaped() {
        BarChart hostile = new BarChart("chart-x", "<script>alert(1)</script>", "\" onload=\"alert(1)",
                List.of("<b>系列</b>"), List.of(new BarChart.Category("<svg onload=alert(1)>", List.of(BigDecimal.ONE))),
                "元");
        String svg = new SvgChartRenderer(MoneyFormat::whole).render(hostile);
        assertFalse(svg.contains("<script"), svg);
        assertFalse(svg.contains("<svg onload"), svg);
        assertFalse(svg.contains("\" onload=\""), svg);
        assertTrue(svg.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), svg);
        assertTrue(svg.contains("&lt;svg onload=alert(1)&gt;"), svg);
    }
}
