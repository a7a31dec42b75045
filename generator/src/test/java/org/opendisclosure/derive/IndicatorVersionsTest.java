package org.opendisclosure.derive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.opendisclosure.model.Indicator;
import org.opendisclosure.model.IndicatorGroup;
import org.opendisclosure.model.IndicatorSubgroup;
import org.opendisclosure.model.IndicatorTarget;

/** The difference between two published versions of one project's indicators. */
class IndicatorVersionsTest {

    private static List<IndicatorGroup> table(String level1, String level2, String... nameTargetPairs) {
        List<Indicator> indicators = new java.util.ArrayList<>();
        for (int i = 0; i < nameTargetPairs.length; i += 2) {
            indicators.add(new Indicator(nameTargetPairs[i], IndicatorTarget.qualitative(nameTargetPairs[i + 1]), ""));
        }
        return List.of(new IndicatorGroup(level1, true, List.of(new IndicatorSubgroup(level2, indicators, "")), ""));
    }

    @Test
    void theSameTableIsTheSame() {
        List<IndicatorGroup> form = table("产出目标", "数量目标", "综合接通率", "≥80.00%");
        assertTrue(IndicatorVersions.compare(form, form).isSame());
    }

    @Test
    void namesRowsInOnlyOneVersionTargetsWrittenDifferentlyAndRowsPlacedDifferently() {
        IndicatorVersions versions = IndicatorVersions.compare(
                table("产出目标", "数量目标", "综合接通率", "≥80.00%", "预算执行率", "≥98%", "招聘人员完成率", "100.00%"),
                table("产出目标", "质量目标", "综合接通率", "≥80.00%", "招聘人员完成率", "=100%", "公众满意度", "≥90.00%"));
        assertEquals(List.of(new IndicatorVersions.Row("产出目标", "数量目标", "预算执行率", "≥98%")), versions.onlyInForm());
        assertEquals(List.of(new IndicatorVersions.Row("产出目标", "质量目标", "公众满意度", "≥90.00%")),
                versions.onlyInBudget());
        assertEquals(List.of("招聘人员完成率: 100.00% / =100%"), versions.targets().stream()
                .map(p -> p.form().name() + ": " + p.form().target() + " / " + p.budget().target()).toList());
        assertEquals(List.of("综合接通率: 产出目标／数量目标 / 产出目标／质量目标",
                "招聘人员完成率: 产出目标／数量目标 / 产出目标／质量目标"), versions.levels().stream()
                .map(p -> p.form().name() + ": " + p.form().place() + " / " + p.budget().place()).toList());
    }
}
