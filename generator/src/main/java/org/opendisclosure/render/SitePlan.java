package org.opendisclosure.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

import org.opendisclosure.address.SiteAddresses;
import org.opendisclosure.check.CheckReport;
import org.opendisclosure.derive.DepartmentInYear;
import org.opendisclosure.derive.SiteModel;
import org.opendisclosure.derive.UnitInYear;
import org.opendisclosure.derive.YearInSite;
import org.opendisclosure.diff.ChangeLog;
import org.opendisclosure.export.DataFile;
import org.opendisclosure.metrics.BuildMetrics;
import org.opendisclosure.model.MoneyStyle;
import org.opendisclosure.model.Project;

/**
 * Decides which pages the site has, in a fixed order, each with the builder of its typed view
 * model: home, 404, search, the indicator browser, then year by year the year page, its indicator
 * lists, its departments and their units, its projects and its functional codes; the change log and
 * the glossary (名词解释); the open-data page last. Builders only read the derived model, so
 * pages can be built on any thread in any order.
 */
public final class SitePlan {

    private final SiteModel site;
    private final Supplier<List<DataFile>> dataFiles;
    private final boolean hasDataPage;
    private final PageFrames frames;
    private final ChangeLog changeLog;
    private final HomePageBuilder home;
    private final YearPageBuilder years;
    private final DepartmentPageBuilder departments;
    private final UnitPageBuilder units;
    private final ProjectPageBuilder projects;
    private final FunctionPageBuilder functions;
    private final PageSourceFiles sources;
    private final PageUpdates updates;
    private final Glossary glossary;
    private final IndicatorsPageBuilder indicators;
    private final IndicatorListPageBuilder indicatorLists;
    /** Guarded by this; see {@link #indicatorParts()}. */
    private Map<Integer, List<IndicatorParts>> indicatorParts;

    /**
     * @param dataFiles the open-data files the data page lists, with their sizes and hashes; none,
     *                  and the site has no data page
     */
    public SitePlan(SiteModel site, CheckReport report, List<DataFile> dataFiles) {
        this(site, report, !dataFiles.isEmpty(), () -> List.copyOf(dataFiles), new BuildMetrics(), null);
    }

    /**
     * @param hasDataPage whether the site has open data, and so a data page
     * @param dataFiles   the open-data files, asked for only when the data page is built (the last
     *                    page), so that the files can be written while the other pages render
     * @param metrics     where the time spent drawing charts is counted
     * @param changeLog   the change log read from git, or null (or an absent one) for a site without
     *                    the 更新记录 page and 更新于 lines
     */
    public SitePlan(SiteModel site, CheckReport report, boolean hasDataPage, Supplier<List<DataFile>> dataFiles,
            BuildMetrics metrics, ChangeLog changeLog) {
        this(site, report, hasDataPage, dataFiles, metrics, changeLog, ChartCache.NONE);
    }

    /** @param charts charts drawn by earlier builds, by their figures (the live preview's) */
    public SitePlan(SiteModel site, CheckReport report, boolean hasDataPage, Supplier<List<DataFile>> dataFiles,
            BuildMetrics metrics, ChangeLog changeLog, ChartCache charts) {
        this.site = site;
        this.hasDataPage = hasDataPage;
        this.dataFiles = dataFiles;
        this.changeLog = changeLog != null && changeLog.isPresent() ? changeLog : null;
        this.updates = PageUpdates.of(this.changeLog, site);
        this.frames = new PageFrames(site.settings(), updates);
        Charts yuan = new Charts(MoneyStyle.YUAN, metrics, charts);
        Charts whole = new Charts(MoneyStyle.WHOLE, metrics, charts);
        this.glossary = Glossary.of(site);
        BudgetPages budgets = new BudgetPages(site, report, whole, yuan, glossary);
        this.home = new HomePageBuilder(site, frames, glossary);
        this.years = new YearPageBuilder(site, frames, budgets);
        this.departments = new DepartmentPageBuilder(site, frames, budgets);
        this.units = new UnitPageBuilder(site, frames, yuan);
        this.projects = new ProjectPageBuilder(site, report, frames, yuan, glossary);
        this.functions = new FunctionPageBuilder(site, frames, whole);
        this.sources = new PageSourceFiles(site);
        this.indicators = new IndicatorsPageBuilder(site, frames);
        this.indicatorLists = new IndicatorListPageBuilder(frames);
    }

    /** Every page of the site, in a fixed order; the data page last, as it waits for the open data. */
    public List<PlannedPage> pages() {
        return pages(true);
    }

    /**
     * Every page but the indicator list pages, in the site's order: what a build that renders some
     * pages before the others (the live preview, the pages open in a browser first) can have at
     * once. Which indicator list pages there are depends on every indicator of the year, which this
     * does not wait for ({@link YearInSite#indicators()}).
     */
    public List<PlannedPage> pagesBesideIndicatorLists() {
        return pages(false);
    }

