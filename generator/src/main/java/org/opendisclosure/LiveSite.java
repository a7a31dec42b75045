package org.opendisclosure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

import org.opendisclosure.address.SiteAddresses;
import org.opendisclosure.check.CheckReport;
import org.opendisclosure.check.ContentChecker;
import org.opendisclosure.check.ProjectCheckCache;
import org.opendisclosure.concurrent.DaemonThreads;
import org.opendisclosure.content.ContentLoader;
import org.opendisclosure.content.LoadCache;
import org.opendisclosure.derive.BudgetRollups;
import org.opendisclosure.derive.SiteModel;
import org.opendisclosure.export.DataFile;
import org.opendisclosure.export.OpenData;
import org.opendisclosure.io.Sha256;
import org.opendisclosure.metrics.BuildMetrics;
import org.opendisclosure.metrics.Count;
import org.opendisclosure.metrics.Stage;
import org.opendisclosure.metrics.StageTimer;
import org.opendisclosure.model.Content;
import org.opendisclosure.problem.Problem;
import org.opendisclosure.problem.ProblemCollector;
import org.opendisclosure.render.ChartCache;
import org.opendisclosure.render.CrawlerFiles;
import org.opendisclosure.render.OutputPathCollisions;
import org.opendisclosure.render.Page;
import org.opendisclosure.render.PageSources;
import org.opendisclosure.render.PlannedPage;
import org.opendisclosure.render.SitePlan;
import org.opendisclosure.render.TemplateFailure;
import org.opendisclosure.render.TemplateRenderer;
import org.opendisclosure.search.IndicatorDataWriter;
import org.opendisclosure.search.SearchDocument;
import org.opendisclosure.search.SearchDocuments;
import org.opendisclosure.search.SearchIndexWriter;
import org.opendisclosure.write.LiveOutput;

/**
 * The engine of the live preview: builds a site once, then, after each edit, brings it up to date
 * by doing again only what the edit can change. It reads again only the files that changed
 * ({@link LoadCache}); checks and derives the whole content again (cheap beside rendering; the
 * two side by side, on two cores); and
 * renders again only the pages whose inputs changed: a page that reads a few files
 * ({@link PageSources.Files}) when one of them changed or what the checks say of one of them, a
 * page that sums up a year or the site when its view model is no longer equal to the last one, a
 * page whose template changed, and every page when the site's settings or a shared template
 * changed. Pages that are gone are deleted with their files. The pages an editor has open in a
 * browser may be named ({@link #updatePages(Set, Set, java.util.function.Consumer)}): they are
 * rendered right after the model is derived, before the rest of the site is even planned, so that
 * the page being edited reloads at once. The open data, the data page and the search index follow,
 * after the pages; an edit arriving meanwhile ({@link #supersede}) makes them
 * stop and wait for the next update. After every update that finished, the output is byte for byte
 * what {@link SiteGenerator} writes for the same content and templates.
 *
 * <p>The live site has no change log (更新记录, 更新于): it would need the git history walked again
 * on every save, and the preview shows the content being edited, not its history; the request's
 * {@code changeLog} is ignored, so the live site equals a full build without it. One instance per
 * output directory. Updates may be called from several threads: they write the output one after
 * the other, in the order they began, but an update loads, checks and plans while the one before
 * it still writes its open data and search index, which it makes stop at their next checkpoint.
 */
public final class LiveSite {

