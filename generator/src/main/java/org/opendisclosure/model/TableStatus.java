package org.opendisclosure.model;

import java.util.List;
import java.util.Optional;

/**
 * Whether a department budget's document published one of its eight tables, and whether the site holds what it
 * printed. Editors state it in the budget file ({@code tables:}); a table they do not name is {@link #PUBLISHED}.
 */
public enum TableStatus {

    /** 已公布: published, and its figures are the budget rows the site holds. */
    PUBLISHED("published"),
    /**
     * 已公布，未录入: the document lists the table (in its contents) but the text the site was transcribed from does
     * not hold it; the site's table is computed from the rows, not checked against the printed one.
     */
    NOT_TRANSCRIBED("not_transcribed"),
    /** 已公布（空表）: published with no figures, or with a statement that the department has none. */
    EMPTY("empty"),
    /** 未公布: the document does not have the table. */
    MISSING("missing");

    private final String key;

    TableStatus(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    /** Whether the document published the table, with or without figures. */
    public boolean isPublished() {
        return this != MISSING;
    }

    public static List<String> keys() {
        return java.util.Arrays.stream(values()).map(TableStatus::key).toList();
    }

    public static Optional<TableStatus> byKey(String key) {
        return java.util.Arrays.stream(values()).filter(s -> s.key.equals(key)).findFirst();
    }
}
