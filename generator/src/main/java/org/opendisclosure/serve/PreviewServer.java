package org.opendisclosure.serve;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.opendisclosure.GenerationRequest;
import org.opendisclosure.GenerationResult;
import org.opendisclosure.LiveSite;
import org.opendisclosure.metrics.BuildMetrics;


/**
 * The editors' live preview: builds the site, serves it on localhost, rebuilds whenever a file
 * under the content or template directory changes, and makes open pages reload after each
 * rebuild. The pages served lately, and those whose reload script waits, are open: after an edit
 * they are written first and reload at once, and a request for another page waits (a little) until
 * the rest is written. While the content has errors, every page shows the problems instead (the last good
 * site stays on disk, because a failed build never replaces it), and fixing them brings the page
 * back.
 *
 * <p>Served by {@link PreviewHttp}, whose threads, connections and waiting reloads are bounded
 * whatever clients do. Each instance owns its state; several may run at once on
 * different ports and output directories.
 */
public final class PreviewServer implements AutoCloseable {

    /** Where the preview's own endpoints live; no site page can be there (ids have no underscore). */
    static final String PREVIEW_PATH = "/_preview/";
    private static final Map<String, String> CONTENT_TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"), Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"), Map.entry("json", "application/json; charset=utf-8"),
            Map.entry("csv", "text/csv; charset=utf-8"), Map.entry("svg", "image/svg+xml"),
            Map.entry("xml", "application/xml; charset=utf-8"), Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("png", "image/png"), Map.entry("ico", "image/x-icon"), Map.entry("woff2", "font/woff2"));

    private final GenerationRequest request;
    private final PreviewLog log;
    private final LiveSite live;
    private final ExecutorService builder = Executors.newSingleThreadExecutor(
            r -> PreviewHttp.daemon(r, "disclosure-preview-build"));
    /**
     * Writes the open data, the data page and the search index once no edit came for
     * {@link #DATA_QUIET}: at a city's scale they take seconds, and a run of saves should cost only
     * the pages. A rebuild that begins meanwhile makes them stop ({@link LiveSite} orders the two).
     */
    private final ScheduledExecutorService dataWriter = Executors.newSingleThreadScheduledExecutor(
            r -> PreviewHttp.daemon(r, "disclosure-preview-data"));
    /**
     * How long the watcher waits for the next event after a save before it rebuilds: an editor's
     * save is a few events within a millisecond. A burst of many files waits longer
     * ({@link SourceWatcher}); one cut in two anyway is two rebuilds, the second of which sees the rest.
     */
    static final long QUIET_MILLIS = 20;
    /** Pages served lately (paths in the site), rendered first after an edit; at most {@link #OPEN_PAGES}. */
    private final Map<String, Boolean> openPages = new LinkedHashMap<>(16, 0.75f, true);
    static final int OPEN_PAGES = 16;
    /**
     * While a rebuild has written the open pages but not yet the others, the open pages that are
     * current (the others are held back, {@link #SETTLE_PATIENCE}); null otherwise. Guarded by
     * {@link #buildMonitor}.
     */
    private Set<String> settling;
    /** The longest a request waits for the rest of a rebuild before it is served what is on disk. */
    static final Duration SETTLE_PATIENCE = Duration.ofSeconds(2);
    /** How long after the last rebuild the open data and search index follow. */
    static final Duration DATA_QUIET = Duration.ofSeconds(2);
    /** The data write waiting for its quiet time, if any; guarded by itself. */
    private final Object dataSchedule = new Object();
    private ScheduledFuture<?> pendingData;
    /** Whether a rebuild is queued and not yet started: changes meanwhile are seen by that one. */
    private final AtomicBoolean rebuildQueued = new AtomicBoolean();
    /** What the watcher saw change since the last rebuild began; the first build looks at everything. */
    private final Set<Path> pendingPaths = new HashSet<>();
    private boolean pathsUnknown = true;
    private final Object buildMonitor = new Object();
    private Build current;
    private final PreviewHttp.Limits limits;
    private volatile PreviewHttp server;
    private SourceWatcher watcher;

    /**
     * @param request what to build; its output directory is the one served
     * @param log     receives every problem of each build and a summary line with its time
     */
    public PreviewServer(GenerationRequest request, PreviewLog log) {
        this(request, log, PreviewHttp.Limits.DEFAULT);
    }

    /** A preview whose server keeps to other limits than the default ones (for tests). */
    PreviewServer(GenerationRequest request, PreviewLog log, PreviewHttp.Limits limits) {
        this.request = request;
        this.log = log;
        this.limits = limits;
        this.live = new LiveSite(request);
    }

    /**
     * Builds once, then starts serving and watching.
     *
     * @param host the address to bind, normally {@code 127.0.0.1} so only this machine can see it
     * @param port the port, or 0 for any free one
     * @return the address pages are served at, e.g. {@code http://127.0.0.1:8000/}
     */
    public URI start(String host, int port) throws IOException {
        rebuild(true);
        server = new PreviewHttp(new InetSocketAddress(host, port), limits, this::handle, buildNumber());
        watcher = new SourceWatcher(List.of(request.contentDirectory(), request.templateDirectory()), QUIET_MILLIS,
                this::rebuildSoon);
        watcher.start();
        server.start();
        return URI.create("http://" + host + ":" + server.port() + "/");
    }

    /** The number of the last finished build (1 after {@link #start}). */
    public long buildNumber() {
        synchronized (buildMonitor) {
            return current == null ? 0 : current.number();
        }
    }

    /**
     * Queues a rebuild unless one is queued already: saves that come while a build runs (an
     * editor's auto-save, a {@code git checkout}) are all seen by the one next build.
     */
    private void rebuildSoon(Set<Path> paths) {
        synchronized (pendingPaths) {
            if (paths == null) {
                pathsUnknown = true;
            } else {
                pendingPaths.addAll(paths);
            }
        }
        live.supersede();
        cancelPendingData();
        if (rebuildQueued.compareAndSet(false, true)) {
            builder.execute(() -> {
                rebuildQueued.set(false);
                rebuild(false);
            });
        }
    }

    /** The paths changed since the last rebuild took them, or null when unknown; empties them. */
    private Set<Path> takePendingPaths() {
        synchronized (pendingPaths) {
            Set<Path> taken = pathsUnknown ? null : Set.copyOf(pendingPaths);
            pendingPaths.clear();
            pathsUnknown = false;
            return taken;
        }
    }

    /**
     * Brings the preview site up to date with the live engine; the build counts as finished (pages
     * reload) as soon as the changed pages are written. The first build writes the open data and
     * the search index right after; later ones leave them to {@link #scheduleData}.
     */
    private void rebuild(boolean first) {
        long started = System.nanoTime();
        finish(live.updatePages(takePendingPaths(), openPages(), current -> openPagesWritten(current, started)),
                started);
        if (first) {
            live.updateData().problems().forEach(log::problem);
        } else {
            scheduleData();
        }
    }

    /** Writes the open data and the search index after {@link #DATA_QUIET}, unless an edit comes first. */
    private void scheduleData() {
        synchronized (dataSchedule) {
            if (pendingData != null) {
                pendingData.cancel(false);
            }
            pendingData = dataWriter.schedule(() -> live.updateData().problems().forEach(log::problem),
                    DATA_QUIET.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private void cancelPendingData() {
        synchronized (dataSchedule) {
            if (pendingData != null) {
                pendingData.cancel(false); // one already writing stops at its next checkpoint
                pendingData = null;
            }
        }
    }

    /**
     * The pages open in a browser are written: the build counts as finished for them (they reload),
     * while the other pages are held back until the rest is written ({@link #finish}).
     */
    private void openPagesWritten(Set<String> currentPages, long started) {
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        Build build;
        synchronized (buildMonitor) {
            build = new Build(current == null ? 1 : current.number() + 1,
                    new GenerationResult(List.of(), 0, new BuildMetrics().summary()), 0, millis, millis);
            current = build;
            settling = currentPages;
            buildMonitor.notifyAll();
        }
        PreviewHttp http = server;
        if (http != null) {
            http.buildFinished(build.number());
        }
    }

    private void finish(LiveSite.Update update, long started) {
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        Build build;
        boolean announced;
        synchronized (buildMonitor) {
            // A rebuild whose open pages were written early keeps its number, unless it failed after
            // them: then the pages reload once more, to show the problems.
            announced = settling != null && !update.result().hasErrors();
            long number = current == null ? 1 : announced ? current.number() : current.number() + 1;
            build = new Build(number, update.result(), update.pagesInSite(), millis,
                    settling != null ? current.openMillis() : -1);
            current = build;
            settling = null;
            buildMonitor.notifyAll();
        }
        build.problems().forEach(log::problem);
        log.built(build.summary());
        PreviewHttp http = server;
        if (http != null && !announced) {
            http.buildFinished(build.number());
        }
    }

    /** The pages served lately, or whose reload script waits: rendered first after an edit. */
    Set<String> openPages() {
        synchronized (openPages) {
            return Set.copyOf(openPages.keySet());
        }
    }

    private void served(String sitePath) {
        synchronized (openPages) {
            openPages.put(sitePath, Boolean.TRUE);
            if (openPages.size() > OPEN_PAGES) {
                openPages.remove(openPages.keySet().iterator().next());
            }
        }
    }

    /**
     * Holds a request for a page a rebuild is still writing until it is written, or for
     * {@link #SETTLE_PATIENCE} at most. Only pages wait: assets change only with the templates,
     * and the files a page links to (its tables' downloads) are written with it.
     */
    private void awaitSettled(String sitePath) {
        long deadline = System.nanoTime() + SETTLE_PATIENCE.toNanos();
        synchronized (buildMonitor) {
            while (settling != null && !settling.contains(sitePath)) {
                long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
                if (left <= 0) {
                    return;
                }
                try {
                    buildMonitor.wait(left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    private Build current() {
        synchronized (buildMonitor) {
            return current;
        }
    }

    private PreviewHttp.Reply handle(HttpHead asked) throws IOException {
        if (!asked.method().equals("GET") && !asked.isHead()) {
            return HttpAnswer.text(405, "只支持 GET");
        }
        String path = asked.path();
        if (path.startsWith(PREVIEW_PATH)) {
            return preview(path.substring(PREVIEW_PATH.length()), asked.rawQuery());
        }
        Path file = SitePath.resolve(this.request.outputDirectory(), path);
        String sitePath = sitePath(file);
        if (sitePath != null && sitePath.endsWith(".html")) {
            awaitSettled(sitePath); // not the open page's style sheet, scripts and downloads: they are current
        }
        Build build = current();
        boolean page = file == null || file.toString().endsWith(".html") || path.endsWith("/");
        if (build.failed() && page) {
            return new HttpAnswer(500, CONTENT_TYPES.get("html"),
                    ProblemPage.html(build, reloadScript(build)).getBytes(StandardCharsets.UTF_8));
        }
        if (file == null || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            Path notFound = this.request.outputDirectory().resolve("404.html");
            byte[] body = Files.isRegularFile(notFound) ? withReload(Files.readString(notFound), build)
                    : "404".getBytes(StandardCharsets.UTF_8);
            return new HttpAnswer(404, CONTENT_TYPES.get("html"), body);
        }
        String type = CONTENT_TYPES.getOrDefault(extension(file), "application/octet-stream");
        if (type.startsWith("text/html") && sitePath != null) {
            served(sitePath);
        }
        byte[] body = type.startsWith("text/html") ? withReload(Files.readString(file), build)
                : Files.readAllBytes(file);
        return new HttpAnswer(200, type, body);
    }

    /**
     * {@code reload.js}: the script pages load; {@code wait?since=N&page=/P}: answers with the build
     * number as soon as it is greater than N, or after a while with N (long polling); the page P is
     * open, so is rendered first after the next edit.
     */
    private PreviewHttp.Reply preview(String endpoint, String query) {
        if (endpoint.equals("reload.js")) {
            return new HttpAnswer(200, CONTENT_TYPES.get("js"), RELOAD_JS.getBytes(StandardCharsets.UTF_8));
        } else if (endpoint.equals("wait")) {
            String page = parameter(query, "page");
            String sitePath = page == null ? null : sitePath(SitePath.resolve(request.outputDirectory(), page));
            if (sitePath != null && sitePath.endsWith(".html")) {
                served(sitePath);
            }
            return new PreviewHttp.WaitForBuild(sinceOf(query));
        }
        return HttpAnswer.text(404, "404");
    }

    /** A parameter of the query, percent-decoded, or null when absent or not decodable. */
    private static String parameter(String query, String name) {
        if (query != null) {
            for (String pair : query.split("&")) {
                if (pair.startsWith(name + "=")) {
                    try {
                        return java.net.URLDecoder.decode(pair.substring(name.length() + 1), StandardCharsets.UTF_8);
                    } catch (IllegalArgumentException malformed) {
                        return null;
                    }
                }
            }
        }
        return null;
    }

    private static long sinceOf(String query) {
        if (query != null) {
            for (String pair : query.split("&")) {
                if (pair.startsWith("since=") && pair.substring(6).matches("\\d{1,18}")) {
                    return Long.parseLong(pair.substring(6));
                }
            }
        }
        return 0;
    }

    /** Polls for the next build and reloads the page when it has finished. */
    private static final String RELOAD_JS = """
            (function () {
              var script = document.currentScript;
              var build = script ? Number(script.getAttribute('data-build')) : 0;
              function wait() {
                fetch('/_preview/wait?since=' + build + '&page=' + encodeURIComponent(location.pathname),
                    { cache: 'no-store' })
                  .then(function (r) { if (!r.ok) { throw new Error(r.status); } return r.text(); })
                  .then(function (t) { if (Number(t) > build) { location.reload(); } else { wait(); } })
                  .catch(function () { setTimeout(wait, 2000); });
              }
              wait();
            })();
            """;

    private static String reloadScript(Build build) {
        return "<script src=\"/_preview/reload.js\" data-build=\"" + build.number() + "\"></script>";
    }

    /** The page with the reload script before {@code </body>} (or at the end). */
    private static byte[] withReload(String html, Build build) {
        int body = html.lastIndexOf("</body>");
        String script = reloadScript(build) + "\n";
        String result = body < 0 ? html + script : html.substring(0, body) + script + html.substring(body);
        return result.getBytes(StandardCharsets.UTF_8);
    }

    /** The file's path in the site ({@code 2024/index.html}), or null for none. */
    private String sitePath(Path file) {
        if (file == null) {
            return null;
        }
        Path root = request.outputDirectory().toAbsolutePath().normalize();
        return root.relativize(file).toString().replace('\\', '/');
    }

    private static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }


    /** Stops serving and watching; the built site stays in the output directory. */
    @Override
    public void close() throws IOException {
        if (server != null) {
            server.close();
        }
        if (watcher != null) {
            watcher.close();
        }
        builder.shutdownNow();
        dataWriter.shutdownNow();
    }
}
