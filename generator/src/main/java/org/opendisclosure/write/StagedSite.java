package org.opendisclosure.write;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The write stage: a new site is built in a staging directory of its own beside the output, and
 * replaces the output only when everything has been written. Until {@link #publish()} the
 * previous site is untouched; {@link #close()} without publishing deletes the staging directory.
 *
 * <p><b>The swap</b> is two renames within the output's parent directory: the old site moves
 * aside, the new one moves into place, then the old one is deleted (by {@link #close()}). On Linux and macOS each
 * rename is one {@code rename(2)}, atomic; between the two there is a moment, usually some
 * microseconds, in which the output path does not exist: a web server then answers "not found",
 * never with a mix of old and new pages (a reader who loaded a page of the old site may get
 * files of the new one on the next request; no file-system swap avoids that). Nothing is copied
 * over the old site, so a server reading an old file while the swap happens reads it to its end.
 * On Windows a rename of a directory fails while a program holds one of its files open without
 * allowing deletion (some servers, virus scanners): then the swap fails, the old site stays or is
 * moved back, and the build reports the error. If the second rename fails, the old site is moved
 * back. A build killed between the two renames leaves the old site aside; the next build puts it
 * back before anything else (see below), so the output is missing only until then.
 *
 * <p><b>Several builds</b> may write the same output at the same time (in one JVM or in several):
 * each has its own staging directory ({@code .site.staging-<pid>-<random>}, see {@link RunNames})
 * and holds a {@link RunLock} while it runs. Swaps need no lock: a build whose new site cannot
 * move into place because another build's site just arrived there moves that one aside and tries
 * again, so the output is always one whole site, the last published. Each build starts by removing
 * what dead builds left ({@link StaleRuns}); the entries of live builds, whatever their age, are
 * never touched.
 */
public final class StagedSite implements AutoCloseable {

    /** Swaps lost to other builds publishing at the same moment before giving up. */
    private static final int SWAP_ATTEMPTS = 16;

    private final Path output;
    private final RunNames names;
    private final RunLock lock;
    private boolean published;

    private StagedSite(Path output, RunNames names, RunLock lock) {
        this.output = output;
        this.names = names;
        this.lock = lock;
    }

    /**
     * Prepares an empty staging directory beside {@code output}, after removing what dead builds
     * left there.
     */
    public static StagedSite beside(Path output) throws IOException {
        Path absolute = output.toAbsolutePath().normalize();
        Files.createDirectories(absolute.getParent());
        StaleRuns.sweep(absolute);
        while (true) {
            RunNames names = RunNames.fresh(absolute);
            Optional<RunLock> lock = RunLock.create(names.lock());
            if (lock.isPresent()) {
                try {
                    Files.createDirectory(names.staging());
                } catch (IOException | RuntimeException e) {
                    lock.get().close();
                    throw e;
                }
                return new StagedSite(absolute, names, lock.get());
            }
        }
    }

    /** Writes one file of the new site; {@code relativePath} is built from validated ids only. */
    public void write(String relativePath, byte[] bytes) throws IOException {
        Path staging = names.staging();
        Path target = staging.resolve(relativePath).normalize();
        if (!target.startsWith(staging) || target.equals(staging)) {
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
        for (int attempt = 1; !published; attempt++) {
            boolean movedAside = moveOutputAside();
            try {
                Files.move(names.staging(), output, StandardCopyOption.ATOMIC_MOVE);
                published = true;
            } catch (IOException e) {
                boolean anotherSiteArrived = Files.exists(output, LinkOption.NOFOLLOW_LINKS);
                if (movedAside) {
                    putBack(e);
                }
                if (!anotherSiteArrived || attempt == SWAP_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    /** Moves the output aside; false when there is none (or another build moved it first). */
    private boolean moveOutputAside() throws IOException {
        if (!Files.exists(output, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        try {
            Files.move(output, names.previous(), StandardCopyOption.ATOMIC_MOVE);
            return true;
        } catch (NoSuchFileException e) {
            return false;
        }
    }

    /**
     * After a failed second rename: the old site goes back, unless another build's site took its
     * place, which is newer.
     */
    private void putBack(IOException failure) {
        try {
            if (!Files.exists(output, LinkOption.NOFOLLOW_LINKS)) {
                Files.move(names.previous(), output, StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (FileSystemException e) {
            if (!Files.exists(output, LinkOption.NOFOLLOW_LINKS)) {
                failure.addSuppressed(e);
                return;
            }
        } catch (IOException e) {
            failure.addSuppressed(e);
            return;
        }
        try {
            deleteRecursively(names.previous());
        } catch (IOException e) {
            failure.addSuppressed(e);
        }
    }

    /**
     * Deletes the staging directory unless it was published, and the old site once a site is in
     * place, then gives up the lock. What cannot be deleted now (on Windows, a file another program
     * holds open) stays for a later build to remove ({@link StaleRuns}): tidying up never turns a
     * published site into a failed build.
     */
    @Override
    public void close() {
        try (lock) {
            if (!published) {
                deleteIfPossible(names.staging());
            }
            if (Files.exists(output, LinkOption.NOFOLLOW_LINKS)) {
                deleteIfPossible(names.previous());
            }
        } catch (IOException e) {
            // The lock file stays; the operating system releases the lock when this process ends.
        }
    }

    private static void deleteIfPossible(Path path) {
        try {
            deleteRecursively(path);
        } catch (IOException e) {
            // Left for a later build.
        }
    }

    /** Deletes a tree; files that vanish meanwhile (another build cleaning up) are no error. */
    static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Files.walkFileTree(path, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.deleteIfExists(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException exc) throws IOException {
                if (exc instanceof NoSuchFileException) {
                    return FileVisitResult.CONTINUE;
                }
                throw exc;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                if (exc != null && !(exc instanceof NoSuchFileException)) {
                    throw exc;
                }
                Files.deleteIfExists(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
