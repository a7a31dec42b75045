package org.opendisclosure.fidelity;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Indicator rows whose 一级指标 / 二级指标 cannot be read mechanically from the seed text, because a page break of
 * the PDF separated a row from its merged level cells or printed a level label after the rows it heads. For each
 * such line the reading the content uses (and explains to readers in its {@code editor_notes}) is given here with
 * the reason. The row's name and target are still checked against the seed, and the levels against this reading:
 * nothing on these lines goes unchecked.
 */
final class LayoutReadings {

    /** The levels a row is read under, and why the seed text alone does not say so. */
    record Reading(String level1, String level2, String reason) {
    }

    private static final Map<String, Reading> READINGS = new LinkedHashMap<>();

    static {
        String siHandling = Reconciliation.FORMS_2024_SOCIAL_INSURANCE;
        // 社会保险经办业务费: the row follows the three 成本指标 rows with blank level cells; it is a completion
        // rate, not a cost (editor note 2 of content/projects/2024/si-handling-services.yaml).
        READINGS.put(siHandling + ":32", new Reading("产出指标", "数量指标",
                "blank level cells after the 成本指标 rows; a completion rate, read as 产出指标—数量指标"));
        // The seven rows before the page break show no 二级指标; “质量指标” is printed after the break on line 60
        // and heads them too (editor note 3). Line 49 prints 产出指标 in the 二级指标 column.
        for (int line = 49; line <= 55; line++) {
            READINGS.put(siHandling + ":" + line, new Reading("产出指标", "质量指标",
                    "no 二级指标 before the page break; “质量指标” printed after it (line 60) heads these rows"));
        }
    }

    private LayoutReadings() {
    }

    static Reading at(String seed, int line) {
        return READINGS.get(seed + ":" + line);
    }
}
