package org.opendisclosure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.function.Consumer;

import org.opendisclosure.address.SiteAddresses;
import org.opendisclosure.check.CheckReport;
import org.opendisclosure.check.ContentChecker;
import org.opendisclosure.concurrent.DaemonThreads;
import org.opendisclosure.content.ContentLimits;
import org.opendisclosure.content.ContentLoader;
import org.opendisclosure.content.TreeCache;
import org.opendisclosure.derive.BudgetRollups;
import org.opendisclosure.derive.SiteModel;
import org.opendisclosure.diff.ChangeLog;
import org.opendisclosure.diff.ChangeLogBuilder;
import org.opendisclosure.export.DataFile;
import org.opendisclosure.export.OpenData;
import org.opendisclosure.io.FileContent;
import org.opendisclosure.metrics.BuildMetrics;
import org.opendisclosure.metrics.Count;
import org.opendisclosure.metrics.ProgressReporter;
import org.opendisclosure.metrics.Stage;
import org.opendisclosure.metrics.StageTimer;
import org.opendisclosure.model.Content;
import org.opendisclosure.problem.Problem;
import org.opendisclosure.problem.ProblemCollector;
import org.opendisclosure.problem.Severity;
import org.opendisclosure.render.CrawlerFiles;
import org.opendisclosure.render.OutputPathCollisions;
import org.opendisclosure.render.PlannedPage;
import org.opendisclosure.render.RenderWarmup;
import org.opendisclosure.render.SitePlan;
import org.opendisclosure.render.TemplateFailure;
import org.opendisclosure.render.TemplateRenderer;
import org.opendisclosure.search.IndicatorDataWriter;
import org.opendisclosure.search.SearchDocuments;
import org.opendisclosure.search.SearchIndexWriter;
import org.opendisclosure.write.KeepingSite;
import org.opendisclosure.write.StagedSite;

/**
 * The engine: load → check → derive → render (the pages, then the search index) → write, once
 * each, in that order. Knows nothing of Maven. Holds no state between runs, so runs may go in
 * parallel and inside a long-lived preview server.
 *
 * <pre>{@code
 * GenerationResult result = new SiteGenerator().generate(
 *         GenerationRequest.of(Path.of("content"), Path.of("templates"), Path.of("target/site")));
 * result.problems().forEach(p -> System.out.println(p.format()));
 * }</pre>
 */
public final class SiteGenerator {

    /** How often a long build reports its progress. */
    private static final Duration PROGRESS_INTERVAL = Duration.ofSeconds(3);

    /** Loads and checks the content of a request without rendering anything. */
    public CheckedContent check(GenerationRequest request) {
        return check(request.contentDirectory(), request.displayBase(), request.limits(), request.threads(),
                TreeCache.none(), new BuildMetrics());
    }

    /**
     * Loads and checks a content directory without rendering anything: what {@code validate} runs.
     *
     * @param displayBase file names in messages are shown relative to this directory
     */
    public CheckedContent check(Path contentDirectory, Path displayBase, ContentLimits limits) {
        return check(contentDirectory, displayBase, limits, Runtime.getRuntime().availableProcessors(),
                TreeCache.none(), new BuildMetrics());
    }

    private CheckedContent check(Path contentDirectory, Path displayBase, ContentLimits limits, int threads,
            TreeCache trees, BuildMetrics metrics) {
        ProblemCollector problems = new ProblemCollector();
        Content content;
        try (StageTimer timer = metrics.start(Stage.LOAD)) {
            content = new ContentLoader(limits, threads, trees).load(contentDirectory, displayBase, problems);
        }
        BudgetRollups rollups;
        CheckReport report;
        try (StageTimer timer = metrics.start(Stage.CHECK)) {
            rollups = BudgetRollups.of(content.budgets());
            report = new ContentChecker(threads).check(content, rollups, problems);
        }
        metrics.add(Count.CONTENT_FILES, content.departments().size() + content.projects().size()
                + content.budgets().size() + content.catalogues().size());
        metrics.add(Count.PROJECTS, content.projects().size());
        metrics.add(Count.ERRORS, report.errorCount());
        metrics.add(Count.WARNINGS, report.problems().stream().filter(p -> p.severity() == Severity.WARNING).count());
        return new CheckedContent(content, rollups, report);
    }

