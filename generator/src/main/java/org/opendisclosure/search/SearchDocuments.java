package org.opendisclosure.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.opendisclosure.address.SiteAddresses;
import org.opendisclosure.derive.FunctionalSpending;
import org.opendisclosure.derive.DepartmentInYear;
import org.opendisclosure.derive.SiteModel;
import org.opendisclosure.derive.UnitInYear;
import org.opendisclosure.derive.YearInSite;
import org.opendisclosure.model.ClassificationCatalogue;
import org.opendisclosure.model.ClassificationCode;
import org.opendisclosure.model.Indicator;
import org.opendisclosure.model.IndicatorGroup;
import org.opendisclosure.model.IndicatorSubgroup;
import org.opendisclosure.model.Project;

/**
 * The search stage's input: what can be found, built from the derived {@link SiteModel} after the
 * pages are known. Documents come in the order results are shown — by kind ({@link SearchKind}),
 * then newest year first, then in the order the site lists them (projects largest first,
 * departments by budget, functional codes by code) — and their number in this list is their
 * number in the index.
 *
 * <p>Links are the paths {@link SiteAddresses} gives the pages, and only of pages the site has: a
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
    public static List<SearchDocument> of(SiteModel site, Collection<String> pagePaths) {
        Set<String> pages = Set.copyOf(pagePaths);
        Function<String, String> existing = path -> pages.contains(path) ? path : null;
        List<YearInSite> newestFirst = site.yearsNewestFirst();

        List<SearchDocument> documents = new ArrayList<>();
        for (YearInSite inYear : newestFirst) {
            int year = inYear.year();
            for (Project project : inYear.projects()) {
                documents.add(new SearchDocument(SearchKind.PROJECT, year, project.name(),
                        existing.apply(SiteAddresses.project(year, project.id())),
                        List.of(site.unit(project.unitId()).name(), site.department(project.departmentId()).name(),
                                Objects.requireNonNullElse(project.goals().overall(), ""),
                                Objects.requireNonNullElse(project.goals().annual(), ""))));
            }
        }
        for (YearInSite inYear : newestFirst) {
            int year = inYear.year();
            for (Project project : inYear.projects()) {
                List<String> indicators = indicators(project);
                if (!indicators.isEmpty()) {
                    String page = existing.apply(SiteAddresses.project(year, project.id()));
                    documents.add(new SearchDocument(SearchKind.INDICATOR, year, project.name(),
                            page == null ? null : page + INDICATORS_FRAGMENT, indicators));
                }
            }
        }
        for (YearInSite inYear : newestFirst) {
            for (DepartmentInYear department : inYear.departments()) {
                documents.add(new SearchDocument(SearchKind.DEPARTMENT, inYear.year(), department.department().name(),
                        existing.apply(SiteAddresses.department(inYear.year(), department.department().id())),
                        List.of()));
            }
        }
        for (YearInSite inYear : newestFirst) {
            for (DepartmentInYear department : inYear.departments()) {
                for (UnitInYear unit : department.units()) {
                    documents.add(new SearchDocument(SearchKind.UNIT, inYear.year(), unit.unit().name(),
                            existing.apply(SiteAddresses.unit(inYear.year(), unit.unit().id())),
                            List.of(department.department().name())));
                }
            }
        }
        for (YearInSite inYear : newestFirst) {
            int year = inYear.year();
            FunctionalSpending spending = inYear.spending();
            var names = inYear.catalogue().map(ClassificationCatalogue::functional).orElse(Map.of());
            Function<String, String> titled = code -> names.containsKey(code) ? code + " " + names.get(code) : code;
            for (String code : new TreeSet<>(spending.codes())) {
                String ancestors = ClassificationCode.lineage(code).stream().filter(c -> !c.equals(code)).map(titled)
                        .collect(Collectors.joining(LINEAGE_SEPARATOR));
                documents.add(new SearchDocument(SearchKind.FUNCTION, year, titled.apply(code),
                        existing.apply(SiteAddresses.function(year, code)), List.of(ancestors)));
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
