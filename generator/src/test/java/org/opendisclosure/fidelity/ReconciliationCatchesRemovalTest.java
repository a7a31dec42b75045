package org.opendisclosure.fidelity;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.opendisclosure.FixtureSite;

/**
 * The reconciliation is not a test that cannot fail: on a copy of the bundled content with one published item
 * taken out, it names the seed, the line and the item. Each kind of item is taken out once.
 */
class ReconciliationCatchesRemovalTest {

    private static final String HOTLINE_2019 = "2019 12333热线全媒体智能咨询平台项目经费（上海市人力资源和社会保障局咨询服务中心）";

    @TempDir
    Path dir;

    static Stream<Arguments> removals() {
        return Stream.of(
                Arguments.of("a 2019 project amount", "projects/2019/foreign-work-permit.yaml",
                        "  prior_year_execution: 3,586,471\n",
                        "002_9a3baee883589cca.txt:193: 2019 外国人（台港澳）来华工作许可专项（上海市人才服务中心） 同名项目上年预算执行数（元）: "
                                + "published “3586471”, missing from the content"),
                Arguments.of("a 2024 project amount", "projects/2024/hotline-12333.yaml",
                        "  annual_total: 73,985,000.40\n",
                        "000_c5ac2ca95e2e7928.txt:31: 2024 12333 热线咨询平台项目经费（上海市人力资源和社会保障局咨询服务中心） 年度资金申请总额: "
                                + "published “73985000.4”, missing from the content"),
                Arguments.of("a sub-project", "projects/2019/hotline-12333.yaml",
                        "  - name: 税金\n    amount: 3830000\n",
                        "002_9a3baee883589cca.txt:24: " + HOTLINE_2019 + " 子项目 3: published “税金 3830000”, "
                                + "the content has “基础语音平台租金 4400000”"),
                Arguments.of("a project indicator row", "projects/2019/hotline-12333.yaml",
                        "          - name: 公众满意度\n            target: \"≥90.00%\"\n",
                        "002_9a3baee883589cca.txt:50: " + HOTLINE_2019 + " 指标行: "
                                + "published “影响力目标 / 满意度目标 / 公众满意度: ≥90.00%”, missing from the content"),
                Arguments.of("a department-budget indicator row", "budgets/2019/shrss.yaml",
                        "              - name: 综合满意度\n                target: \"≥97.00%\"\n",
                        "001_e366174b18f14735.txt:449: 重点项目 12333热线全媒体智能咨询平台项目经费 指标行: "
                                + "published “效果目标 / 社会效益目标 / 综合满意度: ≥97.00%”, missing from the content"),
                Arguments.of("a budget table cell", "budgets/2019/shrss.yaml",
                        "    name: 委托业务费\n    office: 728,000\n",
                        "001_e366174b18f14735.txt:326: 经济分类预算表 30227 office: published “728000”, the content has “0”"),
                Arguments.of("a budget unit", "departments/shrss.yaml",
                        "  - id: shrss-work-ability\n    name: 上海市劳动能力鉴定中心\n    kind: 事业\n",
                        "001_e366174b18f14735.txt:54: 预算单位: published “上海市劳动能力鉴定中心”, missing from the content"),
                Arguments.of("a glossary term", "budgets/2019/shrss.yaml",
                        "\n    （四）机关运行经费：指行政单位和参照公务员法管理的事业单位使用一般公共预算财政拨款安排的基本支出中的日常公用经费支出。\n",
                        "001_e366174b18f14735.txt:71: 名词解释 机关运行经费: published “（四）机关运行经费：指行政单位和参照公务员法管理的"
                                + "事业单位使用一般公共预算财政拨款安排的基本支出中的日常公用经费支出。”, missing from the content"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("removals")
    void namesTheSeedLineAndTheItemTakenOut(String kind, String file, String removed, String finding)
            throws IOException {
        Path content = copyOfBundledContent();
        Path target = content.resolve(file);
        String text = Files.readString(target, StandardCharsets.UTF_8);
        assertTrue(text.contains(removed), file + " no longer contains the text this test removes");
        Files.writeString(target, text.replaceFirst(java.util.regex.Pattern.quote(removed), "\n"),
                StandardCharsets.UTF_8);

        List<String> findings = Reconciliation.findings(ReconciliationTest.load(content));
        assertTrue(findings.contains(finding), "expected\n  " + finding + "\namong\n  " + String.join("\n  ", findings));
    }

    private Path copyOfBundledContent() {
        return FixtureSite.copyOfBundledContent(dir.resolve("content"));
    }
}
