package org.opendisclosure.diff;

import org.opendisclosure.model.IndicatorTarget;

/**
 * A performance indicator (绩效指标) added, removed, re-targeted or re-grouped. Indicators are
 * matched by their level names (一级/二级指标) and their own name; one whose name stayed but whose
 * levels changed is re-grouped.
 *
 * @param place     year and department
 * @param projectId the project
 * @param project   the project's name
 * @param indicator the indicator's name
 * @param kind      what happened
 * @param groupBefore the levels before ({@code 产出指标 / 数量指标}), empty when added
 * @param groupAfter  the levels after, empty when removed
 * @param before    the target before, or null
 * @param after     the target after, or null
 * @param promise   for a re-targeted indicator, whether the promise got stronger or weaker
 */
public record IndicatorChange(Place place, String projectId, String project, String indicator, Kind kind,
        String groupBefore, String groupAfter, IndicatorTarget before, IndicatorTarget after, Promise promise) {

    /** What happened to an indicator. */
    public enum Kind {
        ADDED("新增指标"), REMOVED("删除指标"), RETARGETED("调整指标值"), REGROUPED("调整分组");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
