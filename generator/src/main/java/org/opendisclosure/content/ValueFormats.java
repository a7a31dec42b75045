package org.opendisclosure.content;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.opendisclosure.model.ProjectDate;

/**
 * The textual forms of values in content files, parsed exactly: money never passes through
 * {@code double}, ids are checked so they can safely become file names.
 */
public final class ValueFormats {

    /**
     * At most 15 digits before the point (999 万亿元, far beyond any budget): more is a typo, and
     * reading a number costs time that grows with the square of its digits.
     */
    private static final Pattern MONEY = Pattern.compile("(\\d{1,3}(?:,\\d{3}){1,4}|\\d{1,15})(?:\\.(\\d{1,2}))?");
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    private static final int ID_MAX_LENGTH = 64;
    /** Names Windows refuses as file names, whatever the extension. */
    private static final Set<String> RESERVED_NAMES = Set.of("con", "prn", "aux", "nul", "com1", "com2", "com3",
            "com4", "com5", "com6", "com7", "com8", "com9", "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7",
            "lpt8", "lpt9");
    private static final Pattern YEAR = Pattern.compile("(19|20|21)\\d\\d");
    private static final Pattern DATE = Pattern.compile("(\\d{4})-(\\d{2})(?:-(\\d{2}))?");

    /** What editors are told a money value looks like. */
    public static final String MONEY_EXPECTED = "金额（元），如 73985000.40 或 73,985,000.40，最多两位小数";
    public static final String ID_EXPECTED = "标识：小写字母 a-z、数字和单个连字符“-”，以字母或数字开头和结尾，最长 64 个字符，"
            + "不能是 Windows 的保留文件名（con、prn、aux、nul、com1–com9、lpt1–lpt9）";
    public static final String YEAR_EXPECTED = "四位年份，如 2024";
    public static final String DATE_EXPECTED = "日期，如 2024-01-01，或只有月份时写 2019-01";
    public static final String CELL_EXPECTED = "工作簿单元格，写成 工作表名!列行，如 收入预算总表!C12";
    public static final String URL_EXPECTED = "以 http:// 或 https:// 开头的网址";
    public static final String SITE_URL_EXPECTED = "站点的完整网址：以 http:// 或 https:// 开头、以 / 结尾，不带 ? 或 #，"
            + "如 https://budget.example.gov.cn/ 或 https://example.gov.cn/budget/";

    private ValueFormats() {
    }

    /** Money in 元: up to 15 digits, optional groups of three separated by commas, at most two decimals. */
    public static Optional<BigDecimal> money(String text) {
        Matcher m = MONEY.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        String digits = m.group(1).replace(",", "");
        String decimals = m.group(2);
        return Optional.of(new BigDecimal(decimals == null ? digits : digits + "." + decimals));
    }

    /** Whether {@code text} is an id that can safely become part of a file name. */
    public static boolean isId(String text) {
        return text.length() <= ID_MAX_LENGTH && ID.matcher(text).matches() && !RESERVED_NAMES.contains(text);
    }

    public static Optional<Integer> year(String text) {
        String trimmed = text.strip();
        return YEAR.matcher(trimmed).matches() ? Optional.of(Integer.parseInt(trimmed)) : Optional.empty();
    }

    public static Optional<ProjectDate> date(String text) {
        Matcher m = DATE.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            int year = Integer.parseInt(m.group(1));
            int month = Integer.parseInt(m.group(2));
            if (m.group(3) == null) {
                return Optional.of(ProjectDate.ofMonth(YearMonth.of(year, month)));
            }
            return Optional.of(ProjectDate.ofDay(LocalDate.of(year, month, Integer.parseInt(m.group(3)))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** An absolute http(s) URL without credentials, or empty. */
    /** A workbook cell an amount was imported from: {@code 收入预算总表!C12} (sheet names as Excel allows them). */
    public static Optional<String> cell(String text) {
        String cell = text.strip();
        return cell.matches("[^!\\[\\]:*?/\\\\\\n]{1,31}![A-Z]{1,3}[1-9][0-9]{0,6}") ? Optional.of(cell) : Optional.empty();
    }

    public static Optional<String> webUrl(String text) {
        String trimmed = text.strip();
        try {
            URI uri = new URI(trimmed);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null
                    && uri.getUserInfo() == null) {
                return Optional.of(uri.toASCIIString());
            }
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /**
     * The address a whole site is published at: an absolute http(s) URL (see {@link #webUrl})
     * ending with {@code /}, without query or fragment, so that appending a page's path gives
     * the page's address. Empty otherwise.
     */
    public static Optional<String> siteUrl(String text) {
        return webUrl(text).filter(url -> {
            URI uri = URI.create(url);
            return url.endsWith("/") && uri.getRawQuery() == null && uri.getRawFragment() == null;
        });
    }
}