    private final GenerationRequest request;
    private final LoadCache cache = new LoadCache();
    private final ProjectCheckCache checks = new ProjectCheckCache();
    private final ChartCache charts = ChartCache.create();
    /** Derives each update's model beside its checks: one daemon thread, gone after a while idle. */
    private final Executor deriving = deriveThread();
    private final LiveOutput output;
    /** Held from the start of an update until its pages are written. */
    private final ReentrantLock pagesLock = new ReentrantLock(true);
    /**
     * Held while the output and what it was made from ({@link #last}) change: from the choice of
     * pages to render until the open data and the search index are written. The next update loads,
     * checks and plans while the last one still holds it, and waits for it only then.
     */
    private final ReentrantLock outputLock = new ReentrantLock(true);
    /** Edits seen so far ({@link #supersede}): open data and a search index begun before the last one stop. */
    private final AtomicLong edits = new AtomicLong();
    /** Whether the data page must be rendered when the open data is next written (guarded by {@link #outputLock}). */
    private boolean dataPageDue;
    private Written last;
    private volatile boolean dataStale = true;
    /** The open-data files of the update in progress, which the data page lists; set before it is built. */
    private volatile List<DataFile> currentDataFiles = List.of();
    private TemplateRenderer renderer;
    private Map<String, String> rendererTemplates = Map.of();

    /** What the output holds now, and what it was made from. */
    private record Written(CheckReport report, Map<String, PlannedPage> pages,
            Map<String, Collection<String>> sourcesByPage, Map<String, Page> compared,
            Map<String, List<String>> layouts, Map<String, List<String>> filesByPage, Set<String> dataFiles,
            Set<String> crawlerFiles, Map<String, String> templates, SiteModel site) {
    }

    /** An update's outcome: what the engine reports, and how many pages it rendered again. */
    public record Update(GenerationResult result, int pagesRendered, int pagesInSite) {
    }

    private static ThreadPoolExecutor deriveThread() {
        ThreadPoolExecutor thread = new ThreadPoolExecutor(1, 1, 10, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                DaemonThreads.numbered("disclosure-derive"));
        thread.allowCoreThreadTimeOut(true);
        return thread;
    }

    public LiveSite(GenerationRequest request) {
        this.request = request.withChangeLog(false);
        this.output = new LiveOutput(request.outputDirectory());
    }

    /**
     * Makes the open data, the data page and the search index of an update still in progress stop
     * as soon as they can: a newer edit will update them again. Safe from any thread.
     */
    public void supersede() {
        edits.incrementAndGet();
    }

    /**
     * Brings the output up to date with the content and templates; with errors in the content it
     * leaves the output as it was. {@code pagesDone} is told once the pages are written, before the
     * open data and the search index (not at all when there are errors).
     */
    public Update update(java.util.function.Consumer<Update> pagesDone) {
        return update(null, pagesDone);
    }

    /**
     * Updates like {@link #update(java.util.function.Consumer)}, looking only at the files a file
     * watcher saw change (absolute paths; null: look at every file).
     */
    public Update update(Set<Path> changedPaths, java.util.function.Consumer<Update> pagesDone) {
        return update(changedPaths, OpenPages.NONE, pagesDone, true);
    }

    /**
     * Brings the pages up to date like {@link #update(Set, java.util.function.Consumer)}, but not the
     * open data, the data page and the search index, which {@link #updateData()} writes later: the
     * live preview writes them once the editor pauses, so that a run of saves costs only the pages.
     */
    public Update updatePages(Set<Path> changedPaths) {
        return updatePages(changedPaths, Set.of(), current -> { });
    }

    /**
     * Brings the pages up to date like {@link #updatePages(Set)}, the pages at {@code open} (paths in
     * the site: the pages an editor has open in a browser) first: once they are written, and before
     * the others are even planned, {@code openCurrent} is told which of them are now current — those
     * the site still has, whether they changed or not, except indicator list pages, which wait for
     * the year's indicators. Not told when the content has errors.
     */
    public Update updatePages(Set<Path> changedPaths, Set<String> open,
            java.util.function.Consumer<Set<String>> openCurrent) {
        return update(changedPaths, new OpenPages(open, openCurrent), pages -> { }, false);
    }

    /** Pages to render before the others, and who is told when they are current. */
    private record OpenPages(Set<String> paths, java.util.function.Consumer<Set<String>> current) {
        static final OpenPages NONE = new OpenPages(Set.of(), current -> { });
    }

