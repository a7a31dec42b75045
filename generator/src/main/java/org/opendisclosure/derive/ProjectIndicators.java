package org.opendisclosure.derive;

import java.util.List;

import org.opendisclosure.model.Indicator;
import org.opendisclosure.model.Project;

/**
 * The indicators one project lists under one 一级/二级指标, in the form's order.
 *
 * @param project    the project
 * @param indicators its 三级指标 under the category, never empty
 */
public record ProjectIndicators(Project project, List<Indicator> indicators) {

    public ProjectIndicators {
        indicators = List.copyOf(indicators);
    }
}
