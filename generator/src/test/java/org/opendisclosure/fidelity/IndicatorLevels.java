package org.opendisclosure.fidelity;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fixed level names of the two official forms (一级指标 → its 二级指标), as printed on the blank forms.
 * The reader uses them to tell a level cell from an indicator's name, and to put a 二级指标 under the 一级指标 the
 * form prints it under when a page break has separated the two (the content's editor notes record those readings).
 */
final class IndicatorLevels {

    private static final Map<String, List<String>> LEVELS = new LinkedHashMap<>();

    static {
        LEVELS.put("成本指标", List.of("经济成本指标", "社会成本指标", "生态环境成本指标"));
        LEVELS.put("产出指标", List.of("数量指标", "质量指标", "时效指标"));
        LEVELS.put("效益指标", List.of("经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标"));
        LEVELS.put("满意度指标", List.of("服务对象满意度指标"));
        LEVELS.put("投入和管理目标", List.of("资金投入管理", "项目实施管理", "资产管理"));
        LEVELS.put("产出目标", List.of("数量目标", "质量目标", "时效目标", "成本目标"));
        LEVELS.put("效果目标", List.of("经济效益目标", "社会效益目标", "生态效益目标"));
        LEVELS.put("影响力目标", List.of("可持续目标", "满意度目标"));
    }

    private IndicatorLevels() {
    }

    static boolean isLevel1(String cell) {
        return LEVELS.containsKey(cell);
    }

    static boolean isLevel2(String cell) {
        return parentOf(cell) != null;
    }

    static boolean belongs(String level1, String level2) {
        return level1 != null && level2 != null && LEVELS.getOrDefault(level1, List.of()).contains(level2);
    }

    static String parentOf(String level2) {
        for (Map.Entry<String, List<String>> entry : LEVELS.entrySet()) {
            if (entry.getValue().contains(level2)) {
                return entry.getKey();
            }
        }
        return null;
    }
}
