package org.opendisclosure.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;

import org.opendisclosure.model.ClassificationCatalogue;
import org.opendisclosure.model.Content;
import org.opendisclosure.model.DepartmentBudget;
import org.opendisclosure.model.DisclosureRules;
import org.opendisclosure.model.Department;
import org.opendisclosure.model.IncompleteFiles;
import org.opendisclosure.model.Project;
import org.opendisclosure.model.SiteSettings;
import org.opendisclosure.problem.ProblemCodes;
import org.opendisclosure.problem.ProblemCollector;
import org.opendisclosure.problem.SourcePosition;

/**
 * The loading stage: reads every content file of a content directory into the model. Reads
 * {@code site.yaml}, {@code departments/**.yaml}, {@code projects/**.yaml},
 * {@code budgets/**.yaml}, {@code catalogues/**.yaml} and {@code rules/**.yaml} on several threads, each file parsed
 * once; reports every problem it finds and goes on with the next file. The model and the
 * problems come out in a fixed order (kind, then path), the same with one thread or many.
 * Thread-safe; holds no state between calls.
 *
 * <pre>{@code
 * ProblemCollector problems = new ProblemCollector();
 * Content content = new ContentLoader(ContentLimits.DEFAULT).load(contentDir, repositoryRoot, problems);
 * }</pre>
 */
public final class ContentLoader {

    private final YamlTreeReader yaml;
    private final long maxFileBytes;
    private final int threads;
    private final TreeCache trees;

    /** A loader that reads on as many threads as there are processors. */
    public ContentLoader(ContentLimits limits) {
        this(limits, Runtime.getRuntime().availableProcessors());
    }

    /** A loader that reads on {@code threads} threads, created for each load and ended with it. */
    public ContentLoader(ContentLimits limits, int threads) {
        this(limits, threads, TreeCache.none());
    }

