package org.opendisclosure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.opendisclosure.address.SiteAddresses;
import org.opendisclosure.check.CheckReport;
import org.opendisclosure.content.ContentLoader;
import org.opendisclosure.io.Sha256;
import org.opendisclosure.render.Page;
import org.opendisclosure.render.PageSources;
import org.opendisclosure.render.PlannedPage;
import org.opendisclosure.render.SitePlan;
import org.opendisclosure.write.BuildRecord.OutputRecord;
import org.opendisclosure.write.BuildRecord.PageRecord;
import org.opendisclosure.write.BuildRecord;
import org.opendisclosure.write.BuildRecordFile;

/**
 * One {@code generate} run's use of the build cache ({@link CacheSettings}): which pages it must
 * render again, and the record it leaves for the next run.
 *
 * <p>A page is kept — its files taken over from the published site without rendering — only when
 * the last run's record describes it and none of its inputs changed: the content files it reads
 * (now, and when it was last written: a project moved away from a unit changes the unit's page),
 * what the checks say of them on pages, its 更新于 line, the templates, the site's settings and the
 * engine. Pages that sum up the site or a year ({@link PageSources.WholeSite}) are built again every
 * time and kept when their view model is the same as the last build's (a digest of it is recorded);
 * like every other file of the site, a page rendered again is written only when its bytes changed. A record
 * made by another engine, for other settings or another output, or damaged in any way, is ignored
 * with a note, and the run renders everything: the site is byte for byte the same either way.
 */
final class IncrementalBuild {

    private final BuildRecordFile file;
    private final String key;
    private final BuildRecord previous;
    private final String templates;
    private Map<String, String> inputs = Map.of();
    private Set<String> changed = Set.of();
    private boolean everything = true;
    private final Map<String, PageRecord> pages = new ConcurrentHashMap<>();
    /** The record being written, once every page is rendered. */
    private BuildRecordFile.Pending pending;
    private boolean failed;
    /** Digests of the view models built to decide whether to render (pages that sum up the site). */
    private final Map<String, String> models = new ConcurrentHashMap<>();

    private IncrementalBuild(BuildRecordFile file, String key, BuildRecord previous, String templates) {
        this.file = file;
        this.key = key;
        this.previous = previous;
        this.templates = templates;
    }

    /** A run without a cache: renders everything, records nothing. */
    static IncrementalBuild none() {
        return new IncrementalBuild(null, "", null, "");
    }

    /** Reads the cache of the request (if it has one), telling {@code notes} why it cannot be used. */
    static IncrementalBuild open(GenerationRequest request, Consumer<String> notes) throws IOException {
        CacheSettings cache = request.cache();
        if (cache == null) {
            return none();
        }
        String key = String.join("\n", cache.engine(), "content " + absolute(request.contentDirectory()),
                "templates " + absolute(request.templateDirectory()), "output " + absolute(request.outputDirectory()),
                "messages " + absolute(request.displayBase()), "limits " + request.limits(),
                "changeLog " + request.changeLog());
        BuildRecordFile file = new BuildRecordFile(cache.directory());
        BuildRecordFile.Read read = file.read(key);
        if (!read.usable()) {
            notes.accept(read.note());
        }
        return new IncrementalBuild(file, key, read.record(), treeDigest(request.templateDirectory()));
    }

    /** Whether a usable record of the last build was read: most pages will be kept. */
    boolean hasRecord() {
        return previous != null;
    }

    /** The output records of the published site, for {@link org.opendisclosure.write.KeepingSite}. */
    Map<String, OutputRecord> previousOutputs() {
        return previous == null ? Map.of() : previous.outputs();
    }

    /**
     * Compares the content with the record, once the checks passed; and removes the record, as the
     * site it describes is about to be replaced (a run that dies now leaves none, never a wrong one).
     */
    void compare(GenerationRequest request, CheckReport report, Map<String, byte[]> loaded) throws IOException {
        if (file == null) {
            return;
        }
        file.delete();
        inputs = contentDigests(request, report, loaded);
        if (previous == null) {
            return;
        }
        Set<String> differ = new HashSet<>();
        inputs.forEach((path, digest) -> {
            if (!digest.equals(previous.inputs().get(path))) {
                differ.add(path);
            }
        });
        previous.inputs().keySet().stream().filter(path -> !inputs.containsKey(path)).forEach(differ::add);
        changed = differ;
        String settings = ContentLoader.display(request.displayBase(), request.contentDirectory().resolve("site.yaml"));
        everything = !templates.equals(previous.templates()) || changed.contains(settings);
    }

    /**
     * Whether the page must be rendered; false when the published site's files of it can be kept.
     * A page that sums up the site is built (not rendered) and kept when its view model is the
     * same as the last build's, as its digest tells; the data page, which waits for the open data,
     * is always rendered.
     */
    boolean mustRender(PlannedPage page, SitePlan plan) {
        if (previous == null || everything) {
            return true;
        }
        PageRecord before = previous.pages().get(page.path());
        if (before == null || !before.update().equals(plan.updateStamp(page.path()))) {
            return true;
        }
        if (!(page.sources() instanceof PageSources.Files files)) {
            if (page.path().equals(SiteAddresses.data()) || before.model().isEmpty()) {
                return true;
            }
            String model = digest(page.build());
            models.put(page.path(), model);
            return !model.equals(before.model());
        }
        return !layoutDigest(files).equals(before.model()) || files.files().get().stream().anyMatch(changed::contains)
                || before.sources().stream().anyMatch(changed::contains);
    }

