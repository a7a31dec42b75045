package org.opendisclosure.derive;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import org.opendisclosure.model.Indicator;
import org.opendisclosure.model.IndicatorGroup;
import org.opendisclosure.model.IndicatorSubgroup;

/**
 * Lines up several published versions of an indicator table row by row: rows are the same indicator when they
 * have the same 三级指标 (name), taken in order (the second row of a name in one version matches the second of that
 * name in another); rows without a name match by target. Used for the two versions of one year
 * ({@link IndicatorVersions}) and for the years of one project ({@link ProjectHistory}). One pass over the rows with
 * a hash map: its cost grows linearly with them.
 */
final class IndicatorMatching {

    private IndicatorMatching() {
    }

    /** 一级指标／二级指标, as a reader reads a row's place in its table; a blank 一级指标 is “—”. */
    static String place(String level1, String level2) {
        return Objects.requireNonNullElse(level1, "—") + (level2 == null ? "" : "／" + level2);
    }

    /** The rows of a table in its order, with the levels each stands under. */
    static List<IndicatorVersions.Row> rows(List<IndicatorGroup> groups) {
        List<IndicatorVersions.Row> rows = new ArrayList<>();
        for (IndicatorGroup group : groups) {
            for (IndicatorSubgroup subgroup : group.subgroups()) {
                for (Indicator indicator : subgroup.indicators()) {
                    rows.add(new IndicatorVersions.Row(group.level1(), subgroup.level2(), indicator.name(),
                            indicator.target().text()));
                }
            }
        }
        return rows;
    }

    /**
     * One line per indicator found in any version, in the order of first appearance (all of the first version's
     * rows in its order, then the rows new in the second, and so on); each line holds, per version, that version's
     * row or null where the version does not have it.
     *
     * @param identity what makes two rows the same indicator: {@link IndicatorVersions.Row#identity()}
     */
    static <T> List<List<T>> match(List<List<T>> versions, Function<T, String> identity) {
        Map<String, List<T>> lines = new LinkedHashMap<>();
        for (int v = 0; v < versions.size(); v++) {
            Map<String, Integer> seen = new HashMap<>();
            for (T row : versions.get(v)) {
                String id = identity.apply(row);
                int occurrence = seen.merge(id, 1, Integer::sum);
                List<T> line = lines.computeIfAbsent(id + "\u0000" + occurrence,
                        k -> Arrays.asList(newArray(versions.size())));
                line.set(v, row);
            }
        }
        return List.copyOf(lines.values());
    }

    @SuppressWarnings("unchecked")
    private static <T> T[] newArray(int size) {
        return (T[]) new Object[size];
    }
}
