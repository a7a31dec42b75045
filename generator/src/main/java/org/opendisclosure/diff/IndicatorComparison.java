package org.opendisclosure.diff;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.opendisclosure.model.Indicator;
import org.opendisclosure.model.IndicatorGroup;
import org.opendisclosure.model.IndicatorSubgroup;
import org.opendisclosure.model.Project;

/**
 * Matches a project's indicators on both sides by level names and indicator name. An indicator
 * whose name is found under other levels is re-grouped (and may be re-targeted too); one whose
 * name is found nowhere is added or removed.
 */
final class IndicatorComparison {

    private IndicatorComparison() {
    }

    /** One indicator with the names of the levels above it. */
    private record Placed(String group, Indicator indicator) {
    }

    static void compare(Place place, Project project, List<IndicatorGroup> before, List<IndicatorGroup> after,
            List<IndicatorChange> out) {
        Map<String, Placed> old = index(before);
        Map<String, Placed> now = index(after);
        Map<String, Placed> oldByName = byName(old);
        Map<String, Placed> nowByName = byName(now);
        for (var entry : now.entrySet()) {
            Placed b = entry.getValue();
            Placed a = old.get(entry.getKey());
            String name = b.indicator().name();
            if (a == null) {
                Placed moved = oldByName.get(name);
                if (moved == null || now.containsKey(key(moved))) {
                    out.add(change(place, project, name, IndicatorChange.Kind.ADDED, null, b));
                    continue;
                }
                out.add(change(place, project, name, IndicatorChange.Kind.REGROUPED, moved, b));
                a = moved;
            }
            if (!a.indicator().target().text().equals(b.indicator().target().text())) {
                out.add(change(place, project, name, IndicatorChange.Kind.RETARGETED, a, b));
            }
        }
        for (var entry : old.entrySet()) {
            Placed a = entry.getValue();
            if (!now.containsKey(entry.getKey())) {
                Placed moved = nowByName.get(a.indicator().name());
                if (moved == null || old.containsKey(key(moved))) {
                    out.add(change(place, project, a.indicator().name(), IndicatorChange.Kind.REMOVED, a, null));
                }
            }
        }
    }

    private static IndicatorChange change(Place place, Project project, String name, IndicatorChange.Kind kind,
            Placed before, Placed after) {
        Promise promise = kind == IndicatorChange.Kind.RETARGETED
                ? Promise.compare(before.indicator().target(), after.indicator().target())
                : Promise.NOT_APPLICABLE;
        return new IndicatorChange(place, project.id(), project.name(), name, kind,
                before == null ? "" : before.group(), after == null ? "" : after.group(),
                before == null ? null : before.indicator().target(), after == null ? null : after.indicator().target(),
                promise);
    }

    private static Map<String, Placed> index(List<IndicatorGroup> groups) {
        Map<String, Placed> placed = new LinkedHashMap<>();
        for (IndicatorGroup group : groups) {
            for (IndicatorSubgroup subgroup : group.subgroups()) {
                String levels = levels(group.level1(), subgroup.level2());
                for (Indicator indicator : subgroup.indicators()) {
                    Placed p = new Placed(levels, new Indicator(nameOf(indicator), indicator.target(),
                            indicator.keyPath()));
                    placed.putIfAbsent(key(p), p);
                }
            }
        }
        return placed;
    }

    private static Map<String, Placed> byName(Map<String, Placed> placed) {
        Map<String, Placed> byName = new LinkedHashMap<>();
        placed.values().forEach(p -> byName.putIfAbsent(p.indicator().name(), p));
        return byName;
    }

    private static String key(Placed placed) {
        return placed.group() + "\u0000" + placed.indicator().name();
    }

    private static String nameOf(Indicator indicator) {
        return indicator.name() == null ? "（未命名）" : indicator.name();
    }

    private static String levels(String level1, String level2) {
        String first = level1 == null ? "（未命名）" : level1;
        return level2 == null ? first : first + " / " + level2;
    }
}