    private List<PlannedPage> pages(boolean withIndicatorLists) {
        List<PlannedPage> pages = new ArrayList<>();
        pages.add(new PlannedPage(SiteAddresses.HOME, "home.ftlh", true, home::build));
        pages.add(new PlannedPage(SiteAddresses.NOT_FOUND, "404.ftlh", false, () -> new NotFoundPage(frames.notFound())));
        pages.add(new PlannedPage(SiteAddresses.SEARCH, "search.ftlh", true, this::search));
        // The indicator list pages read the files of the projects they list; an edit elsewhere in a
        // category can move its split into pages, which their layout records.
        pages.add(new PlannedPage(SiteAddresses.INDICATORS, "indicators.ftlh", true,
                () -> indicators.build(indicatorParts())));
        for (YearInSite year : site.years()) {
            int y = year.year();
            pages.add(new PlannedPage(SiteAddresses.year(y), "year.ftlh", true, () -> years.build(year)));
            for (IndicatorParts parts : withIndicatorLists ? indicatorParts().get(y) : List.<IndicatorParts>of()) {
                for (IndicatorParts.Part part : parts.parts()) {
                    pages.add(new PlannedPage(SiteAddresses.indicatorList(y, parts.category().key(), part.number()),
                            "indicator-list.ftlh", true, () -> indicatorLists.build(y, parts, part),
                            PageSources.part(() -> sources.projects(part.projects()), () -> parts.layout(part))));
                }
            }
            for (DepartmentInYear department : year.departments()) {
                pages.add(new PlannedPage(SiteAddresses.department(y, department.department().id()), "department.ftlh",
                        true, () -> departments.build(department),
                        PageSources.files(() -> sources.department(department))));
                for (UnitInYear unit : department.units()) {
                    pages.add(new PlannedPage(SiteAddresses.unit(y, unit.unit().id()), "unit.ftlh", true,
                            () -> units.build(unit), PageSources.files(() -> sources.unit(unit))));
                }
            }
            for (Project project : year.projects()) {
                pages.add(new PlannedPage(SiteAddresses.project(y, project.id()), "project.ftlh", true,
                        () -> projects.build(project), PageSources.files(() -> sources.project(project)),
                        site.series(project.id()).size() > 1 ? ProjectHistoryView.sharedPart(project.id()) : null));
            }
            if (year.hasFunctionPages()) {
                pages.add(new PlannedPage(SiteAddresses.functionsIndex(y), "functions.ftlh", true,
                        () -> functions.index(year)));
                for (String code : year.spending().codes()) {
                    pages.add(new PlannedPage(SiteAddresses.function(y, code), "function.ftlh", true,
                            () -> functions.page(year, code), PageSources.files(() -> sources.function(year, code))));
                }
            }
        }
        if (changeLog != null) {
            pages.add(new PlannedPage(SiteAddresses.CHANGES, "changes.ftlh", true,
                    () -> new ChangeLogPageBuilder(changeLog, frames).build()));
        }
        if (!glossary.isEmpty()) {
            pages.add(new PlannedPage(SiteAddresses.GLOSSARY, "glossary.ftlh", true,
                    () -> new GlossaryPageBuilder(glossary, frames).build()));
        }
        if (hasDataPage) {
            pages.add(new PlannedPage(SiteAddresses.data(), "data.ftlh", true,
                    () -> new DataPageBuilder(dataFiles.get(), frames).build()));
        }
        return pages;
    }

    /** How each year's indicator categories split into list pages; worked out once, when first asked. */
    private synchronized Map<Integer, List<IndicatorParts>> indicatorParts() {
        if (indicatorParts == null) {
            Map<Integer, List<IndicatorParts>> parts = new TreeMap<>();
            for (YearInSite year : site.years()) {
                parts.put(year.year(), year.indicators().categories().stream().map(IndicatorParts::of).toList());
            }
            indicatorParts = parts;
        }
        return indicatorParts;
    }

    /**
     * The 更新于 line the page at {@code path} shows, as text ({@code ""} for none): an input of the
     * page beside the content files it reads, for a build that keeps unchanged pages.
     */
    public String updateStamp(String path) {
        PageUpdate update = updates.of(path);
        return update == null ? "" : update.date() + " " + update.entry();
    }

    /** The form and an empty results region; assets/search.js fills it in the browser. */
    private SearchPage search() {
        return new SearchPage(frames.frame(SiteAddresses.SEARCH, "搜索", "在" + site.settings().title()
                + "中搜索项目、绩效指标、部门、单位和支出功能分类科目。", List.of(PageFrames.HOME)));
    }
}
