package org.opendisclosure.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.opendisclosure.derive.FunctionalSpending;
import org.opendisclosure.derive.SiteIndex;
import org.opendisclosure.model.BudgetUnit;
import org.opendisclosure.model.ClassificationCatalogue;
import org.opendisclosure.model.ClassificationCode;
import org.opendisclosure.model.Department;
import org.opendisclosure.model.Indicator;
import org.opendisclosure.model.IndicatorGroup;
import org.opendisclosure.model.IndicatorSubgroup;
import org.opendisclosure.model.Project;
import org.opendisclosure.render.SitePages;

/**
 * The search stage's input: what can be found, built from the derived {@link SiteIndex} after the
 * pages are known. Documents come in the order results are shown — by kind ({@link SearchKind}),
 * then newest year first, then in the order the site lists them (projects largest first,
 * departments by budget, functional codes by code) — and their number in this list is their
 * number in the index.
 *
 * <p>Links are the paths {@link SitePages} gives its pages, and only of pages the site has: a
 * functional code of a year without a catalogue has no page, so its result has no link.
 */
public final class SearchDocuments {

    /** Where the project page's indicators start (the id of their heading in project.ftlh). */
    static final String INDICATORS_FRAGMENT = "#indicators";
    private static final String LINEAGE_SEPARATOR = " › ";

    private SearchDocuments() {
    }

    /**
     * @param pagePaths the path of every page the site has
     */
    public static List<SearchDocument> of(SiteIndex index, Collection<String> pagePaths) {
        Set<String> pages = Set.copyOf(pagePaths);
        Function<String, String> existing = path -> pages.contains(path) ? path : null;
        List<Integer> newestFirst = new ArrayList<>(index.years());
        Collections.reverse(newestFirst);

        List<SearchDocument> documents = new ArrayList<>();
        for (int year : newestFirst) {
            for (Project project : index.projects(year)) {
                documents.add(new SearchDocument(SearchKind.PROJECT, year, project.name(),
                        existing.apply(SitePages.projectPath(year, project.id())),
                        List.of(index.unit(project.unitId()).name(), index.department(project.departmentId()).name(),
                                Objects.requireNonNullElse(project.goals().overall(), ""),
                                Objects.requireNonNullElse(project.goals().annual(), ""))));
            }
        }
        for (int year : newestFirst) {
            for (Project project : index.projects(year)) {
                List<String> indicators = indicators(project);
                if (!indicators.isEmpty()) {
                    String page = existing.apply(SitePages.projectPath(year, project.id()));
                    documents.add(new SearchDocument(SearchKind.INDICATOR, year, project.name(),
                            page == null ? null : page + INDICATORS_FRAGMENT, indicators));
                }
            }
        }
        for (int year : newestFirst) {
            for (Department department : index.departments(year)) {
                documents.add(new SearchDocument(SearchKind.DEPARTMENT, year, department.name(),
                        existing.apply(SitePages.departmentPath(year, department.id())), List.of()));
            }
        }
        for (int year : newestFirst) {
            for (Department department : index.departments(year)) {
                for (BudgetUnit unit : index.unitsWithProjects(year, department)) {
                    documents.add(new SearchDocument(SearchKind.UNIT, year, unit.name(),
                            existing.apply(SitePages.unitPath(year, unit.id())), List.of(department.name())));
                }
            }
        }
        for (int year : newestFirst) {
            FunctionalSpending spending = index.functionalSpending(year);
            var names = index.catalogueOf(year).map(ClassificationCatalogue::functional).orElse(Map.of());
            Function<String, String> titled = code -> names.containsKey(code) ? code + " " + names.get(code) : code;
            for (String code : new TreeSet<>(spending.codes())) {
                String ancestors = ClassificationCode.lineage(code).stream().filter(c -> !c.equals(code)).map(titled)
                        .collect(Collectors.joining(LINEAGE_SEPARATOR));
                documents.add(new SearchDocument(SearchKind.FUNCTION, year, titled.apply(code),
                        existing.apply(SitePages.functionPath(year, code)), List.of(ancestors)));
            }
        }
        return documents;
    }

    /** Each indicator as its name and target, as published: {@code 话后满意度：≥98(%)}. */
    private static List<String> indicators(Project project) {
        List<String> lines = new ArrayList<>();
        for (IndicatorGroup group : project.indicators()) {
            for (IndicatorSubgroup subgroup : group.subgroups()) {
                for (Indicator indicator : subgroup.indicators()) {
                    String name = indicator.name() == null ? "" : indicator.name().strip();
                    String target = indicator.target() == null || indicator.target().text() == null ? ""
                            : indicator.target().text().strip();
                    String line = name.isEmpty() || target.isEmpty() ? name + target : name + "：" + target;
                    if (!line.isEmpty()) {
                        lines.add(line);
                    }
                }
            }
        }
        return lines;
    }
}