    /**
     * Writes the open data, the data page and the search index if an update left them behind
     * ({@link #updatePages}), unless an edit arrives meanwhile: then they stop, and wait for the
     * next call. Does nothing while an update is under way. Returns what was rendered (the data
     * page, or nothing) and any problem writing.
     */
    public GenerationResult updateData() {
        BuildMetrics metrics = new BuildMetrics();
        List<Problem> problems = new ArrayList<>();
        outputLock.lock();
        try {
            long seen = edits.get();
            if (last == null || !dataStale || pagesLock.isLocked()) {
                return new GenerationResult(problems, 0, metrics.summary());
            }
            int rendered = updateData(new ArrayList<>(last.pages().values()), metrics, seen);
            return new GenerationResult(problems, rendered, metrics.summary());
        } catch (TemplateFailure e) {
            problems.add(EngineProblems.templateFailure(request, e));
        } catch (IOException | RuntimeException e) {
            problems.add(EngineProblems.outputFailure(request, e));
        } finally {
            outputLock.unlock();
        }
        return new GenerationResult(problems, 0, metrics.summary());
    }

    private Update update(Set<Path> changedPaths, OpenPages open, java.util.function.Consumer<Update> pagesDone,
            boolean withData) {
        pagesLock.lock();
        try {
            supersede(); // this update writes them again
            return updateHoldingPages(changedPaths, open, pagesDone, withData);
        } finally {
            if (pagesLock.isHeldByCurrentThread()) {
                pagesLock.unlock();
            }
        }
    }

    private Update updateHoldingPages(Set<Path> changedPaths, OpenPages open,
            java.util.function.Consumer<Update> pagesDone, boolean withData) {
        cache.hint(changedPaths);
        BuildMetrics metrics = new BuildMetrics();
        ProblemCollector collector = new ProblemCollector();
        Content content;
        try (StageTimer timer = metrics.start(Stage.LOAD)) {
            content = new ContentLoader(request.limits(), request.threads()).load(request.contentDirectory(),
                    request.displayBase(), collector, cache);
        }
        Set<String> changedSinceWritten = cache.changedSinceCommit();
        BudgetRollups rollups = BudgetRollups.of(content.budgets());
        // The model is derived on the other core while the checks run: both read the content
        // only, and the page open in a browser waits for both. Content with errors may not derive
        // at all; then the checks say why, and the model and its failure are dropped.
        CompletableFuture<SiteModel> derived = CompletableFuture.supplyAsync(() -> {
            try (StageTimer timer = metrics.start(Stage.DERIVE)) {
                // The year's indicators are gathered when first read: the pages open in a browser,
                // written first, do not read them.
                return new SiteModel(content, rollups, false);
            }
        }, deriving);
        CheckReport report;
        try (StageTimer timer = metrics.start(Stage.CHECK)) {
            report = new ContentChecker().check(content, rollups, collector, checks);
        }
        List<Problem> problems = new ArrayList<>(report.problems());
        if (report.hasErrors()) {
            return new Update(new GenerationResult(problems, 0, metrics.summary()), 0, 0);
        }
        SiteModel site = Futures.join(derived);
        try {
            Map<String, String> templates = templateHashes();
            charts.nextUpdate();
            SitePlan sitePlan = new SitePlan(site, report, true, () -> currentDataFiles, metrics, null, charts);
            Map<String, List<String>> written = new ConcurrentHashMap<>();
            // The last update's open data stops at its next checkpoint: meanwhile this one has loaded,
            // checked and derived.
            outputLock.lock();
            try {
                refreshRenderer(templates);
                Changes changes = changes(last, report, templates, changedSinceWritten);
                // Assets are copied with the rest of the site: an open page that reloaded before
                // would show the old style sheet or scripts.
                if (last != null && !open.paths().isEmpty() && !assetsChanged(last.templates(), templates)) {
                    List<PlannedPage> known = sitePlan.pagesBesideIndicatorLists();
                    List<String> collisions = OutputPathCollisions.find(known);
                    if (!collisions.isEmpty()) {
                        return collided(collisions, problems, metrics, 0);
                    }
                    writeOpenPages(known, open, changes, written, metrics);
                }
                List<PlannedPage> plan = sitePlan.pages();
                List<String> collisions = OutputPathCollisions.find(plan);
                if (!collisions.isEmpty()) {
                    return collided(collisions, problems, metrics, plan.size());
                }
                return writeHoldingOutput(site, report, plan, templates, changes, written, problems, metrics,
                        pagesDone, withData);
            } finally {
                outputLock.unlock();
            }
        } catch (TemplateFailure e) {
            problems.add(EngineProblems.templateFailure(request, e));
            return new Update(new GenerationResult(problems, 0, metrics.summary()), 0, 0);
        } catch (IOException | RuntimeException e) {
            problems.add(EngineProblems.outputFailure(request, e));
            return new Update(new GenerationResult(problems, 0, metrics.summary()), 0, 0);
        }
    }

