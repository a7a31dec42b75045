package org.opendisclosure.render;

import java.util.ArrayList;
import java.util.List;

/** A project of one year: its form laid out, with the sub-project chart. */
public record ProjectPage(PageFrame page, ProjectView project, List<ChartView> charts) implements Page {

    public ProjectPage {
        charts = List.copyOf(charts);
    }

    @Override
    public String template() {
        return "project.ftlh";
    }

    @Override
    public List<DownloadableTable> downloadableTables() {
        List<DownloadableTable> tables = new ArrayList<>();
        tables.add(project.funding());
        if (project.subprojects() != null) {
            tables.add(project.subprojects());
        }
        if (project.indicators() != null) {
            tables.add(project.indicators());
        }
        tables.addAll(project.versions());
        if (project.history() != null) {
            tables.add(project.history().funding());
            if (project.history().indicators() != null) {
                tables.add(project.history().indicators());
            }
        }
        charts.forEach(c -> tables.add(c.table()));
        return tables;
    }
}