    /**
     * A loader that reads on {@code threads} threads and takes the trees of files that did not change
     * from {@code trees} (and adds the others to it).
     */
    public ContentLoader(ContentLimits limits, int threads, TreeCache trees) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
        this.yaml = new YamlTreeReader(limits);
        this.maxFileBytes = limits.maxFileBytes();
        this.threads = threads;
        this.trees = trees;
    }

    /**
     * @param contentDirectory the {@code content/} directory
     * @param displayBase      file names in messages are relative to this directory
     * @param problems         receives every problem found
     */
    public Content load(Path contentDirectory, Path displayBase, ProblemCollector problems) {
        return load(contentDirectory, displayBase, problems, null);
    }

    /**
     * Loads like {@link #load(Path, Path, ProblemCollector)}, reading again only the files that
     * changed since the last load with the same {@code cache}; the result is the same as a load
     * without it.
     *
     * @param cache what earlier loads of this directory read, or null
     */
    public Content load(Path contentDirectory, Path displayBase, ProblemCollector problems, LoadCache cache) {
        if (cache != null) {
            cache.beginLoad();
        }
        try {
            return loadWith(contentDirectory, displayBase, problems, cache);
        } finally {
            if (cache != null) {
                cache.endLoad();
            }
        }
    }

    private Content loadWith(Path contentDirectory, Path displayBase, ProblemCollector problems, LoadCache cache) {
        if (!Files.isDirectory(contentDirectory)) {
            problems.error(ProblemCodes.YAML, SourcePosition.startOf(display(displayBase, contentDirectory)), "", "",
                    "内容目录不存在：" + contentDirectory);
            return new Content(SiteSettings.DEFAULT, List.of(), List.of(), List.of(), List.of(), List.of(),
                    IncompleteFiles.NONE);
        }
        Path siteFile = contentDirectory.resolve("site.yaml");
        ProblemCollector siteListing = new ProblemCollector();
        List<Path> siteFiles = ContentFiles.isReadable(siteFile, displayBase, siteListing) ? List.of(siteFile)
                : List.of();
        StringPool strings = new StringPool();
        try (InOrderFileReads reads = InOrderFileReads.open(threads)) {
            Batch<SiteSettings> site = start(reads, siteListing, siteFiles, displayBase, strings, cache,
                    (file, root, pool, collector) -> SiteSettingsReader.read(root, pool, collector));
            Batch<Department> departments = start(reads, contentDirectory.resolve("departments"), displayBase,
                    strings, cache, DepartmentReader::read);
            Batch<Project> projects = start(reads, contentDirectory.resolve("projects"), displayBase, strings, cache,
                    ProjectReader::read);
            Batch<DepartmentBudget> budgets = start(reads, contentDirectory.resolve("budgets"), displayBase, strings,
                    cache, BudgetReader::read);
            Batch<ClassificationCatalogue> catalogues = start(reads, contentDirectory.resolve("catalogues"),
                    displayBase, strings, cache, CatalogueReader::read);
            Batch<DisclosureRules> rules = start(reads, contentDirectory.resolve("rules"), displayBase, strings, cache,
                    RulesReader::read);

            return assemble(site, departments, projects, budgets, catalogues, rules, problems);
        }
    }

    private static Content assemble(Batch<SiteSettings> site, Batch<Department> departments, Batch<Project> projects,
            Batch<DepartmentBudget> budgets, Batch<ClassificationCatalogue> catalogues, Batch<DisclosureRules> rules,
            ProblemCollector problems) {
        SiteSettings settings = site.collect(problems, new TreeSet<>()).stream().findFirst()
                .orElse(SiteSettings.DEFAULT);
        Set<String> incompleteDepartments = new TreeSet<>();
        Set<String> incompleteBudgets = new TreeSet<>();
        Set<String> incompleteCatalogues = new TreeSet<>();
        List<Department> departmentList = departments.collect(problems, incompleteDepartments);
        List<Project> projectList = projects.collect(problems, new TreeSet<>());
        List<DepartmentBudget> budgetList = budgets.collect(problems, incompleteBudgets);
        List<ClassificationCatalogue> catalogueList = catalogues.collect(problems, incompleteCatalogues);
        List<DisclosureRules> rulesList = rules.collect(problems, new TreeSet<>());
        return new Content(settings, departmentList, projectList, budgetList, catalogueList, rulesList,
                new IncompleteFiles(incompleteDepartments, incompleteBudgets, incompleteCatalogues));
    }

    /**
     * Loads content that is not on the file system, such as the content directory at a git
     * revision: the same readers, the same order and the same messages, with file names as the
     * snapshot names them (for a revision, {@code rev:content/projects/a.yaml}).
     */
    public Content load(ContentSnapshot snapshot, ProblemCollector problems) {
        StringPool strings = new StringPool();
        try (InOrderFileReads reads = InOrderFileReads.open(threads)) {
            Batch<SiteSettings> site = startSources(reads, new ProblemCollector(), sources(snapshot, "site.yaml", true),
                    strings, null, (file, root, pool, collector) -> SiteSettingsReader.read(root, pool, collector));
            Batch<Department> departments = startSources(reads, new ProblemCollector(), sources(snapshot, "departments/", false), strings, null, DepartmentReader::read);
            Batch<Project> projects = startSources(reads, new ProblemCollector(), sources(snapshot, "projects/", false),
                    strings, null, ProjectReader::read);
            Batch<DepartmentBudget> budgets = startSources(reads, new ProblemCollector(), sources(snapshot, "budgets/", false), strings, null, BudgetReader::read);
            Batch<ClassificationCatalogue> catalogues = startSources(reads, new ProblemCollector(), sources(snapshot, "catalogues/", false), strings, null, CatalogueReader::read);
            Batch<DisclosureRules> rules = startSources(reads, new ProblemCollector(),
                    sources(snapshot, "rules/", false), strings, null, RulesReader::read);
            return assemble(site, departments, projects, budgets, catalogues, rules, problems);
        }
    }

    /** Reads what one kind of file holds: from a file's display name, its tree, the load's strings and the collector. */
    @FunctionalInterface
    private interface FileReader<T> {
        Optional<T> read(String file, YamlNode root, StringPool strings, ProblemCollector problems);
    }

    /** What reading one file gave: its value, if any, and its problems. */
    private record FileResult<T>(String file, Optional<T> value, ProblemCollector problems) {
    }

    /** The files of one kind being read, with the problems of listing them. */
    private record Batch<T>(ProblemCollector listing, List<Future<FileResult<T>>> files) {

        /**
         * Adds the problems of this batch to {@code problems} in path order, the files that gave an
         * error to {@code incomplete}; returns the values read.
         */
        List<T> collect(ProblemCollector problems, Set<String> incomplete) {
            // Every reader of the problems sees them sorted, and sorting is stable: adding each
            // file's problems sorted gives the same list as adding them as they were found.
            listing.sorted().forEach(problems::add);
            List<T> values = new ArrayList<>();
            for (Future<FileResult<T>> read : files) {
                FileResult<T> result = InOrderFileReads.result(read);
                result.problems().sorted().forEach(problems::add);
                if (result.problems().hasErrors()) {
                    incomplete.add(result.file());
                }
                result.value().ifPresent(values::add);
            }
            return values;
        }
    }

    /** Starts reading every YAML file below {@code directory}, in path order, with {@code reader}. */
    private <T> Batch<T> start(InOrderFileReads reads, Path directory, Path displayBase, StringPool strings,
            LoadCache cache, FileReader<T> reader) {
        ProblemCollector listing = new ProblemCollector();
        LoadCache.Listing known = cache == null ? null : cache.listing(directory);
        List<Path> paths;
        if (known != null) {
            paths = known.paths();
            known.problems().forEach(listing::add);
        } else {
            paths = ContentFiles.yamlFiles(directory, displayBase, listing);
            if (cache != null) {
                cache.storeListing(directory, paths, listing.sorted());
            }
        }
        return start(reads, listing, paths, displayBase, strings, cache, reader);
    }

    private <T> Batch<T> start(InOrderFileReads reads, ProblemCollector listing, List<Path> paths, Path displayBase,
            StringPool strings, LoadCache cache, FileReader<T> reader) {
        List<SourceFile> files = new ArrayList<>(paths.size());
        for (Path path : paths) {
            files.add(new SourceFile(cache == null ? display(displayBase, path) : cache.display(displayBase, path),
                    path, null));
        }
        return startSources(reads, listing, files, strings, cache, reader);
    }

    private <T> Batch<T> startSources(InOrderFileReads reads, ProblemCollector listing, List<SourceFile> sources,
            StringPool strings, LoadCache cache, FileReader<T> reader) {
        List<Future<FileResult<T>>> files = new ArrayList<>(sources.size());
        for (SourceFile source : sources) {
            boolean cached = cache != null && source.path() != null;
            FileResult<T> reused = cached ? cache.reuseUnhinted(source.path()) : null;
            if (reused != null) {
                files.add(CompletableFuture.completedFuture(reused));
                continue;
            }
            var stamp = cached ? LoadCache.stamp(source.path()) : null;
            reused = cached ? cache.reuse(source.path(), stamp) : null;
            if (reused != null) {
                files.add(CompletableFuture.completedFuture(reused));
                continue;
            }
            files.add(reads.submit(() -> {
                ProblemCollector problems = new ProblemCollector();
                byte[] bytes = readBytes(source, problems);
                Optional<T> value = (bytes == null ? Optional.<YamlNode>empty()
                        : trees.read(yaml, source.file(), bytes, strings, problems))
                        .flatMap(root -> reader.read(source.file(), root, strings, problems));
                FileResult<T> result = new FileResult<>(source.file(), value, problems);
                if (cached) {
                    cache.store(source.path(), source.file(), stamp, bytes, result);
                }
                return result;
            }));
        }
        return new Batch<>(listing, files);
    }

    /**
     * The file's bytes, or null (with the problem reported) when it cannot be read or is larger
     * than the limit. A file's size is checked before anything is read, and no more than one byte
     * past the limit is ever read (the file may grow meanwhile): a huge file costs no memory.
     */
    private byte[] readBytes(SourceFile source, ProblemCollector problems) {
        try {
            long size = source.path() == null ? source.bytes().read().length : Files.size(source.path());
            byte[] bytes = size > maxFileBytes ? null
                    : source.path() == null ? source.bytes().read() : readAtMost(source.path(), maxFileBytes + 1);
            if (bytes == null || bytes.length > maxFileBytes) {
                problems.error(ProblemCodes.YAML, SourcePosition.startOf(source.file()), "", "",
                        YamlTreeReader.tooLarge(maxFileBytes, bytes == null ? size : bytes.length));
                return null;
            }
            return bytes;
        } catch (IOException e) {
            problems.error(ProblemCodes.YAML, SourcePosition.startOf(source.file()), "", "",
                    "无法读取文件：" + e.getMessage());
            return null;
        }
    }

    /** The YAML files of a snapshot at {@code name} (exactly) or below it, in path order. */
    private static List<SourceFile> sources(ContentSnapshot snapshot, String name, boolean exact) {
        List<SourceFile> files = new ArrayList<>();
        snapshot.files().forEach((path, bytes) -> {
            boolean wanted = exact ? path.equals(name)
                    : path.startsWith(name) && (path.endsWith(".yaml") || path.endsWith(".yml"));
            if (wanted) {
                files.add(new SourceFile(snapshot.display(path), null, () -> bytes));
            }
        });
        return files;
    }

    /**
     * One file to read: its name in messages, and either its path on the file system or (for a
     * snapshot) how to get its bytes.
     */
    private record SourceFile(String file, Path path, Bytes bytes) {
    }

    /** Reads a snapshot file's bytes. */
    @FunctionalInterface
    private interface Bytes {
        byte[] read() throws IOException;
    }

    private static byte[] readAtMost(Path path, long bytes) throws IOException {
        try (java.io.InputStream in = Files.newInputStream(path)) {
            return in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, bytes));
        }
    }

    /** A path as editors see it in messages: relative to the display base, with forward slashes. */
    public static String display(Path displayBase, Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path base = displayBase.toAbsolutePath().normalize();
        Path shown = absolute.startsWith(base) ? base.relativize(absolute) : absolute;
        return shown.toString().replace('\\', '/');
    }
}
