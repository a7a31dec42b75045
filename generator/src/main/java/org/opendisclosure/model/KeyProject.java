package org.opendisclosure.model;

import java.util.List;

/**
 * A project the department budget explains at length (e.g. 12333热线全媒体智能咨询平台项目经费情况说明),
 * linked to the project's own page of the same year.
 *
 * @param projectId  the project's id
 * @param title      the explanation's heading
 * @param text       the explanation, Markdown
 * @param indicators the performance targets as this document prints them (may differ from the
 *                   project's own form)
 * @param keyPath    where it stands, e.g. {@code key_projects[0]}
 */
public record KeyProject(String projectId, String title, String text, List<IndicatorGroup> indicators,
        String keyPath) {
    public KeyProject {
        indicators = List.copyOf(indicators);
    }
}
