package org.opendisclosure.model;

import java.util.List;
import java.util.Optional;

/**
 * What a disclosure rule ({@link DisclosureRule}) asks a department budget to publish, beside its eight tables. The
 * rule files name these by key; which apply in a year, their wording and thresholds are the files' data, how each
 * is found in a budget is the derive stage's.
 */
public enum RuleCheck {

    /** “三公”经费, split into 因公出国(境)费, 公务接待费, 公务用车购置费 and 运行费, with an explanation. */
    THREE_PUBLIC("three_public"),
    /** 机关运行经费, with an explanation. */
    OPERATING_COSTS("operating_costs"),
    /** 政府采购预算, with an explanation. */
    PROCUREMENT("procurement"),
    /** 绩效目标: the projects whose targets are published, of those that set targets. */
    PERFORMANCE_TARGETS("performance_targets"),
    /** 名词解释. */
    GLOSSARY("glossary");

    private final String key;

    RuleCheck(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static List<String> keys() {
        return java.util.Arrays.stream(values()).map(RuleCheck::key).toList();
    }

    public static Optional<RuleCheck> byKey(String key) {
        return java.util.Arrays.stream(values()).filter(c -> c.key.equals(key)).findFirst();
    }
}