    private void refreshRenderer(Map<String, String> templates) throws IOException {
        if (renderer == null || !rendererTemplates.equals(templates)) {
            renderer = new TemplateRenderer(request.templateDirectory());
            rendererTemplates = templates;
        }
    }

    /** An update that writes nothing: two pages would be written to the same file. */
    private Update collided(List<String> collisions, List<Problem> problems, BuildMetrics metrics, int pages) {
        problems.addAll(EngineProblems.collisions(request, collisions));
        return new Update(new GenerationResult(problems, 0, metrics.summary()), 0, pages);
    }

    /**
     * Renders and writes the pages open in a browser that need it, before the rest of the site is
     * planned, and says which open pages are current.
     */
    private void writeOpenPages(List<PlannedPage> known, OpenPages open, Changes changes,
            Map<String, List<String>> written, BuildMetrics metrics) throws IOException {
        Written before = last;
        List<PlannedPage> looked = known.stream().filter(p -> open.paths().contains(p.path()) && !isDataPage(p))
                .toList();
        List<PlannedPage> due = looked.stream().filter(p -> look(p, before, changes).render()).toList();
        try (StageTimer render = metrics.start(Stage.RENDER); StageTimer write = metrics.start(Stage.WRITE)) {
            new PagePipeline(renderer, output, request.threads(), metrics)
                    .run(due, page -> written.put(page.page().path(), page.files()));
        }
        Set<String> current = new TreeSet<>();
        looked.forEach(p -> current.add(p.path()));
        open.current().accept(Set.copyOf(current));
    }

    private Update writeHoldingOutput(SiteModel site, CheckReport report, List<PlannedPage> plan,
            Map<String, String> templates, Changes changes, Map<String, List<String>> written,
            List<Problem> problems, BuildMetrics metrics, java.util.function.Consumer<Update> pagesDone,
            boolean withData) throws IOException {
        Written before = last;
        if (before == null) {
            output.clear();
        }
        Selection selection = select(before, plan, changes);
        Map<String, List<String>> filesByPage = new HashMap<>(before == null ? Map.of() : before.filesByPage());
        List<PlannedPage> pages = selection.pages().stream()
                .filter(p -> !isDataPage(p) && !written.containsKey(p.path())).toList();
        try (StageTimer render = metrics.start(Stage.RENDER); StageTimer write = metrics.start(Stage.WRITE)) {
            new PagePipeline(renderer, output, request.threads(), metrics)
                    .run(pages, page -> written.put(page.page().path(), page.files()));
        }
        Set<String> inPlan = new HashSet<>();
        plan.forEach(p -> inPlan.add(p.path()));
        for (Map.Entry<String, List<String>> page : written.entrySet()) {
            List<String> old = filesByPage.put(page.getKey(), page.getValue());
            deleteAllBut(old, page.getValue());
        }
        for (String gone : new ArrayList<>(filesByPage.keySet())) {
            if (!inPlan.contains(gone)) {
                deleteAllBut(filesByPage.remove(gone), List.of());
            }
        }
        Set<String> crawler = writeCrawlerFiles(site, plan, before);
        if (before == null || assetsChanged(before.templates(), templates)) {
            output.replaceTree(request.templateDirectory().resolve(SiteAddresses.ASSETS_FOLDER),
                    SiteAddresses.ASSETS_FOLDER);
        }
        last = new Written(report, indexByPath(plan), selection.sourcesByPage(), selection.compared(),
                selection.layouts(), filesByPage,
                before == null ? Set.of() : before.dataFiles(), crawler, templates, site);
        cache.commit();
        dataStale = true;
        dataPageDue |= selection.pages().stream().anyMatch(LiveSite::isDataPage);
        long seen = edits.get();
        Update pagesWritten = new Update(new GenerationResult(problems, written.size(), metrics.summary()),
                written.size(), plan.size());
        pagesDone.accept(pagesWritten);
        pagesLock.unlock(); // the next edit may load and check while the open data is written
        if (!withData) {
            return pagesWritten;
        }
        int rendered = written.size() + updateData(plan, metrics, seen);
        metrics.add(Count.PAGES, rendered);
        return new Update(new GenerationResult(problems, rendered, metrics.summary()), rendered, plan.size());
    }

