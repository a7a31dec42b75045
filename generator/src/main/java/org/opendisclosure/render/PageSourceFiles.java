package org.opendisclosure.render;

import java.util.AbstractList;
import java.util.Collection;
import java.util.Set;
import java.util.HashSet;
import java.util.List;

import org.opendisclosure.derive.DepartmentInYear;
import org.opendisclosure.derive.DepartmentYear;
import org.opendisclosure.derive.ProjectIndicators;
import org.opendisclosure.derive.SiteModel;
import org.opendisclosure.derive.UnitInYear;
import org.opendisclosure.derive.YearInSite;
import org.opendisclosure.model.ClassificationCatalogue;
import org.opendisclosure.model.Project;

/**
 * The content files each kind of page reads, for {@link PageSources}: written beside the plan so
 * that whoever changes what a builder reads sees what to change here. Generous where in doubt (a
 * page listed with a file it does not read is only built once too often); the equivalence test of
 * the live build finds a file missing here.
 */
final class PageSourceFiles {

    private final SiteModel site;

    PageSourceFiles(SiteModel site) {
        this.site = site;
    }

    /**
     * A project's page: its file, its department's (names of the department and unit), the same
     * project in its other years (links, the change from the year before), and the budgets that
     * explain it.
     */
    Set<String> project(Project project) {
        Set<String> files = new HashSet<>();
        files.add(project.file());
        files.add(departmentFile(project.departmentId()));
        site.series(project.id()).forEach(p -> files.add(p.file()));
        site.explainedIn(project).forEach(budget -> files.add(budget.budget().file()));
        return files;
    }

    /**
     * A list of projects (an indicator list page): their files, and nothing else it shows; a view of
     * the list, which names each project once, as a page lists tens of thousands of them.
     */
    Collection<String> projects(List<ProjectIndicators> projects) {
        return new AbstractList<>() {
            @Override
            public String get(int index) {
                return projects.get(index).project().file();
            }

            @Override
            public int size() {
                return projects.size();
            }
        };
    }

    /** A unit's page: its department's file and its projects'. */
    Set<String> unit(UnitInYear unit) {
        Set<String> files = new HashSet<>();
        files.add(unit.department().sourceMap().file());
        unit.projects().forEach(p -> files.add(p.file()));
        return files;
    }

    /**
     * A department's page: its file, its projects', its budget of the year and the year before,
     * the projects its budget explains, the catalogues naming the codes, and the year's rules of disclosure
     * (公开完整性).
     */
    Set<String> department(DepartmentInYear department) {
        Set<String> files = new HashSet<>();
        files.add(department.department().sourceMap().file());
        department.projects().forEach(p -> files.add(p.file()));
        department.budget().ifPresent(b -> addBudget(files, b, department.year()));
        department.previousBudget().ifPresent(b -> files.add(b.budget().file()));
        site.content().catalogues().forEach(c -> files.add(c.file()));
        site.rules(department.year()).ifPresent(r -> files.add(r.file()));
        return files;
    }

    /**
     * A functional code's page: every budget of the year and the year before (its share of the
     * year's total, its change), the catalogues, the departments spending on it and the projects
     * under it with their departments (for unit names).
     */
    Set<String> function(YearInSite year, String code) {
        Set<String> files = new HashSet<>();
        addYearBudgets(files, year.year());
        addYearBudgets(files, year.year() - 1);
        site.content().catalogues().stream().map(ClassificationCatalogue::file).forEach(files::add);
        year.spending().departments(code).forEach(share -> files.add(share.department().department().sourceMap().file()));
        for (Project project : year.spending().projects(code)) {
            files.add(project.file());
            files.add(departmentFile(project.departmentId()));
        }
        return files;
    }

    private void addBudget(Set<String> files, DepartmentYear budget, int year) {
        files.add(budget.budget().file());
        budget.budget().keyProjects().forEach(key -> site.series(key.projectId()).stream()
                .filter(p -> p.year() == year).forEach(p -> files.add(p.file())));
    }

    private void addYearBudgets(Set<String> files, int year) {
        site.content().budgets().stream().filter(b -> b.year() == year).forEach(b -> files.add(b.file()));
    }

    private String departmentFile(String departmentId) {
        return site.department(departmentId).sourceMap().file();
    }
}
