package org.opendisclosure.model;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A date as a form gives it: a day ({@code 2019-01-01}) or only a month ({@code 2019-01}, for
 * "2019年1月").
 *
 * @param text  the ISO text as written in the content
 * @param first the first day it covers
 * @param last  the last day it covers
 */
public record ProjectDate(String text, LocalDate first, LocalDate last) {

    public static ProjectDate ofDay(LocalDate day) {
        return new ProjectDate(day.toString(), day, day);
    }

    public static ProjectDate ofMonth(YearMonth month) {
        return new ProjectDate(month.toString(), month.atDay(1), month.atEndOfMonth());
    }

    /** Chinese display: 2019年1月1日 or 2019年1月. */
    public String display() {
        if (first.equals(last)) {
            return first.getYear() + "年" + first.getMonthValue() + "月" + first.getDayOfMonth() + "日";
        }
        return first.getYear() + "年" + first.getMonthValue() + "月";
    }
}
