package org.opendisclosure.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
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
 * The loading stage: reads every content file of a content directory, in a fixed order, into the
 * model. Reads {@code site.yaml}, {@code departments/**.yaml}, {@code projects/**.yaml},
 * {@code budgets/**.yaml} and {@code catalogues/**.yaml};
 * reports every problem it finds and goes on with the next file. Thread-safe; holds no state
 * between calls.
 *
 * <pre>{@code
 * ProblemCollector problems = new ProblemCollector();
 * Content content = new ContentLoader(ContentLimits.DEFAULT).load(contentDir, repositoryRoot, problems);
 * }</pre>
 */
public final class ContentLoader {

    private final YamlTreeReader yaml;

    public ContentLoader(ContentLimits limits) {
        this.yaml = new YamlTreeReader(limits);
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
        SiteSettings settings = SiteSettings.DEFAULT;
        Path siteFile = contentDirectory.resolve("site.yaml");
        if (Files.isRegularFile(siteFile, LinkOption.NOFOLLOW_LINKS)) {
            String file = display(displayBase, siteFile);
            settings = readTree(siteFile, file, problems)
                    .flatMap(root -> SiteSettingsReader.read(root, problems)).orElse(SiteSettings.DEFAULT);
        }
        Set<String> incompleteDepartments = new TreeSet<>();
        Set<String> incompleteBudgets = new TreeSet<>();
        Set<String> incompleteCatalogues = new TreeSet<>();
        List<Department> departments = readAll(contentDirectory.resolve("departments"), displayBase, problems,
                DepartmentReader::read, incompleteDepartments);
        List<Project> projects = readAll(contentDirectory.resolve("projects"), displayBase, problems,
                ProjectReader::read, new TreeSet<>());
        List<DepartmentBudget> budgets = readAll(contentDirectory.resolve("budgets"), displayBase, problems,
                BudgetReader::read, incompleteBudgets);
        List<ClassificationCatalogue> catalogues = readAll(contentDirectory.resolve("catalogues"), displayBase,
                problems, CatalogueReader::read, incompleteCatalogues);
        return new Content(settings, departments, projects, budgets, catalogues,
                new IncompleteFiles(incompleteDepartments, incompleteBudgets, incompleteCatalogues));
    }

    /** Reads what one kind of file holds: from a file's display name, its tree and the collector. */
    @FunctionalInterface
    private interface FileReader<T> {
        Optional<T> read(String file, YamlNode root, ProblemCollector problems);
    }

    /**
     * Reads every YAML file below {@code directory}, in path order, with {@code reader}; adds the
     * files that gave an error to {@code incomplete}.
     */
    private <T> List<T> readAll(Path directory, Path displayBase, ProblemCollector problems, FileReader<T> reader,
            Set<String> incomplete) {
        List<T> result = new ArrayList<>();
        for (Path path : yamlFiles(directory, displayBase, problems)) {
            String file = display(displayBase, path);
            long errorsBefore = problems.errorCount();
            readTree(path, file, problems).flatMap(root -> reader.read(file, root, problems)).ifPresent(result::add);
            if (problems.errorCount() > errorsBefore) {
                incomplete.add(file);
            }
        }
        return result;
    }

    private Optional<YamlNode> readTree(Path path, String file, ProblemCollector problems) {
        try {
            return yaml.read(file, Files.readAllBytes(path), problems);
        } catch (IOException e) {
            problems.error(ProblemCodes.YAML, SourcePosition.startOf(file), "", "", "无法读取文件：" + e.getMessage());
            return Optional.empty();
        }
    }

    /** The YAML files below {@code directory}, sorted by path so the order never depends on the file system. */
    private static List<Path> yamlFiles(Path directory, Path displayBase, ProblemCollector problems) {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(directory)) {
            List<Path> files = walk
                    .filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
                    .filter(p -> {
                        String name = p.getFileName().toString();
                        return name.endsWith(".yaml") || name.endsWith(".yml");
                    })
                    .sorted(Comparator.comparing(p -> directory.relativize(p).toString().replace('\\', '/')))
                    .toList();
            return files;
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
