package org.opendisclosure.model;

import java.util.List;

/** Everything loaded from a content directory, in a stable order (by id, then year). */
public record Content(SiteSettings settings, List<Department> departments, List<Project> projects) {
    public Content {
        departments = List.copyOf(departments);
        projects = List.copyOf(projects);
    }
}
