package org.opendisclosure;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.opendisclosure.concurrent.DaemonThreads;
import org.opendisclosure.render.PlannedPage;
import org.opendisclosure.render.SitePlan;
import org.opendisclosure.write.KeepingSite;

/**
 * The first step of a build with a usable build cache: every planned page whose inputs did not
 * change keeps its files from the published site ({@link IncrementalBuild#mustRender},
 * {@link KeepingSite#keepAll}); the others are left to render. At a city's scale that is tens of
 * thousands of pages, each asked of the file system and linked into the new site, so the pages are
 * decided on every thread, a run of neighbours per task. Which pages are kept does not depend on
 * the number of threads: each page's decision reads only its own record and files.
 */
final class UnchangedPages {

    /** Pages decided per task: enough to make a task worth its scheduling. */
    private static final int PAGES_PER_TASK = 128;

    private UnchangedPages() {
    }

    /**
     * Keeps what can be kept; returns the pages that must be rendered, in plan order.
     *
     * @throws IOException when the published site's files cannot be linked into the new one
     */
    static List<PlannedPage> keep(List<PlannedPage> pages, IncrementalBuild incremental, KeepingSite sink,
            SitePlan plan, int threads) throws IOException {
        if (!incremental.hasRecord()) {
            return pages;
        }
        boolean[] render = new boolean[pages.size()];
        if (threads == 1 || pages.size() <= PAGES_PER_TASK) {
            decide(pages, 0, pages.size(), render, incremental, sink, plan);
        } else {
            ExecutorService pool = Executors.newFixedThreadPool(threads, DaemonThreads.numbered("disclosure-keep"));
            try {
                List<Future<?>> tasks = new ArrayList<>();
                for (int from = 0; from < pages.size(); from += PAGES_PER_TASK) {
                    int start = from;
                    int end = Math.min(pages.size(), from + PAGES_PER_TASK);
                    tasks.add(pool.submit(() -> {
                        decide(pages, start, end, render, incremental, sink, plan);
                        return null;
                    }));
                }
                for (Future<?> task : tasks) {
                    Futures.get(task);
                }
            } finally {
                pool.shutdownNow();
            }
        }
        List<PlannedPage> toRender = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            if (render[i]) {
                toRender.add(pages.get(i));
            }
        }
        return toRender;
    }

    private static void decide(List<PlannedPage> pages, int from, int to, boolean[] render,
            IncrementalBuild incremental, KeepingSite sink, SitePlan plan) throws IOException {
        for (int i = from; i < to; i++) {
            PlannedPage page = pages.get(i);
            if (!incremental.mustRender(page, plan) && sink.keepAll(incremental.previousFiles(page))) {
                incremental.kept(page, plan);
            } else {
                render[i] = true;
            }
        }
    }
}
