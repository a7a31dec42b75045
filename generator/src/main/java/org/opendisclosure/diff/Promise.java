package org.opendisclosure.diff;


import org.opendisclosure.model.IndicatorTarget;
import org.opendisclosure.model.TargetComparator;

/**
 * How a new target compares with the old one as a promise to readers: {@code ≥95%} → {@code ≥90%}
 * promises less, {@code ≤0.8%} → {@code ≤0.5%} promises more. Decided from the parsed comparator
 * and number (content/TargetParser), only where both targets have the same unit and point the same
 * way; otherwise the meaning changed in a way a reviewer must judge.
 */
public enum Promise {
    STRONGER("承诺提高"), WEAKER("承诺降低"), SAME("含义不变，仅改写法"), CHANGED("含义改变，请人工判断"),
    NOT_APPLICABLE("");

    private final String label;

    Promise(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** How {@code after} compares with {@code before} as a promise. */
    public static Promise compare(IndicatorTarget before, IndicatorTarget after) {
        if (!before.isQuantitative() || !after.isQuantitative()) {
            return before.text().strip().equals(after.text().strip()) ? SAME : CHANGED;
        }
        if (!before.unit().equals(after.unit()) || before.comparator() == null || after.comparator() == null) {
            return CHANGED;
        }
        int direction = direction(before.comparator());
        if (direction != direction(after.comparator())) {
            return CHANGED;
        }
        int byNumber = after.number().compareTo(before.number());
        if (direction == 0) {
            return byNumber == 0 ? SAME : CHANGED;
        }
        if (byNumber == 0) {
            boolean strictBefore = strict(before.comparator());
            boolean strictAfter = strict(after.comparator());
            return strictBefore == strictAfter ? SAME : strictAfter ? STRONGER : WEAKER;
        }
        // "At least" promises more as the number rises; "at most" as it falls.
        return byNumber * direction > 0 ? STRONGER : WEAKER;
    }

    private static int direction(TargetComparator comparator) {
        return switch (comparator) {
            case AT_LEAST, MORE_THAN -> 1;
            case AT_MOST, LESS_THAN -> -1;
            case EQUAL -> 0;
        };
    }

    private static boolean strict(TargetComparator comparator) {
        return comparator == TargetComparator.MORE_THAN || comparator == TargetComparator.LESS_THAN;
    }
}
