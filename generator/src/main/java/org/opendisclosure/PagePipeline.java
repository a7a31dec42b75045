package org.opendisclosure;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;

import org.opendisclosure.concurrent.DaemonThreads;
import org.opendisclosure.metrics.BuildMetrics;
import org.opendisclosure.metrics.Stage;
import org.opendisclosure.metrics.StageTimer;
import org.opendisclosure.render.Page;
import org.opendisclosure.render.PlannedPage;
import org.opendisclosure.render.SharedParts;
import org.opendisclosure.render.TableDownloads;
import org.opendisclosure.render.TemplateFailure;
import org.opendisclosure.render.TemplateRenderer;
import org.opendisclosure.write.FileSink;

/**
 * Builds, renders and writes the planned pages on a pool of threads, streaming: at most a bounded
 * number of pages are in flight, and each page's model and text are dropped as soon as its files
 * are written, so memory grows with the derived model, never with the output. The output does not
 * depend on the number of threads: each page's files are a function of the page alone, and when
 * templates fail the failure reported is the one of the first failing page in render order, as a
 * single thread would have met it. Parts that pages share are rendered once per run
 * ({@link SharedParts}). One instance per run.
 */
final class PagePipeline {

    /** Pages in flight per thread: enough to keep every thread busy, few enough to bound memory. */
    private static final int IN_FLIGHT_PER_THREAD = 4;

    private final TemplateRenderer renderer;
    private final FileSink site;
    private final int threads;
    private final BuildMetrics metrics;

    /**
     * What one page was written as: its plan, the view model it was rendered from, and the paths of
     * all its files (the page, its tables' downloads).
     */
    record WrittenPage(PlannedPage page, Page built, List<String> files) {
    }

    PagePipeline(TemplateRenderer renderer, FileSink site, int threads, BuildMetrics metrics) {
        this.renderer = renderer;
        this.site = site;
        this.threads = threads;
        this.metrics = metrics;
    }

    /**
     * Renders and writes every page, those that share a part one after another
     * ({@link PlannedPage#inRenderOrder}); {@code pageDone} is told, after each page is written and
     * on the thread that wrote it, which files the page was written as.
     *
     * @throws TemplateFailure the failure of the first page (in that order) whose template failed
     * @throws IOException     when a file cannot be written
     */
    void run(List<PlannedPage> planned, java.util.function.Consumer<WrittenPage> pageDone) throws IOException {
        List<PlannedPage> pages = PlannedPage.inRenderOrder(planned);
        SharedParts parts = SharedParts.forOneBuild();
        if (threads == 1) {
            for (PlannedPage page : pages) {
                pageDone.accept(write(page, parts));
            }
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, DaemonThreads.numbered("disclosure-render"));
        Semaphore inFlight = new Semaphore(threads * IN_FLIGHT_PER_THREAD);
        AtomicInteger firstFailure = new AtomicInteger(Integer.MAX_VALUE);
        Future<?>[] futures = new Future<?>[pages.size()];
        try {
            for (int i = 0; i < pages.size() && i < firstFailure.get(); i++) {
                inFlight.acquireUninterruptibly();
                int index = i;
                PlannedPage page = pages.get(i);
                futures[i] = pool.submit(() -> {
                    try {
                        if (index < firstFailure.get()) {
                            pageDone.accept(write(page, parts));
                        }
                        return null;
                    } catch (RuntimeException | IOException e) {
                        firstFailure.accumulateAndGet(index, Math::min);
                        throw e;
                    } finally {
                        inFlight.release();
                    }
                });
            }
            for (Future<?> future : futures) {
                if (future != null) {
                    Futures.get(future);
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** Builds one page, renders it and writes it with the CSV of each of its tables. */
    private WrittenPage write(PlannedPage planned, SharedParts parts) throws IOException {
        Page page;
        byte[] html;
        Map<String, byte[]> tables;
        try (StageTimer timer = metrics.startTask(Stage.RENDER)) {
            page = planned.build();
            TableDownloads downloads = TableDownloads.of(page);
            html = renderer.render(page, downloads, parts).getBytes(StandardCharsets.UTF_8);
            tables = new TreeMap<>(downloads.files());
        }
        try (StageTimer timer = metrics.startTask(Stage.WRITE)) {
            site.write(page.path(), html);
            for (Map.Entry<String, byte[]> table : tables.entrySet()) {
                site.write(table.getKey(), table.getValue());
            }
        }
        List<String> files = new java.util.ArrayList<>(tables.size() + 1);
        files.add(page.path());
        files.addAll(tables.keySet());
        return new WrittenPage(planned, page, files);
    }
}
