package org.opendisclosure.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The official form a project's performance targets were published on. The form decides which
 * fields exist, what their labels are, which values are allowed and the indicator level names.
 */
public enum ProjectForm {

    /** 上海市财政支出项目绩效目标申报表 (2019 年). */
    FORM_2019("2019", "上海市财政支出项目绩效目标申报表",
            List.of("市委市政府已确定的新增项目", "结转项目", "其他一次性项目", "经常性专项业务费", "其他经常性项目"),
            List.of(),
            List.of("基本建设工程类", "信息化建设类", "政策补贴类", "政府购买服务", "资产购置类", "其他事业专业类"),
            levels(
                    "投入和管理目标", List.of("资金投入管理", "项目实施管理", "资产管理"),
                    "产出目标", List.of("数量目标", "质量目标", "时效目标", "成本目标"),
                    "效果目标", List.of("经济效益目标", "社会效益目标", "生态效益目标"),
                    "影响力目标", List.of("可持续目标", "满意度目标"))),

    /** 财政项目支出绩效目标申报表 (2024 年度). */
    FORM_2024("2024", "财政项目支出绩效目标申报表",
            List.of("经常性专项业务费", "其他经常性项目", "其他一次性项目", "市委市政府已确定的新增项目", "结转项目"),
            List.of("特定目标类", "其他运转类", "其他人员类"),
            List.of(),
            levels(
                    "成本指标", List.of("经济成本指标", "社会成本指标", "生态环境成本指标"),
                    "产出指标", List.of("数量指标", "质量指标", "时效指标"),
                    "效益指标", List.of("经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标"),
                    "满意度指标", List.of("服务对象满意度指标")));

    private final String code;
    private final String title;
    private final List<String> natures;
    private final List<String> categories;
    private final List<String> purposes;
    private final Map<String, List<String>> levelNames;

    ProjectForm(String code, String title, List<String> natures, List<String> categories, List<String> purposes,
            Map<String, List<String>> levelNames) {
        this.code = code;
        this.title = title;
        this.natures = natures;
        this.categories = categories;
        this.purposes = purposes;
        this.levelNames = levelNames;
    }

    /** The value editors write in {@code form:}. */
    public String code() {
        return code;
    }

    /** The form's printed title. */
    public String title() {
        return title;
    }

    /** Allowed 项目性质 (2024) / 项目类型 (2019). */
    public List<String> natures() {
        return natures;
    }

    /** Allowed 项目类别; empty when the form has no such field. */
    public List<String> categories() {
        return categories;
    }

    /** Allowed 资金用途; empty when the form has no such field. */
    public List<String> purposes() {
        return purposes;
    }

    /** 一级指标 names, each with its allowed 二级指标 names, in the form's order. */
    public Map<String, List<String>> levelNames() {
        return levelNames;
    }

    /** Label of {@code nature} on this form. */
    public String natureLabel() {
        return this == FORM_2019 ? "项目类型" : "项目性质";
    }

    public static Set<String> codes() {
        return Set.of(FORM_2019.code, FORM_2024.code);
    }

    public static java.util.Optional<ProjectForm> byCode(String code) {
        for (ProjectForm form : values()) {
            if (form.code.equals(code)) {
                return java.util.Optional.of(form);
            }
        }
        return java.util.Optional.empty();
    }

    private static Map<String, List<String>> levels(Object... pairs) {
        Map<String, List<String>> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            @SuppressWarnings("unchecked")
            List<String> second = (List<String>) pairs[i + 1];
            map.put((String) pairs[i], second);
        }
        return java.util.Collections.unmodifiableMap(map);
    }
}
