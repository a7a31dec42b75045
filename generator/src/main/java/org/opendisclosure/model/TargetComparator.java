package org.opendisclosure.model;

/** The comparator of a quantitative indicator target. */
public enum TargetComparator {
    EQUAL("=", "等于"),
    AT_LEAST("≥", "不低于"),
    AT_MOST("≤", "不高于"),
    MORE_THAN(">", "高于"),
    LESS_THAN("<", "低于");

    private final String symbol;
    private final String words;

    TargetComparator(String symbol, String words) {
        this.symbol = symbol;
        this.words = words;
    }

    public String symbol() {
        return symbol;
    }

    /** How the comparator reads in Chinese: 不低于 98%. */
    public String words() {
        return words;
    }
}
