package org.opendisclosure.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.opendisclosure.FixtureSite;
import org.opendisclosure.model.IndicatorTarget;
import org.opendisclosure.model.TargetComparator;
import org.opendisclosure.problem.ProblemCollector;

/** Every distinct form of target in the seed documents, parsed or kept as text. */
class TargetParserTest {

    @ParameterizedTest(name = "{0} → {1} {2} {3}")
    @CsvSource(delimiter = '|', textBlock = """
            =90.00(套)           | EQUAL      | 90.00      | 套
            =100.00(%)           | EQUAL      | 100.00     | %
            =100 (%)             | EQUAL      | 100        | %
            =100.00 (%)          | EQUAL      | 100.00     | %
            ≥90.00(%)            | AT_LEAST   | 90.00      | %
            ≥98 (%)              | AT_LEAST   | 98         | %
            ≥371(人)             | AT_LEAST   | 371        | 人
            ≤0.80(%)             | AT_MOST    | 0.80       | %
            ≤0.01 (%)            | AT_MOST    | 0.01       | %
            >5000000.00(人次)    | MORE_THAN  | 5000000.00 | 人次
            >0.50(%)             | MORE_THAN  | 0.50       | %
            <5.00 (次)           | LESS_THAN  | 5.00       | 次
            <4.97元/分钟         | LESS_THAN  | 4.97       | 元/分钟
            < 4.97 元/分钟       | LESS_THAN  | 4.97       | 元/分钟
            ≥25.00(人次/日)      | AT_LEAST   | 25.00      | 人次/日
            =4.00 (次/月)        | EQUAL      | 4.00       | 次/月
            =0(件)               | EQUAL      | 0          | 件
            =180000.00(元)       | EQUAL      | 180000.00  | 元
            ≥98.00%              | AT_LEAST   | 98.00      | %
            ≥98%                 | AT_LEAST   | 98         | %
            >98%                 | MORE_THAN  | 98         | %
            ≤20.00%              | AT_MOST    | 20.00      | %
            =100%                | EQUAL      | 100        | %
            <5%                  | LESS_THAN  | 5          | %
            ≥500(个)             | AT_LEAST   | 500        | 个
            >=95%                | AT_LEAST   | 95         | %
            <1(%)                | LESS_THAN  | 1          | %
            <120(分钟)           | LESS_THAN  | 120        | 分钟
            >95.00 (%)           | MORE_THAN  | 95.00      | %
            """)
    void parsesComparatorNumberAndUnit(String text, TargetComparator comparator, String number, String unit) {
        IndicatorTarget target = TargetParser.parse(text);
        assertTrue(target.isQuantitative(), text);
        assertEquals(comparator, target.comparator());
        assertEquals(new BigDecimal(number), target.number());
        assertEquals(unit, target.unit());
        assertEquals(text, target.text(), "the original text is kept");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            100.00%  | 100.00 | %
            94.90%   | 94.90  | %
            100%     | 100    | %
            """)
    void numberWithoutComparatorKeepsNoComparator(String text, String number, String unit) {
        IndicatorTarget target = TargetParser.parse(text);
        assertNull(target.comparator());
        assertEquals(new BigDecimal(number), target.number());
        assertEquals(unit, target.unit());
    }

    @ParameterizedTest
    @ValueSource(strings = {"及时", "制定并完善", "健全", "一级故障≤90 分钟，二级故障≤180 分钟，三级故障≤24 小时",
            "安全性100%，稳定性99%以上", "环保达标率100%", "40万左右", "排除政策变动因素，完成鉴定人数40万左右",
            "1个工作日内及时响应，1-3个工作日内解决，特殊情况不晚于1周", "差评率1%以下", "响应时间：立即响应，故障处理时间 ≤ 90 分钟",
            "不高于同类市场价", "接听电话379.8万个，网站和手机受理28.1万件", ""})
    void qualitativeTargetsStayText(String text) {
        IndicatorTarget target = TargetParser.parse(text);
        assertFalse(target.isQuantitative(), text);
        assertNull(target.comparator());
        assertEquals(text, target.text());
    }

    @Test
    void numberOfMoreThanFifteenDigitsOrSixDecimalsStaysText() {
        assertEquals(new BigDecimal("999999999999999.999999"),
                TargetParser.parse("=999,999,999,999,999.999999(元)").number());
        assertFalse(TargetParser.parse("=9999999999999999(元)").isQuantitative());
        assertFalse(TargetParser.parse("≤0.1234567(%)").isQuantitative());
    }

    /** Reading a number takes time that grows with the square of its digits: a million took a minute. */
    @Test
    void targetOfAMillionDigitsStaysTextAndCostsNoTime() {
        String text = "=" + "9".repeat(1_000_000) + "(次)";
        IndicatorTarget target = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> TargetParser.parse(text));
        assertFalse(target.isQuantitative());
        assertEquals(text, target.text());
    }

    /**
     * Guards the table above: every shape of target in the bundled content (digits replaced by 9)
     * must be one this test names, so a new form in the seeds gets a test of its own.
     */
    @Test
    void everyTargetShapeInTheBundledContentIsCoveredAbove() throws Exception {
        Set<String> covered = new TreeSet<>();
        for (String example : COVERED_EXAMPLES) {
            covered.add(shape(example));
        }
        Set<String> uncovered = new TreeSet<>();
        try (Stream<Path> files = Files.walk(FixtureSite.repositoryRoot().resolve("content/projects"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".yaml")).toList()) {
                for (String line : Files.readAllLines(file)) {
                    String trimmed = line.strip();
                    if (trimmed.startsWith("target:")) {
                        String value = trimmed.substring("target:".length()).strip();
                        if (value.startsWith("\"") && value.endsWith("\"") && value.length() >= 2) {
                            value = value.substring(1, value.length() - 1);
                        }
                        if (TargetParser.parse(value).isQuantitative() && !covered.contains(shape(value))) {
                            uncovered.add(value + "   (" + file.getFileName() + ")");
                        }
                    }
                }
            }
        }
        assertTrue(uncovered.isEmpty(), "target forms without a parser test: " + uncovered);
    }

    private static final String[] COVERED_EXAMPLES = {"=90.00(套)", "=100.00(%)", "=100 (%)", "=100.00 (%)",
            "≥90.00(%)", "≥98 (%)", "≥371(人)", "≤0.80(%)", "≤0.01 (%)", ">5000000.00(人次)", ">0.50(%)", "<5.00 (次)",
            "<4.97元/分钟", "< 4.97 元/分钟", "≥25.00(人次/日)", "=4.00 (次/月)", "=0(件)", "=180000.00(元)",
            "≥98.00%", "≥98%", ">98%", "≤20.00%", "=100%", "<5%", "≥500(个)", "100.00%", "94.90%", "100%", ">=95%", "<1(%)", "<120(分钟)", ">95.00 (%)"};

    /** The form of a target: comparator, number, spacing and brackets; numbers become 9, unit text u. */
    private static String shape(String target) {
        return target.replaceAll("\\d+(\\.\\d+)?", "9").replaceAll("[^\\s9()（）≥≤<>=＝＞＜]+", "u");
    }

    /** A target that looks quantitative but does not parse: the usual slip that explains it. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            "≥37l(人)|≥371(人)",
            "≥98（%|≥98（%）",
            "≥98(%|≥98(%)",
            "=100%)|=100(%)",
            "≥９８%|≥98%",
            "≤0.8O(%)|≤0.80(%)",
            "=1O0(次)|=100(次)"})
    void aSlipInAQuantitativeTargetIsNamedWithWhatWasMeant(String text, String meant) {
        org.junit.jupiter.api.Assertions.assertFalse(TargetParser.parse(text).isQuantitative(), text);
        assertEquals(java.util.Optional.of(meant), TargetParser.likelyMeant(text));
    }

    /** No cry of wolf: targets that parse, qualitative ones and vague numbers are left alone. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"≥371(人)", "≥98%", "及时", "40万左右", "100%完成",
            "群众对象满意度达到95%以上", "移交后30天", "响应时间： ≤ 30 分钟内，故障处理时间 ≤ 24 小时",
            "安全性100%，稳定性99%以上", "=365(天)", "≥37l", "2019年内完成", ""})
    void aTargetWithoutASlipHasNoSuggestion(String text) {
        assertEquals(java.util.Optional.empty(), TargetParser.likelyMeant(text));
    }
}
