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

    /** Starts like a quantitative target: an optional comparator, then a digit (half- or full-width). */
    private static final Pattern LOOKS_QUANTITATIVE = Pattern.compile(
            "^\\s*(?:>=|<=|≥|≤|>|<|=|＝|＞|＜|≧|≦)?\\s*[0-9０-９]");
    /** A letter l, I or O typed for a digit: between digits, or after digits before a unit's bracket or %. */
    private static final Pattern LETTER_FOR_DIGIT = Pattern.compile("(?<=\\d)[lIOo](?=[\\d.(（%]|$)|(?<=\\d\\.)[lIOo]");

    /**
     * What a target that looks quantitative but does not parse was most likely meant to be, when a
     * small, usual slip explains it: a letter for a digit ({@code ≥37l(人)} → {@code ≥371(人)}), a
     * bracket left open or unopened ({@code ≥98（%} → {@code ≥98（%）}), full-width digits or point
     * ({@code ≥９８%} → {@code ≥98%}). Empty when the target parses, does not look quantitative, or
     * no such slip makes it parse: a qualitative target is not a mistake.
     */
    public static java.util.Optional<String> likelyMeant(String text) {
        if (text == null || text.length() > 40 || parse(text).isQuantitative()
                || !LOOKS_QUANTITATIVE.matcher(text).find()) {
            return java.util.Optional.empty();
        }
        String fixed = halfWidthDigits(text.strip());
        fixed = LETTER_FOR_DIGIT.matcher(fixed).replaceAll(m -> m.group().equalsIgnoreCase("l") || m.group().equals("I")
                ? "1" : "0");
        fixed = balancedBrackets(fixed);
        if (!fixed.equals(text.strip()) && parse(fixed).isQuantitative()) {
            return java.util.Optional.of(fixed);
        }
        return java.util.Optional.empty();
    }

    private static String halfWidthDigits(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(c >= '０' && c <= '９' ? (char) (c - '０' + '0') : c == '．' ? '.' : c);
        }
        return out.toString();
    }

    /** Closes a bracket left open at the end, or opens one closed without opening, in the same width. */
    private static String balancedBrackets(String text) {
        int open = Math.max(text.lastIndexOf('('), text.lastIndexOf('（'));
        int close = Math.max(text.lastIndexOf(')'), text.lastIndexOf('）'));
        if (open >= 0 && close < open) {
            return text + (text.charAt(open) == '（' ? "）" : ")");
        }
        if (close >= 0 && open < 0) {
            Matcher number = Pattern.compile("\\d(?=[^\\d.,]*[)）]$)").matcher(text);
            if (number.find()) {
                return text.substring(0, number.end()) + (text.charAt(close) == '）' ? "（" : "(")
                        + text.substring(number.end());
            }
        }
        return text;
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