    /** Which pages to render again, with what the next update compares against. */
    private record Selection(List<PlannedPage> pages, Map<String, Collection<String>> sourcesByPage,
            Map<String, Page> compared, Map<String, List<String>> layouts) {
    }

    /**
     * What changed since the output was written: everything (no output yet, the site's settings or
     * a shared template), or some templates and some files — those read again and those whose
     * check results changed.
     */
    private record Changes(boolean everything, Set<String> templates, Set<String> files) {
    }

    private Changes changes(Written before, CheckReport report, Map<String, String> templates,
            Set<String> changedSinceWritten) {
        String settingsFile = ContentLoader.display(request.displayBase(),
                request.contentDirectory().resolve("site.yaml"));
        Set<String> changedTemplates = before == null ? Set.of() : changedKeys(before.templates(), templates);
        boolean everything = before == null || changedSinceWritten.contains(settingsFile)
                || changedTemplates.stream().anyMatch(t -> isShared(t, templates.keySet()));
        Set<String> changedFiles = new HashSet<>(changedSinceWritten);
        if (before != null) {
            Set<String> reported = new HashSet<>(before.report().discrepanciesByFile().keySet());
            reported.addAll(report.discrepanciesByFile().keySet());
            for (String file : reported) {
                if (!before.report().discrepancies(file).equals(report.discrepancies(file))) {
                    changedFiles.add(file);
                }
            }
        }
        return new Changes(everything, changedTemplates, changedFiles);
    }

    private Selection select(Written before, List<PlannedPage> plan, Changes changes) {
        Map<String, Page> compared = new HashMap<>();
        // A page is affected when it reads a changed file now or read one when last written (a
        // project moved away from a unit changes the unit's page). Every page's files are looked
        // through: at a city's scale that is cheaper than keeping an index from files to pages. A
        // page of a longer list whose layout is unchanged lists the same items, so reads the same
        // files as before. Pages are looked at on all cores (the pages that sum up the site are
        // built to be compared); the choice is then made in plan order.
        List<PageLook> looks = plan.parallelStream()
                .map(page -> look(page, before, changes)).toList();
        Map<String, Collection<String>> sourcesByPage = new HashMap<>();
        Map<String, List<String>> layouts = new HashMap<>();
        List<PlannedPage> selected = new ArrayList<>();
        for (int i = 0; i < plan.size(); i++) {
            PlannedPage page = plan.get(i);
            PageLook look = looks.get(i);
            if (page.sources() instanceof PageSources.Files) {
                sourcesByPage.put(page.path(), look.read());
                if (!look.layout().isEmpty()) {
                    layouts.put(page.path(), look.layout());
                }
            }
            if (look.built() != null) {
                compared.put(page.path(), look.built());
            } else if (isDataPage(page) && before != null && before.compared().containsKey(page.path())) {
                compared.put(page.path(), before.compared().get(page.path())); // compared after the open data
            }
            if (look.render()) {
                selected.add(page);
            }
        }
        return new Selection(selected, sourcesByPage, compared, layouts);
    }

