package org.opendisclosure.render;

import java.util.List;

import org.opendisclosure.address.SiteAddresses;
import org.opendisclosure.derive.SiteModel;
import org.opendisclosure.model.BudgetUnit;
import org.opendisclosure.model.Project;

/** Projects as the rows of a list: name, unit, nature and annual amount, linked to their pages. */
final class ProjectLists {

    private ProjectLists() {
    }

    static List<ProjectSummary> summaries(SiteModel site, List<Project> projects) {
        return projects.stream().map(p -> {
            BudgetUnit unit = site.unit(p.unitId());
            return new ProjectSummary(p.name(), SiteAddresses.project(p.year(), p.id()), unit.name(),
                    SiteAddresses.unit(p.year(), unit.id()), PageFrames.orDash(p.nature()),
                    p.funding().annualTotal());
        }).toList();
    }
}
