package org.opendisclosure.render;

import java.util.ArrayList;
import java.util.List;

import org.opendisclosure.derive.IndicatorCategory;
import org.opendisclosure.derive.ProjectIndicators;

/**
 * How the indicators of one 一级/二级指标 of a year are split into list pages, so that no page
 * grows with the city: consecutive projects, a page closing once it holds {@link #ROWS_PER_PAGE}
 * indicators or more; a project's indicators are never split across two pages. At a city's year
 * (≈ 260,000 indicators in about a dozen categories) this gives pages of about 200 KB of HTML
 * (docs/indicators.md has the measurements).
 *
 * @param category the category
 * @param parts    its pages, each the projects it lists, in order; never empty
 */
record IndicatorParts(IndicatorCategory category, List<Part> parts) {

    /** Indicators per list page; docs/indicators.md says why. */
    static final int ROWS_PER_PAGE = 1000;

    IndicatorParts {
        parts = List.copyOf(parts);
    }

    /**
     * One page of a category.
     *
     * @param number   its number, from 1
     * @param first    the number of its first indicator within the category, from 1
     * @param projects the projects it lists
     * @param count    indicators it lists
     */
    record Part(int number, int first, List<ProjectIndicators> projects, int count) {

        Part {
            projects = List.copyOf(projects);
        }

        /** The number of its last indicator within the category. */
        int last() {
            return first + count - 1;
        }
    }

    static IndicatorParts of(IndicatorCategory category) {
        return of(category, ROWS_PER_PAGE);
    }

    static IndicatorParts of(IndicatorCategory category, int rowsPerPage) {
        List<Part> parts = new ArrayList<>();
        List<ProjectIndicators> current = new ArrayList<>();
        int count = 0;
        int first = 1;
        for (ProjectIndicators project : category.projects()) {
            current.add(project);
            count += project.indicators().size();
            if (count >= rowsPerPage) {
                parts.add(new Part(parts.size() + 1, first, current, count));
                first += count;
                current = new ArrayList<>();
                count = 0;
            }
        }
        if (!current.isEmpty() || parts.isEmpty()) {
            parts.add(new Part(parts.size() + 1, first, current, count));
        }
        return new IndicatorParts(category, parts);
    }

    /**
     * Where a part sits in its category, as text: everything its page shows that the files of its
     * own projects do not decide — its number, its first and last indicator, how many pages and
     * indicators the category has, and which projects it lists, in order.
     */
    List<String> layout(Part part) {
        List<String> layout = new ArrayList<>(part.projects().size() + 1);
        layout.add(category.key() + " " + part.number() + "/" + parts.size() + " " + part.first() + "-" + part.last()
                + "/" + category.count());
        part.projects().forEach(p -> layout.add(p.project().id()));
        return layout;
    }

    /** The category as a reader names it: {@code 产出指标／数量指标}; blank levels said so. */
    static String label(IndicatorCategory category) {
        String level1 = category.level1() == null ? "（一级指标未填）" : category.level1();
        return category.level2() == null ? level1 : level1 + "／" + category.level2();
    }
}
