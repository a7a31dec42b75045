package org.opendisclosure.derive;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * One 一级指标 / 二级指标 pair of a year, with every project's indicators under it: the grouping of
 * the indicator browser. Blank levels (a two-level form has no 二级指标) are null.
 *
 * @param level1   一级指标, or null where the form leaves it blank
 * @param level2   二级指标, or null (two-level forms, or left blank)
 * @param key      a short id made only of hex digits, the same for the same names in every build and
 *                 every year, so that the category's pages keep their addresses as content is added
 * @param projects the projects with indicators under it, in the year's project order
 * @param count    how many indicators it holds
 */
public record IndicatorCategory(String level1, String level2, String key, List<ProjectIndicators> projects,
        int count) {

    /** Hex digits of {@link #key}: 32 bits, ample for the few dozen categories of a year. */
    static final int KEY_LENGTH = 8;

    public IndicatorCategory {
        projects = List.copyOf(projects);
    }

    /** The key of the category named {@code level1} / {@code level2} (either may be null). */
    public static String keyOf(String level1, String level2) {
        String names = (level1 == null ? "\u0000" : level1) + "\u0001" + (level2 == null ? "\u0000" : level2);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(names.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, KEY_LENGTH / 2);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
