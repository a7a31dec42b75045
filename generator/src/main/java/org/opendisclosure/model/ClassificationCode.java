package org.opendisclosure.model;

import java.util.ArrayList;
import java.util.List;

/**
 * The structure of classification codes: 类 is the first 3 digits, 款 the next 2, 项 the next 2.
 * {@code 2080101} is 项 01 of 款 01 of 类 208.
 */
public final class ClassificationCode {

    /** Digits of a 类, 款 and 项 code. */
    public static final int CLASS = 3;
    public static final int SECTION = 5;
    public static final int ITEM = 7;

    private ClassificationCode() {
    }

    /** Whether {@code code} is all digits and 3, 5 or 7 long. */
    public static boolean isWellFormed(String code) {
        return code != null && (code.length() == CLASS || code.length() == SECTION || code.length() == ITEM)
                && code.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    /** 类, 款 or 项. */
    public static String levelName(String code) {
        return switch (code.length()) {
            case CLASS -> "类";
            case SECTION -> "款";
            case ITEM -> "项";
            default -> throw new IllegalArgumentException(code);
        };
    }

    /** The code itself and every ancestor, from 类 down: {@code [208, 20801, 2080101]}. */
    public static List<String> lineage(String code) {
        List<String> result = new ArrayList<>();
        for (int length : new int[] {CLASS, SECTION, ITEM}) {
            if (code.length() >= length) {
                result.add(code.substring(0, length));
            }
        }
        return result;
    }

    /** The parent code, or null for a 类. */
    public static String parent(String code) {
        return switch (code.length()) {
            case SECTION -> code.substring(0, CLASS);
            case ITEM -> code.substring(0, SECTION);
            default -> null;
        };
    }

    /** The code split as the published tables print it: 类, 款, 项 columns ({@code 208}, {@code 01}, {@code 01}). */
    public static List<String> columns(String code) {
        return List.of(code.substring(0, CLASS), code.length() >= SECTION ? code.substring(CLASS, SECTION) : "",
                code.length() >= ITEM ? code.substring(SECTION, ITEM) : "");
    }
}
