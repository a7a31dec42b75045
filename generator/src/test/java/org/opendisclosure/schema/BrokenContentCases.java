package org.opendisclosure.schema;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.opendisclosure.FixtureSite;
import org.opendisclosure.SiteGenerator;
import org.opendisclosure.content.ContentLimits;
import org.opendisclosure.problem.Problem;

/**
 * Cases of broken content: a folder with overlay files under {@code content/} and
 * {@code expected.txt}, the loader's messages over a valid base site with the overlay laid on
 * it, one per line. Two corpora share the layout: {@code broken/} (with its base site in
 * {@code broken/_base/}) and {@code schema-cases/}, laid over the bundled content.
 */
final class BrokenContentCases {

    static final Path RESOURCES = FixtureSite.repositoryRoot().resolve("generator/src/test/resources");
    static final Path BROKEN = RESOURCES.resolve("broken");
    static final Path SCHEMA_CASES = RESOURCES.resolve("schema-cases");

    /** {@code content/projects/2019/x.yaml:12:3: error: key.path（标签）: message [code]}. */
    private static final Pattern ERROR_LINE = Pattern.compile("^(.+?):(\\d+):(\\d+): error: (.*) \\[([a-z0-9-]+)]$");
    /** The key path at the start of a message: letters, digits, _ . [ ] -, then （label） or ": ". */
    private static final Pattern KEY_PATH = Pattern.compile("^([A-Za-z0-9_.\\[\\]-]+)(?:（|: )");

    /** One error line of an {@code expected.txt}. */
    record ErrorLine(String file, String keyPath, String code, String text) {
    }

    /** One case folder. */
    record Case(Path directory) {

        String name() {
            return directory.getParent().getFileName() + "/" + directory.getFileName();
        }

        List<ErrorLine> errorLines() {
            List<ErrorLine> lines = new ArrayList<>();
            for (String line : read(directory.resolve("expected.txt"))) {
                Matcher m = ERROR_LINE.matcher(line);
                if (m.matches()) {
                    Matcher key = KEY_PATH.matcher(m.group(4));
                    lines.add(new ErrorLine(m.group(1), key.find() ? key.group(1) : "", m.group(5), line));
                }
            }
            return lines;
        }

        /** The file a message names: the case's own, or else the base site's. */
        Path file(String repositoryPath) {
            Path own = directory.resolve(repositoryPath);
            return Files.isRegularFile(own) ? own : baseRoot().resolve(repositoryPath);
        }

        /** The case's files, relative to the case folder ({@code content/...}). */
        List<String> overlayFiles() {
            try (Stream<Path> walk = Files.walk(directory.resolve("content"))) {
                return walk.filter(Files::isRegularFile).sorted()
                        .map(p -> directory.relativize(p).toString().replace('\\', '/')).toList();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private BrokenContentCases() {
    }

    /** Every case of both corpora, by name; folders starting with “_” (the base) are not cases. */
    static List<Case> all() {
        List<Case> cases = new ArrayList<>();
        for (Path corpus : List.of(BROKEN, SCHEMA_CASES)) {
            if (!Files.isDirectory(corpus)) {
                continue;
            }
            try (Stream<Path> folders = Files.list(corpus)) {
                folders.filter(Files::isDirectory).filter(d -> !d.getFileName().toString().startsWith("_"))
                        .filter(d -> Files.isRegularFile(d.resolve("expected.txt"))).sorted()
                        .forEach(d -> cases.add(new Case(d)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return cases;
    }

    /**
     * The folder that holds the base site's {@code content/}: {@code broken/_base} when the
     * corpus has one, otherwise the repository with its bundled content.
     */
    static Path baseRoot() {
        Path base = BROKEN.resolve("_base");
        return Files.isDirectory(base.resolve("content")) ? base : FixtureSite.repositoryRoot();
    }

    /**
     * The messages the loader and the checks print for {@code overlay} laid over the content
     * below {@code baseRoot}: errors and warnings, as {@code expected.txt} holds them.
     */
    static List<String> messages(Case overlay, Path baseRoot, Path workDirectory) throws IOException {
        Path content = workDirectory.resolve("content");
        FixtureSite.copyTree(baseRoot.resolve("content"), content);
        for (String file : overlay.overlayFiles()) {
            Files.createDirectories(workDirectory.resolve(file).getParent());
            Files.copy(overlay.directory().resolve(file), workDirectory.resolve(file),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        return new SiteGenerator().check(content, workDirectory, ContentLimits.DEFAULT).report().problems().stream()
                .filter(p -> !p.severity().label().equals("note")).map(Problem::format).toList();
    }

    static Optional<String> projectForm(Path file) {
        try {
            String form = ContentSchemas.yamlAsJson(Files.readString(file)).path("form").asText();
            return form.isEmpty() ? Optional.empty() : Optional.of(form);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> read(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
