package org.opendisclosure.derive;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.opendisclosure.model.Indicator;
import org.opendisclosure.model.IndicatorGroup;
import org.opendisclosure.model.IndicatorSubgroup;
import org.opendisclosure.model.Project;

/**
 * Every indicator (绩效指标) of a year's projects, grouped by 一级/二级指标: what the indicator browser
 * lists and filters. Built in one pass over the projects, so its cost grows linearly with them.
 * Categories come in the order they first appear in the year's projects (largest project first);
 * within a category, projects keep the year's order and indicators their form's order.
 *
 * @param categories the year's categories
 * @param count      indicators of the year
 */
public record YearIndicators(List<IndicatorCategory> categories, int count) {

    public YearIndicators {
        categories = List.copyOf(categories);
    }

    /** @param projects the year's projects, in the order the site lists them */
    public static YearIndicators of(List<Project> projects) {
        Map<Names, Gathering> byNames = new LinkedHashMap<>();
        int count = 0;
        List<Names> names = new ArrayList<>();
        List<List<Indicator>> indicators = new ArrayList<>();
        for (Project project : projects) {
            // A project has a few categories: lists searched in order, not a map per project. A
            // category in one subgroup keeps the subgroup's own (immutable) list, which the
            // ProjectIndicators then takes without a copy.
            names.clear();
            indicators.clear();
            for (IndicatorGroup group : project.indicators()) {
                for (IndicatorSubgroup subgroup : group.subgroups()) {
                    if (subgroup.indicators().isEmpty()) {
                        continue;
                    }
                    Names key = new Names(group.level1(), subgroup.level2());
                    int at = names.indexOf(key);
                    if (at < 0) {
                        names.add(key);
                        indicators.add(subgroup.indicators());
                    } else {
                        List<Indicator> joined = new ArrayList<>(indicators.get(at));
                        joined.addAll(subgroup.indicators());
                        indicators.set(at, joined);
                    }
                }
            }
            for (int i = 0; i < names.size(); i++) {
                byNames.computeIfAbsent(names.get(i), Gathering::new).add(project, indicators.get(i));
                count += indicators.get(i).size();
            }
        }
        return new YearIndicators(byNames.values().stream().map(Gathering::category).toList(), count);
    }

    /** The category with this key, or null. */
    public IndicatorCategory category(String key) {
        return categories.stream().filter(c -> c.key().equals(key)).findFirst().orElse(null);
    }

    /**
     * A category's names as a key; either may be null. A record, not a list: a city's year compares
     * keys a few hundred thousand times, and two lists compare through two new iterators each time.
     */
    private record Names(String level1, String level2) {
    }

    private static final class Gathering {
        private final String level1;
        private final String level2;
        private final List<ProjectIndicators> projects = new ArrayList<>();
        private int count;

        Gathering(Names names) {
            this.level1 = names.level1();
            this.level2 = names.level2();
        }

        void add(Project project, List<Indicator> indicators) {
            projects.add(new ProjectIndicators(project, indicators));
            count += indicators.size();
        }

        IndicatorCategory category() {
            return new IndicatorCategory(level1, level2, IndicatorCategory.keyOf(level1, level2),
                    projects, count);
        }
    }
}