    /** Loads, checks and, when there is no error, renders and publishes the site. */
    public GenerationResult generate(GenerationRequest request) {
        return generate(request, line -> { });
    }

    /**
     * Loads, checks and, when there is no error, renders and publishes the site; a long build tells
     * {@code progress} how far it has come every few seconds (from any thread).
     */
    public GenerationResult generate(GenerationRequest request, Consumer<String> progress) {
        BuildMetrics metrics = new BuildMetrics();
        RenderWarmup.start(request.templateDirectory());
        // The last build's record is read beside the load: at a city's scale it is tens of
        // megabytes, and nothing needs it before the content is checked.
        FutureTask<IncrementalBuild> record = new FutureTask<>(() -> openCache(request, progress));
        DaemonThreads.named("disclosure-read-build-record", record).start();
        // The git history for the change log is read beside the load as well: it does not depend on
        // the content as it is now, and JGit's first walk takes a while in a fresh JVM.
        FutureTask<ChangeLogBuilder.History> history = new FutureTask<>(() -> new ChangeLogBuilder(request.limits(),
                ChangeLogBuilder.DEFAULT_LIMIT).read(request.contentDirectory()));
        if (request.changeLog()) {
            DaemonThreads.named("disclosure-read-history", history).start();
        }
        TreeCache trees = request.cache() == null ? TreeCache.none()
                : TreeCache.open(request.cache().directory(), request.cache().engine() + "\nlimits " + request.limits(),
                        request.limits(), progress);
        CheckedContent checked;
        try {
            checked = check(request.contentDirectory(), request.displayBase(), request.limits(), request.threads(),
                    trees, metrics);
        } finally {
            trees.finish(progress);
        }
        // Waited for even when the content has errors, so that what it notes is always said.
        IncrementalBuild incremental = await(record);
        List<Problem> problems = new ArrayList<>(checked.report().problems());
        if (checked.report().hasErrors()) {
            return new GenerationResult(problems, 0, metrics.summary());
        }
        SiteModel site;
        try (StageTimer timer = metrics.start(Stage.DERIVE)) {
            site = new SiteModel(checked.content(), checked.rollups());
        }
        site.years().forEach(year -> {
            metrics.add(Count.DEPARTMENTS, year.departments().size());
            metrics.add(Count.UNITS, year.unitsById().size());
        });
        ChangeLog changeLog = null;
        if (request.changeLog()) {
            try (StageTimer timer = metrics.start(Stage.HISTORY)) {
                changeLog = await(history).build(checked.content());
            }
            if (!changeLog.isPresent()) {
                progress.accept("更新记录：" + changeLog.note());
            }
        }
        // With a usable build cache few pages are rendered, and the open data and the search index,
        // made anew from the whole model, are most of the work: they then get a thread each.
        ExecutorService side = Executors.newFixedThreadPool(incremental.hasRecord() ? 2 : 1,
                DaemonThreads.numbered("disclosure-open-data-and-search"));
        // And then the open data, the longer of the two, makes each table's JSON on a thread of its own.
        ExecutorService jsonMaker = incremental.hasRecord()
                ? Executors.newSingleThreadExecutor(DaemonThreads.numbered("disclosure-open-data-json"))
                : null;
        try (StagedSite staged = StagedSite.beside(request.outputDirectory())) {
            KeepingSite sink = new KeepingSite(staged, incremental.previousOutputs());
            // Open data and the search index are written on a thread of their own while the pages
            // render; the data page, which lists the open-data files, is planned last.
            Future<List<DataFile>> openData = side.submit(() -> {
                try (StageTimer timer = metrics.start(Stage.OPEN_DATA)) {
                    return OpenData.write(site, openDataSink(sink), jsonMaker == null ? Runnable::run : jsonMaker);
                }
            });
            SitePlan plan = new SitePlan(site, checked.report(), true, () -> await(openData), metrics, changeLog);
            List<PlannedPage> pages = plan.pages();
            List<String> collisions = OutputPathCollisions.find(pages);
            if (!collisions.isEmpty()) {
                Futures.get(openData);
                problems.addAll(EngineProblems.collisions(request, collisions));
                return new GenerationResult(problems, 0, metrics.summary());
            }
            Future<?> search = side.submit(() -> {
                try (StageTimer timer = metrics.start(Stage.SEARCH)) {
                    new SearchIndexWriter().write(
                            SearchDocuments.of(site, pages.stream().map(PlannedPage::path).toList()), sink::write);
                    new IndicatorDataWriter().write(site, sink::write);
                }
                return null;
            });
            // Only now, with the side work under way: the digests of the files the load did not
            // hash (none, usually) are on neither's way.
            incremental.compare(request, checked.report(), trees.digests());
            List<PlannedPage> toRender;
            try (StageTimer write = metrics.start(Stage.WRITE)) {
                toRender = UnchangedPages.keep(pages, incremental, sink, plan, request.threads());
            }
            TemplateRenderer renderer = new TemplateRenderer(request.templateDirectory());
            ProgressReporter reporter = new ProgressReporter(Stage.RENDER.label(), toRender.size(), PROGRESS_INTERVAL,
                    progress);
            try (StageTimer render = metrics.start(Stage.RENDER); StageTimer write = metrics.start(Stage.WRITE)) {
                new PagePipeline(renderer, sink, request.threads(), metrics).run(toRender, written -> {
                    incremental.rendered(written.page(), written.built(), plan, written.files());
                    reporter.advance();
                });
            }
            incremental.recordPages(progress);
            Futures.get(openData);
            Futures.get(search);
            try (StageTimer write = metrics.start(Stage.WRITE)) {
                for (var file : new CrawlerFiles(site.settings()).files(pages).entrySet()) {
                    sink.write(file.getKey(), file.getValue().getBytes(StandardCharsets.UTF_8));
                }
                sink.copyTree(request.templateDirectory().resolve(SiteAddresses.ASSETS_FOLDER),
                        SiteAddresses.ASSETS_FOLDER);
                staged.publish();
            }
            incremental.finish(sink.outputs(), progress);
            metrics.add(Count.PAGES, pages.size());
            metrics.add(Count.FILES, staged.filesWritten());
            if (request.cache() != null) {
                metrics.add(Count.PAGES_RENDERED, toRender.size());
                metrics.add(Count.FILES_KEPT, staged.filesKept());
            }
            metrics.add(Count.BYTES, staged.bytesWritten());
            return new GenerationResult(problems, pages.size(), metrics.summary());
        } catch (TemplateFailure e) {
            problems.add(EngineProblems.templateFailure(request, e));
            return new GenerationResult(problems, 0, metrics.summary());
        } catch (IOException | RuntimeException e) {
            problems.add(EngineProblems.outputFailure(request, e));
            return new GenerationResult(problems, 0, metrics.summary());
        } finally {
            side.shutdownNow();
            if (jsonMaker != null) {
                jsonMaker.shutdownNow();
            }
            incremental.abandon();
        }
    }

    private static IncrementalBuild openCache(GenerationRequest request, Consumer<String> progress) {
        try {
            return IncrementalBuild.open(request, progress);
        } catch (IOException e) {
            progress.accept("构建缓存：模板目录无法读取（" + e.getMessage() + "），完整构建。");
            return IncrementalBuild.none();
        }
    }

    /** The value of work done on the side thread, for a caller that cannot throw {@link IOException}. */
    private static <T> T await(Future<T> future) {
        try {
            return Futures.get(future);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Content after checking, with what the checks found. */
    public record CheckedContent(Content content, BudgetRollups rollups, CheckReport report) {

        /** Every problem loading and checking found, in file order. */
        public List<Problem> problems() {
            return report.problems();
        }
    }


    /** The open data's sink: the site, the large files streamed to it. */
    private static OpenData.FileSink openDataSink(KeepingSite site) {
        return new OpenData.FileSink() {
            @Override
            public void write(String path, byte[] bytes) throws IOException {
                site.write(path, bytes);
            }

            @Override
            public void writeStreamed(String path, FileContent content) throws IOException {
                site.writeStreamed(path, content);
            }
        };
    }

}