    /**
     * What one page reads now, how it sits in a longer list, its view model when it sums up the
     * site, and whether it must be rendered.
     */
    private record PageLook(Collection<String> read, List<String> layout, Page built, boolean render) {
    }

    private static PageLook look(PlannedPage page, Written before, Changes changes) {
        Collection<String> read = List.of();
        List<String> layout = List.of();
        if (page.sources() instanceof PageSources.Files files) {
            read = files.files().get();
            layout = files.layout().get();
        }
        boolean wholeSite = page.sources() instanceof PageSources.WholeSite;
        Page built = wholeSite && !isDataPage(page) ? page.build() : null;
        boolean render = changes.everything() || !before.pages().containsKey(page.path())
                || changes.templates().contains(page.template())
                || built != null && !built.equals(before.compared().get(page.path()))
                || !layout.equals(before.layouts().getOrDefault(page.path(), List.of()))
                || readsAny(read, changes.files())
                || layout.isEmpty() && readsAny(before.sourcesByPage().getOrDefault(page.path(), List.of()),
                        changes.files());
        return new PageLook(read, layout, built, render);
    }

    private static boolean readsAny(Collection<String> read, Set<String> changed) {
        if (changed.isEmpty()) {
            return false;
        }
        for (String file : read) {
            if (changed.contains(file)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Writes the open data, then the data page that lists it, then the search index, unless a newer
     * edit supersedes them; removes the files of either that are no longer made. Returns the pages
     * rendered (the data page, or none).
     */
    private int updateData(List<PlannedPage> plan, BuildMetrics metrics, long seen) throws IOException {
        BooleanSupplier superseded = () -> edits.get() != seen;
        Written current = last;
        Set<String> made = new TreeSet<>();
        DataSink sink = new DataSink(superseded, made);
        try {
            List<DataFile> dataFiles;
            try (StageTimer timer = metrics.start(Stage.OPEN_DATA)) {
                dataFiles = OpenData.write(current.site(), sink);
            }
            currentDataFiles = dataFiles;
            int rendered = 0;
            for (PlannedPage page : plan) {
                if (isDataPage(page)) {
                    Page built = page.build();
                    if (dataPageDue || !built.equals(current.compared().get(page.path()))) {
                        List<List<String>> files = new ArrayList<>();
                        new PagePipeline(renderer, output, 1, metrics).run(List.of(page),
                                written -> files.add(written.files()));
                        deleteAllBut(current.filesByPage().put(page.path(), files.get(0)), files.get(0));
                        rendered++;
                    }
                    current.compared().put(page.path(), built);
                    dataPageDue = false;
                }
            }
            try (StageTimer timer = metrics.start(Stage.SEARCH)) {
                stopIfSuperseded(superseded);
                List<SearchDocument> documents = SearchDocuments.of(current.site(),
                        plan.stream().map(PlannedPage::path).toList());
                new SearchIndexWriter().write(documents, sink);
                new IndicatorDataWriter().write(current.site(), sink);
            }
            for (String stale : current.dataFiles()) {
                if (!made.contains(stale)) {
                    output.delete(stale);
                }
            }
            last = new Written(current.report(), current.pages(), current.sourcesByPage(), current.compared(),
                    current.layouts(), current.filesByPage(), made, current.crawlerFiles(), current.templates(),
                    current.site());
            dataStale = false;
            return rendered;
        } catch (Superseded e) {
            Set<String> all = new TreeSet<>(current.dataFiles());
            all.addAll(made);
            last = new Written(current.report(), current.pages(), current.sourcesByPage(), current.compared(),
                    current.layouts(), current.filesByPage(), all, current.crawlerFiles(), current.templates(),
                    current.site());
            return 0;
        }
    }

    /** Whether the last update finished its open data and search index (no newer edit stopped them). */
    public boolean dataUpToDate() {
        return !dataStale;
    }

    /**
     * Where the open data and the search index are written: only files whose bytes changed, each
     * path noted in {@code made}; a newer edit stops them at the next file or checkpoint.
     */
    private final class DataSink implements OpenData.FileSink, SearchIndexWriter.FileSink {
        private final BooleanSupplier superseded;
        private final Set<String> made;

        DataSink(BooleanSupplier superseded, Set<String> made) {
            this.superseded = superseded;
            this.made = made;
        }

        @Override
        public void write(String path, byte[] bytes) throws IOException {
            stopIfSuperseded(superseded);
            output.writeIfChanged(path, bytes);
            made.add(path);
        }

        @Override
        public void checkpoint() {
            stopIfSuperseded(superseded);
        }
    }

    private static void stopIfSuperseded(BooleanSupplier superseded) {
        if (superseded.getAsBoolean()) {
            throw new Superseded();
        }
    }

    /** Thrown out of the open data or the search index when a newer edit arrived. */
    private static final class Superseded extends RuntimeException {
        Superseded() {
            super("superseded by a newer edit", null, false, false);
        }
    }

    private Set<String> writeCrawlerFiles(SiteModel site, List<PlannedPage> plan, Written before) throws IOException {
        Map<String, String> files = new CrawlerFiles(site.settings()).files(plan);
        for (Map.Entry<String, String> file : files.entrySet()) {
            output.writeIfChanged(file.getKey(), file.getValue().getBytes(StandardCharsets.UTF_8));
        }
        if (before != null) {
            for (String old : before.crawlerFiles()) {
                if (!files.containsKey(old)) {
                    output.delete(old);
                }
            }
        }
        return Set.copyOf(files.keySet());
    }

    private void deleteAllBut(List<String> old, List<String> kept) throws IOException {
        if (old != null) {
            for (String file : old) {
                if (!kept.contains(file)) {
                    output.delete(file);
                }
            }
        }
    }

    private static boolean isDataPage(PlannedPage page) {
        return page.path().equals(SiteAddresses.data());
    }

    private static Map<String, PlannedPage> indexByPath(List<PlannedPage> plan) {
        Map<String, PlannedPage> pages = new LinkedHashMap<>();
        plan.forEach(p -> pages.put(p.path(), p));
        return pages;
    }

    /** Every file of the template directory, by path, with a hash of its bytes. */
    private Map<String, String> templateHashes() throws IOException {
        Path root = request.templateDirectory();
        Map<String, String> hashes = new TreeMap<>();
        if (!Files.isDirectory(root)) {
            return hashes;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)).toList()) {
                hashes.put(root.relativize(file).toString().replace('\\', '/'), Sha256.hex(Files.readAllBytes(file)));
            }
        }
        return hashes;
    }