    /**
     * A digest of a view model: of its text, which for records (every page model is one, down to
     * its rows) names every component. A component that is no record and prints no value of its
     * own prints its identity, which differs from build to build: such a page is always rendered,
     * never wrongly kept.
     */
    static String digest(Page page) {
        return Sha256.hex(page.toString().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * What the record keeps of a page's layout in a longer list: a digest of it, or {@code ""} for a
     * page of its own (as records of pages that read files had before layouts were recorded).
     */
    private static String layoutDigest(PageSources.Files files) {
        List<String> layout = files.layout().get();
        return layout.isEmpty() ? ""
                : Sha256.hex(String.join("\n", layout).getBytes(StandardCharsets.UTF_8));
    }

    /** The files the page was written as by the last run (only asked of a page it recorded). */
    List<String> previousFiles(PlannedPage page) {
        return previous.pages().get(page.path()).files();
    }

    /** Records a page of this run that was kept. */
    void kept(PlannedPage page, SitePlan plan) {
        if (file != null) {
            record(page, plan, previous.pages().get(page.path()).files(), previous.pages().get(page.path()).model());
        }
    }

    /** Records a page of this run that was rendered, from {@code built}. */
    void rendered(PlannedPage page, Page built, SitePlan plan, List<String> files) {
        if (file == null) {
            return;
        }
        String model = "";
        if (page.sources() instanceof PageSources.Files part) {
            model = layoutDigest(part);
        } else if (!page.path().equals(SiteAddresses.data())) {
            model = models.containsKey(page.path()) ? models.get(page.path()) : digest(built);
        }
        record(page, plan, files, model);
    }

    private void record(PlannedPage page, SitePlan plan, List<String> files, String model) {
        Set<String> sources = page.sources() instanceof PageSources.Files read ? Set.copyOf(read.files().get())
                : Set.of();
        pages.put(page.path(), new PageRecord(plan.updateStamp(page.path()), sources, files, model));
    }

    /**
     * Writes what the record says of the content and the pages, once every page is rendered, while
     * the build still waits for its data files: most of the record is written off the build's end.
     */
    void recordPages(Consumer<String> notes) {
        if (file == null || pending != null || failed) {
            return;
        }
        try {
            pending = file.begin(key, templates, inputs, pages);
        } catch (IOException | RuntimeException e) {
            failed = true;
            notes.accept("构建缓存无法写入（" + e.getMessage() + "），下次将完整构建。");
        }
    }

    /** Writes the record of the published site; a cache that cannot be written only costs the next run time. */
    void finish(Map<String, OutputRecord> outputs, Consumer<String> notes) {
        recordPages(notes);
        if (pending == null) {
            return;
        }
        try (BuildRecordFile.Pending record = pending) {
            record.finish(outputs);
        } catch (IOException | RuntimeException e) {
            notes.accept("构建缓存无法写入（" + e.getMessage() + "），下次将完整构建。");
        } finally {
            pending = null;
        }
    }

    /** Removes a record begun but never finished: the build failed. */
    void abandon() {
        if (pending != null) {
            try {
                pending.close();
            } catch (IOException e) {
                // A temporary file beside the cache; the record itself was never put in place.
            }
            pending = null;
        }
    }

    /**
     * Per content file, as shown in messages: a digest of its bytes and of what the checks say of it
     * on pages. A file the load read and hashed ({@code loaded}: its SHA-256, by shown name) is not
     * read again; any other file (one the load does not read, or too large to) is read and hashed
     * here. The two kinds are told apart inside the digest, so neither can stand for the other.
     */
    private static Map<String, String> contentDigests(GenerationRequest request, CheckReport report,
            Map<String, byte[]> loaded) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(request.contentDirectory())) {
            files = walk.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)).toList();
        }
        Map<String, String> digests = new ConcurrentHashMap<>();
        try {
            files.parallelStream().forEach(path -> {
                String shown = ContentLoader.display(request.displayBase(), path);
                try {
                    MessageDigest digest = Sha256.digest();
                    byte[] known = loaded.get(shown);
                    if (known != null) {
                        digest.update((byte) 'L');
                        digest.update(known);
                    } else {
                        byte[] bytes = Files.readAllBytes(path);
                        digest.update((byte) 'B');
                        digest.update(Long.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
                        digest.update((byte) 0);
                        digest.update(bytes);
                    }
                    digest.update((byte) 0);
                    digest.update(report.discrepancies(shown).toString().getBytes(StandardCharsets.UTF_8));
                    digests.put(shown, HexFormat.of().formatHex(digest.digest()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return new HashMap<>(digests);
    }

    /** A digest of every file under the directory: its name and its bytes. */
    private static String treeDigest(Path directory) throws IOException {
        MessageDigest digest = Sha256.digest();
        if (Files.isDirectory(directory)) {
            try (Stream<Path> walk = Files.walk(directory)) {
                for (Path path : walk.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)).sorted().toList()) {
                    digest.update(directory.relativize(path).toString().replace('\\', '/')
                            .getBytes(StandardCharsets.UTF_8));
                    digest.update((byte) 0);
                    digest.update(Files.readAllBytes(path));
                    digest.update((byte) 0);
                }
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static String absolute(Path path) {
        return path.toAbsolutePath().normalize().toString();
    }
}
