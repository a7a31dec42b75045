package org.opendisclosure.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The numeric claims of a goal text (年度总体目标, 项目总目标, 年度绩效目标): a percentage
 * ({@code 98%}, {@code 百分之九十八}), a rate per thousand ({@code 千分之零点八}, {@code 0.8‰}),
 * read as a percentage, or a count with its unit ({@code 365 天}, {@code 2 次}), each with what it
 * is said of: the words before it in its clause, split at 、 and 及 ({@code 档案损坏率、档案丢失率为0%}
 * is two claims), without the comparator words ({@code 达到}, {@code 不低于}, {@code 控制在}); and
 * for a count, also the words right after its unit ({@code 2 次场地保洁}). Ranges
 * ({@code 1-2名}) and years ({@code 1998年}) are not claims. Stateless.
 */
final class GoalClaims {

    /** One claim: the number (a percentage for rates), its unit ({@code %} or a count's), what it is said of. */
    record Claim(String text, BigDecimal number, String unit, List<String> subjects, String after, int start) {
    }

    private static final String CHINESE_NUMBER = "[零〇一二两三四五六七八九十百千点]+";
    private static final String DIGITS = "\\d+(?:\\.\\d+)?";
    /** Units a count may have in a goal text; years and months are dates, not counts. */
    private static final String COUNT_UNITS = "小时|分钟|天|名|人次|人|次|个|件|辆|套|台|份|条|项";
    private static final Pattern CLAIM = Pattern.compile(
            "(?<perMille>千分之(?<pmNumber>" + CHINESE_NUMBER + "|" + DIGITS + "))"
                    + "|(?<perCent>百分之(?<pcNumber>" + CHINESE_NUMBER + "|" + DIGITS + "))"
                    + "|(?<number>" + DIGITS + ")\\s*(?:(?<percent>[%％])|(?<mille>‰)|(?<unit>" + COUNT_UNITS + "))");
    /** Where a clause starts: punctuation, a list marker, a line break. */
    private static final Pattern CLAIM_START = Pattern.compile("[，,。；;：:！!？?（(）)\\n]|\\d+[、.．]|[①-⑳]");
    /** Comparator and linking words between what a claim is said of and its number. */
    private static final Pattern COMPARATOR_WORDS = Pattern.compile(
            "(?:均|都|应|需|须|要|将|可|能)?(?:不低于|不高于|不少于|不多于|不超过|不大于|不小于|低于|高于|超过|少于|多于|大于|小于"
                    + "|达到|达|为|是|在|控制在|保持在|保持|维持在|维持|提高到|提升至|提高至|降低到|降至|≥|≤|>|<|=|＞|＜|＝)+\\s*$");
    /** Words that start a clause without being what a claim is said of. */
    private static final Pattern LEADING_WORDS = Pattern.compile("^(?:并且|并|且|使|确保|保证|保障|力争|实现|其中|以及|和|及)+");
    private static final Pattern SUBJECT_SEPARATOR = Pattern.compile("[、及和与]");
    /** The words right after a count's unit: what is counted ({@code 2 次场地保洁}). */
    private static final Pattern AFTER_UNIT = Pattern.compile("^\\s*([\\p{IsHan}]{2,4})");

    private GoalClaims() {
    }

    static List<Claim> of(String text) {
        List<Claim> claims = new ArrayList<>();
        if (text == null) {
            return claims;
        }
        Matcher m = CLAIM.matcher(text);
        while (m.find()) {
            if (isPartOfRangeOrCode(text, m.start(), m.end())) {
                continue;
            }
            Optional<BigDecimal> number;
            String unit;
            if (m.group("perMille") != null) {
                number = numberOf(m.group("pmNumber")).map(n -> n.movePointLeft(1));
                unit = "%";
            } else if (m.group("perCent") != null) {
                number = numberOf(m.group("pcNumber"));
                unit = "%";
            } else if (m.group("mille") != null) {
                number = Optional.of(new BigDecimal(m.group("number")).movePointLeft(1));
                unit = "%";
            } else {
                number = Optional.of(new BigDecimal(m.group("number")));
                unit = m.group("percent") != null ? "%" : m.group("unit");
            }
            if (number.isEmpty()) {
                continue;
            }
            String after = "";
            if (!unit.equals("%")) {
                Matcher words = AFTER_UNIT.matcher(text.substring(m.end()));
                after = words.find() ? words.group(1) : "";
            }
            claims.add(new Claim(text.substring(m.start(), m.end()), number.get(), unit,
                    subjectsBefore(text, m.start()), after, m.start()));
        }
        return claims;
    }