    private static Set<String> changedKeys(Map<String, String> before, Map<String, String> now) {
        Set<String> changed = new TreeSet<>();
        before.forEach((k, v) -> {
            if (!v.equals(now.get(k))) {
                changed.add(k);
            }
        });
        now.forEach((k, v) -> {
            if (!before.containsKey(k)) {
                changed.add(k);
            }
        });
        return changed;
    }

    private static boolean assetsChanged(Map<String, String> before, Map<String, String> now) {
        return changedKeys(before, now).stream().anyMatch(t -> t.startsWith(SiteAddresses.ASSETS_FOLDER + "/"));
    }

    /**
     * Whether a changed template may be used by pages of other templates: any template but a
     * page's own (one no other template names), and anything but assets.
     */
    private boolean isShared(String template, Set<String> all) {
        if (template.startsWith(SiteAddresses.ASSETS_FOLDER + "/")) {
            return false;
        }
        String name = template.substring(template.lastIndexOf('/') + 1);
        for (String other : all) {
            if (!other.equals(template) && !other.startsWith(SiteAddresses.ASSETS_FOLDER + "/")) {
                try {
                    if (Files.readString(request.templateDirectory().resolve(other)).contains(name)) {
                        return true;
                    }
                } catch (IOException | UncheckedIOException e) {
                    return true;
                }
            }
        }
        return !template.endsWith(".ftlh");
    }

    @Override
    public String toString() {
        return "LiveSite[" + request.outputDirectory() + "]";
    }
}
