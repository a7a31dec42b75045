package org.opendisclosure.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import org.opendisclosure.model.ClassificationCatalogue;
import org.opendisclosure.model.Content;
import org.opendisclosure.model.DepartmentBudget;
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
 * {@code budgets/**.yaml} and {@code catalogues/**.yaml} on several threads, each file parsed
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
    private final int threads;

    /** A loader that reads on as many threads as there are processors. */
    public ContentLoader(ContentLimits limits) {
        this(limits, Runtime.getRuntime().availableProcessors());
    }

    /** A loader that reads on {@code threads} threads, created for each load and ended with it. */
    public ContentLoader(ContentLimits limits, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
        this.yaml = new YamlTreeReader(limits);
        this.threads = threads;
    }

    /**
     * @param contentDirectory the {@code content/} directory
     * @param displayBase      file names in messages are relative to this directory
     * @param problems         receives every problem found
     */
    public Content load(Path contentDirectory, Path displayBase, ProblemCollector problems) {
        if (!Files.isDirectory(contentDirectory)) {
            problems.error(ProblemCodes.YAML, SourcePosition.startOf(display(displayBase, contentDirectory)), "", "",
                    "内容目录不存在：" + contentDirectory);
            return new Content(SiteSettings.DEFAULT, List.of(), List.of(), List.of(), List.of(), IncompleteFiles.NONE);
        }
        Path siteFile = contentDirectory.resolve("site.yaml");
        List<Path> siteFiles = Files.isRegularFile(siteFile, LinkOption.NOFOLLOW_LINKS) ? List.of(siteFile) : List.of();
        StringPool strings = new StringPool();
        try (InOrderFileReads reads = InOrderFileReads.open(threads)) {
            Batch<SiteSettings> site = start(reads, new ProblemCollector(), siteFiles, displayBase, strings,
                    (file, root, pool, collector) -> SiteSettingsReader.read(root, pool, collector));
            Batch<Department> departments = start(reads, contentDirectory.resolve("departments"), displayBase,
                    strings, DepartmentReader::read);
            Batch<Project> projects = start(reads, contentDirectory.resolve("projects"), displayBase, strings,
                    ProjectReader::read);
            Batch<DepartmentBudget> budgets = start(reads, contentDirectory.resolve("budgets"), displayBase, strings,
                    BudgetReader::read);
            Batch<ClassificationCatalogue> catalogues = start(reads, contentDirectory.resolve("catalogues"),
                    displayBase, strings, CatalogueReader::read);

            return assemble(site, departments, projects, budgets, catalogues, problems);
        }
    }

    private static Content assemble(Batch<SiteSettings> site, Batch<Department> departments, Batch<Project> projects,
            Batch<DepartmentBudget> budgets, Batch<ClassificationCatalogue> catalogues, ProblemCollector problems) {
        SiteSettings settings = site.collect(problems, new TreeSet<>()).stream().findFirst()
                .orElse(SiteSettings.DEFAULT);
        Set<String> incompleteDepartments = new TreeSet<>();
        Set<String> incompleteBudgets = new TreeSet<>();
        Set<String> incompleteCatalogues = new TreeSet<>();
        List<Department> departmentList = departments.collect(problems, incompleteDepartments);
        List<Project> projectList = projects.collect(problems, new TreeSet<>());
        List<DepartmentBudget> budgetList = budgets.collect(problems, incompleteBudgets);
        List<ClassificationCatalogue> catalogueList = catalogues.collect(problems, incompleteCatalogues);
        return new Content(settings, departmentList, projectList, budgetList, catalogueList,
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
                    strings, (file, root, pool, collector) -> SiteSettingsReader.read(root, pool, collector));
            Batch<Department> departments = startSources(reads, new ProblemCollector(), sources(snapshot, "departments/", false), strings, DepartmentReader::read);
            Batch<Project> projects = startSources(reads, new ProblemCollector(), sources(snapshot, "projects/", false),
                    strings, ProjectReader::read);
            Batch<DepartmentBudget> budgets = startSources(reads, new ProblemCollector(), sources(snapshot, "budgets/", false), strings, BudgetReader::read);
            Batch<ClassificationCatalogue> catalogues = startSources(reads, new ProblemCollector(), sources(snapshot, "catalogues/", false), strings, CatalogueReader::read);
            return assemble(site, departments, projects, budgets, catalogues, problems);
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
            FileReader<T> reader) {
        ProblemCollector listing = new ProblemCollector();
        return start(reads, listing, yamlFiles(directory, displayBase, listing), displayBase, strings, reader);
    }

    private <T> Batch<T> start(InOrderFileReads reads, ProblemCollector listing, List<Path> paths, Path displayBase,
            StringPool strings, FileReader<T> reader) {
        List<SourceFile> files = new ArrayList<>(paths.size());
        for (Path path : paths) {
            files.add(new SourceFile(display(displayBase, path), () -> Files.readAllBytes(path)));
        }
        return startSources(reads, listing, files, strings, reader);
    }

    private <T> Batch<T> startSources(InOrderFileReads reads, ProblemCollector listing, List<SourceFile> sources,
            StringPool strings, FileReader<T> reader) {
        List<Future<FileResult<T>>> files = new ArrayList<>(sources.size());
        for (SourceFile source : sources) {
            files.add(reads.submit(() -> {
                ProblemCollector problems = new ProblemCollector();
                Optional<T> value = readTree(source, strings, problems)
                        .flatMap(root -> reader.read(source.file(), root, strings, problems));
                return new FileResult<>(source.file(), value, problems);
            }));
        }
        return new Batch<>(listing, files);
    }

    /** The YAML files of a snapshot at {@code name} (exactly) or below it, in path order. */
    private static List<SourceFile> sources(ContentSnapshot snapshot, String name, boolean exact) {
        List<SourceFile> files = new ArrayList<>();
        snapshot.files().forEach((path, bytes) -> {
            boolean wanted = exact ? path.equals(name)
                    : path.startsWith(name) && (path.endsWith(".yaml") || path.endsWith(".yml"));
            if (wanted) {
                files.add(new SourceFile(snapshot.display(path), () -> bytes));
            }
        });
        return files;
    }

    /** One file to read: its name in messages, and how to get its bytes. */
    private record SourceFile(String file, Bytes bytes) {
    }

    /** Reads a file's bytes, from the file system or from a snapshot. */
    @FunctionalInterface
    private interface Bytes {
        byte[] read() throws IOException;
    }

    private Optional<YamlNode> readTree(SourceFile source, StringPool strings, ProblemCollector problems) {
        try {
            return yaml.read(source.file(), source.bytes().read(), strings, problems);
        } catch (IOException e) {
            problems.error(ProblemCodes.YAML, SourcePosition.startOf(source.file()), "", "",
                    "无法读取文件：" + e.getMessage());
            return Optional.empty();
        }
    }

    /** The YAML files below {@code directory}, sorted by path so the order never depends on the file system. */
    private static List<Path> yamlFiles(Path directory, Path displayBase, ProblemCollector problems) {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(directory)) {
            // The sort key is made once per file: relativising paths inside the comparator did it
            // twice per comparison, which showed at city scale.
            TreeMap<String, Path> files = new TreeMap<>();
            walk.filter(p -> {
                String name = p.getFileName().toString();
                return (name.endsWith(".yaml") || name.endsWith(".yml"))
                        && Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS);
            }).forEach(p -> files.put(directory.relativize(p).toString().replace('\\', '/'), p));
            return List.copyOf(files.values());
        } catch (IOException e) {
            problems.error(ProblemCodes.YAML, SourcePosition.startOf(display(displayBase, directory)), "", "",
                    "无法列出目录：" + e.getMessage());
            return List.of();
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
