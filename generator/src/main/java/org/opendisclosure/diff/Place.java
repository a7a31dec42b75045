package org.opendisclosure.diff;

import java.util.Comparator;

/**
 * Where a change belongs in a report: a budget year and a department.
 *
 * @param year           budget year
 * @param departmentId   the department's id; empty for changes of the whole year
 * @param departmentName the department's name as the newer side has it, else the older; else the id
 */
public record Place(int year, String departmentId, String departmentName) {

    static final Comparator<Place> ORDER = Comparator.comparingInt(Place::year).reversed()
            .thenComparing(Place::departmentId);

    /** How a heading names the place: {@code 2024 年 · 人社局}. */
    public String heading() {
        return departmentId.isEmpty() ? year + " 年" : year + " 年 · " + departmentName;
    }
}
