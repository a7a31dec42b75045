package org.opendisclosure.content;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.opendisclosure.model.IndicatorTarget;
import org.opendisclosure.model.TargetComparator;

/**
 * Parses an indicator target (指标值) into comparator, number and unit where the whole text has
 * that form: {@code =90.00(套)}, {@code ≥98(%)}, {@code =100 (%)}, {@code <4.97元/分钟},
 * {@code >5000000.00(人次)}, {@code 100.00%}. Anything else ({@code 及时},
 * {@code 一级故障≤90 分钟，…}, {@code 40万左右}) is qualitative, and so is a number of more than 15
 * digits before the point or 6 after it: no target has one, and reading a number costs time that
 * grows with the square of its digits. The text is kept either way.
 * Stateless and thread-safe.
 */
public final class TargetParser {

    private static final String UNIT_CHAR = "[^\\d\\s,，。、;；:：()（）≥≤<>=＝＞＜]";
    private static final Pattern TARGET = Pattern.compile(
            "(?<cmp>>=|<=|≥|≤|>|<|=|＝|＞|＜|≧|≦)?\\s*"
                    + "(?<num>\\d{1,3}(?:,\\d{3}){1,4}(?:\\.\\d{1,6})?|\\d{1,15}(?:\\.\\d{1,6})?)\\s*"
                    + "(?:[(（]\\s*(?<punit>[^()（）]{1,12}?)\\s*[)）]|(?<unit>" + UNIT_CHAR + "{1,8}))?");
    /** Words that make a number approximate or open-ended: such a target stays text. */
    private static final Pattern VAGUE_UNIT = Pattern.compile(".*(左右|以上|以下|以内|内|约).*");

    private TargetParser() {
    }

    public static IndicatorTarget parse(String text) {
        String trimmed = text.strip();
        Matcher m = TARGET.matcher(trimmed);
        if (!m.matches()) {
            return IndicatorTarget.qualitative(text);
        }
        String unit = m.group("punit") != null ? m.group("punit").strip()
                : m.group("unit") != null ? m.group("unit") : "";
        if (VAGUE_UNIT.matcher(unit).matches()) {
            return IndicatorTarget.qualitative(text);
        }
        BigDecimal number = new BigDecimal(m.group("num").replace(",", ""));
        return new IndicatorTarget(text, comparator(m.group("cmp")), number, unit);
    }

    private static TargetComparator comparator(String symbol) {
        if (symbol == null) {
            return null;
        }
        return switch (symbol) {
            case "=", "＝" -> TargetComparator.EQUAL;
            case "≥", ">=", "≧" -> TargetComparator.AT_LEAST;
            case "≤", "<=", "≦" -> TargetComparator.AT_MOST;
            case ">", "＞" -> TargetComparator.MORE_THAN;
            case "<", "＜" -> TargetComparator.LESS_THAN;
            default -> throw new IllegalArgumentException(symbol);
        };
    }
}
