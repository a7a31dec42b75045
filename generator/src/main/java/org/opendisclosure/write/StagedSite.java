package org.opendisclosure.write;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.stream.Stream;

/**
 * The write stage: a new site is built in a staging directory beside the output and replaces
 * the output only when everything has been written. Until {@link #publish()} the previous site
 * is untouched; {@link #close()} without publishing deletes the staging directory.
 *
 * <p>The swap is two renames within the same parent directory: the old site moves aside, the new
 * one moves into place, then the old one is deleted. Each rename is atomic on POSIX file
 * systems; between the two there is a moment in which the output path does not exist (a reader
 * then gets "not found", never a mix of old and new pages). If the second rename fails, the old
 * site is moved back.
 */
public final class StagedSite implements AutoCloseable {

    private final Path output;
    private final Path staging;
    private final Path previous;
    private boolean published;

    private StagedSite(Path output, Path staging, Path previous) {
        this.output = output;
        this.staging = staging;
        this.previous = previous;
    }

    /** Prepares an empty staging directory beside {@code output} (removing one a killed build left). */
    public static StagedSite beside(Path output) throws IOException {
        Path absolute = output.toAbsolutePath().normalize();
        Path parent = absolute.getParent();
        Files.createDirectories(parent);
        String name = absolute.getFileName().toString();
        Path staging = parent.resolve("." + name + ".staging");
        Path previous = parent.resolve("." + name + ".previous");
        deleteRecursively(staging);
        deleteRecursively(previous);
        Files.createDirectories(staging);
        return new StagedSite(absolute, staging, previous);
    }

    /** Writes one file of the new site; {@code relativePath} is built from validated ids only. */
    public void write(String relativePath, byte[] bytes) throws IOException {
        Path target = staging.resolve(relativePath).normalize();
        if (!target.startsWith(staging)) {
            throw new IOException("refusing to write outside the site: " + relativePath);
        }
        Files.createDirectories(target.getParent());
        Files.write(target, bytes);
    }

    /** Copies a directory of static files (trusted, from the template directory) into the site. */
    public void copyTree(Path source, String relativeTarget) throws IOException {
        if (!Files.isDirectory(source)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(source)) {
            for (Path file : walk.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)).sorted().toList()) {
                String relative = source.relativize(file).toString().replace('\\', '/');
                write(relativeTarget + "/" + relative, Files.readAllBytes(file));
            }
        }
    }

    /** Puts the new site in place of the old one. */
    public void publish() throws IOException {
        boolean hadOutput = Files.exists(output, LinkOption.NOFOLLOW_LINKS);
        if (hadOutput) {
            Files.move(output, previous, StandardCopyOption.ATOMIC_MOVE);
        }
        try {
            Files.move(staging, output, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            if (hadOutput) {
                Files.move(previous, output, StandardCopyOption.ATOMIC_MOVE);
            }
            throw e;
        }
        published = true;
        deleteRecursively(previous);
    }

    @Override
    public void close() throws IOException {
        if (!published) {
            deleteRecursively(staging);
        }
    }

    static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Files.walkFileTree(path, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                if (exc != null) {
                    throw new UncheckedIOException(exc);
                }
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