    /** A number joined to another by a hyphen or tilde ({@code 1-2名}), or glued to letters or digits around it. */
    private static boolean isPartOfRangeOrCode(String text, int start, int end) {
        char before = start > 0 ? text.charAt(start - 1) : ' ';
        char after = end < text.length() ? text.charAt(end) : ' ';
        return before == '-' || before == '－' || before == '~' || before == '～' || before == '至' && Character.isDigit(
                start > 1 ? text.charAt(start - 2) : ' ') || after == '-' || after == '－' || after == '~'
                || after == '～' || Character.isLetter(before) && before < 0x80;
    }

    /** What the claim at {@code start} is said of: its clause's words before it, comparator words removed, split at 、 and 及. */
    private static List<String> subjectsBefore(String text, int start) {
        String before = text.substring(0, start);
        Matcher clauseStart = CLAIM_START.matcher(before);
        int from = 0;
        while (clauseStart.find()) {
            from = clauseStart.end();
        }
        String clause = COMPARATOR_WORDS.matcher(before.substring(from).strip()).replaceAll("").strip();
        List<String> subjects = new ArrayList<>();
        for (String item : SUBJECT_SEPARATOR.split(clause)) {
            String subject = LEADING_WORDS.matcher(item.strip()).replaceAll("").replaceAll("\\s+", "");
            if (subject.length() >= 2) {
                subjects.add(subject);
            }
        }
        return subjects;
    }

    /** A number in digits or in Chinese numerals ({@code 零点八}, {@code 九十八}, {@code 一}); empty when it does not read. */
    static Optional<BigDecimal> numberOf(String text) {
        if (text.matches(DIGITS)) {
            return Optional.of(new BigDecimal(text));
        }
        String[] parts = text.split("点", -1);
        if (parts.length > 2 || parts[0].isEmpty()) {
            return Optional.empty();
        }
        Optional<Long> whole = chineseInteger(parts[0]);
        if (whole.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder decimals = new StringBuilder();
        if (parts.length == 2) {
            for (char c : parts[1].toCharArray()) {
                int digit = digit(c);
                if (digit < 0) {
                    return Optional.empty();
                }
                decimals.append(digit);
            }
            if (decimals.length() == 0) {
                return Optional.empty();
            }
        }
        return Optional.of(new BigDecimal(whole.get() + (decimals.length() > 0 ? "." + decimals : "")));
    }

    private static Optional<Long> chineseInteger(String text) {
        long total = 0;
        long current = -1;
        for (char c : text.toCharArray()) {
            int digit = digit(c);
            if (digit >= 0) {
                current = digit;
                continue;
            }
            long unit = switch (c) {
                case '十' -> 10;
                case '百' -> 100;
                case '千' -> 1000;
                default -> -1;
            };
            if (unit < 0) {
                return Optional.empty();
            }
            total += (current < 0 ? 1 : current) * unit;
            current = -1;
        }
        return Optional.of(total + Math.max(current, 0));
    }

    private static int digit(char c) {
        return switch (c) {
            case '零', '〇' -> 0;
            case '一' -> 1;
            case '二', '两' -> 2;
            case '三' -> 3;
            case '四' -> 4;
            case '五' -> 5;
            case '六' -> 6;
            case '七' -> 7;
            case '八' -> 8;
            case '九' -> 9;
            default -> -1;
        };
    }
}
