package org.opendisclosure.write;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;

import org.opendisclosure.io.FileContent;

/**
 * The write stage: a new site is built in a staging directory of its own beside the output, and
 * replaces the output only when everything has been written. Until {@link #publish()} the
 * previous site is untouched; {@link #close()} without publishing discards the staging directory.
 *
 * <pre>{@code
 * StagedSite site = StagedSite.beside(Path.of("target/site"));
 * try (site) {
 *     site.write("index.html", bytes);   // from any number of threads at once
 *     site.publish();
 * }
 * // The build is done; the old site is being deleted in the background.
 * site.awaitCleanup(Duration.ofMinutes(1)); // only where that matters: tests, a server's shutdown
 * }</pre>
 *
 * <p><b>Writing</b> is safe from many threads at once and holds no lock while a file is written;
 * each directory is created once per build. {@link #filesWritten()} and {@link #bytesWritten()}
 * count what was written, for the build summary. Every write must have returned before
 * {@link #publish()}.
 *
 * <p><b>The swap</b> is two renames within the output's parent directory: the old site moves
 * aside, the new one moves into place. On Linux and macOS each rename is one {@code rename(2)},
 * atomic; between the two there is a moment, usually some microseconds, in which the output path
 * does not exist: a web server then answers "not found", never with a mix of old and new pages (a
 * reader who loaded a page of the old site may get files of the new one on the next request; no
 * file-system swap avoids that). Nothing is copied over the old site, so a server reading an old
 * file while the swap happens reads it to its end. On Windows a rename of a directory fails while a
 * program holds one of its files open without allowing deletion (some servers, virus scanners):
 * then the swap fails, the old site stays or is moved back, and the build reports the error. If the
 * second rename fails, the old site is moved back. A build killed between the two renames leaves
 * the old site aside; the next build puts it back before anything else (see below), so the output
 * is missing only until then.
 *
 * <p><b>Nobody waits for deletion.</b> Deleting a city's site (some 50,000 files) takes seconds,
 * so {@link #publish()} returns as soon as the new site is in place: a third rename moves the old
 * site into the build's garbage directory ({@code .site.garbage-<pid>-<random>}), and a daemon
 * thread of this build deletes it from there. Likewise {@link #close()} without publishing moves
 * the staging directory there, and what dead builds left is moved there when a build starts. No
 * directory is ever deleted except under a garbage name, so a deletion cut short (the JVM ends: Maven exits
 * without waiting for daemon threads) leaves nothing that could pass for a site, only garbage that
 * the next build removes, again in the background. Between two Maven builds the old site may
 * therefore remain beside the output, under that name, until the next build. {@link #awaitCleanup}
 * waits for this build's deletion.
 *
 * <p><b>Several builds</b> may write the same output at the same time (in one JVM or in several):
 * each has its own staging directory ({@code .site.staging-<pid>-<random>}, see {@link RunNames})
 * and holds a {@link RunLock} from its start until its garbage is deleted. Swaps need no lock: a
 * build whose new site cannot move into place because another build's site just arrived there
 * moves that one aside and tries again, so the output is always one whole site, the last
 * published. Each build starts by moving what dead builds left into its garbage
 * ({@link StaleRuns}); the entries of live builds, whatever their age, are never touched, and that
 * includes a finished build's garbage while its thread still deletes it.
 */
public final class StagedSite implements AutoCloseable, FileSink {

    /** Swaps lost to other builds publishing at the same moment before giving up. */
    private static final int SWAP_ATTEMPTS = 16;

    private final Path output;
    private final RunNames names;
    private final RunLock lock;
    private final Garbage garbage;
    /**
     * Directories of the staging tree known to exist: most pages go into a directory that an
     * earlier page already needed, and a set lookup is much cheaper than asking the file system.
     */
    private final Set<Path> createdDirectories = ConcurrentHashMap.newKeySet();
    private final LongAdder bytesWritten = new LongAdder();
    private final LongAdder filesWritten = new LongAdder();
    private final LongAdder filesKept = new LongAdder();
    /** Volatile so that a write from a worker thread sees a publication or close at once. */
    private volatile boolean published;
    private volatile boolean closed;

    private StagedSite(Path output, RunNames names, RunLock lock, Garbage garbage) {
        this.output = output;
        this.names = names;
        this.lock = lock;
        this.garbage = garbage;
    }

    /**
     * Prepares an empty staging directory beside {@code output}, after moving what dead builds
     * left there into this build's garbage (deleted in the background).
     */
    public static StagedSite beside(Path output) throws IOException {
        return beside(output, Garbage::daemonThreads);
    }

    /**
     * As {@link #beside(Path)}, with the deleting thread made by {@code cleanupThreads}: tests hold
     * it back to show that nothing waits for it.
     */
    static StagedSite beside(Path output, Function<RunNames, ThreadFactory> cleanupThreads) throws IOException {
        Path absolute = output.toAbsolutePath().normalize();
        Files.createDirectories(absolute.getParent());
        while (true) {
            RunNames names = RunNames.fresh(absolute);
            Optional<RunLock> lock = RunLock.create(names.lock());
            if (lock.isPresent()) {
                // The lock first: the sweep moves what it removes into this build's garbage
                // directory, which must already be protected from other builds' sweeps.
                Garbage garbage = new Garbage(names, cleanupThreads.apply(names));
                try {
                    StaleRuns.sweep(absolute, garbage);
                    Files.createDirectory(names.staging());
                } catch (IOException | RuntimeException e) {
                    try {
                        garbage.finish(lock.get());
                    } catch (IOException suppressed) {
                        e.addSuppressed(suppressed);
                    }
                    throw e;
                }
                return new StagedSite(absolute, names, lock.get(), garbage);
            }
        }
    }

    /**
     * Writes one file of the new site; {@code relativePath} is built from validated ids only. Safe
     * to call from many threads at once (each with its own path).
     */
    @Override
    public void write(String relativePath, byte[] bytes) throws IOException {
        Files.write(target(relativePath), bytes);
        filesWritten.increment();
        bytesWritten.add(bytes.length);
    }

    /** Writes the bytes straight to the file, through a buffer: none of it is held whole. */
    @Override
    public void writeStreamed(String relativePath, FileContent content) throws IOException {
        Path target = target(relativePath);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(target), 1 << 16)) {
            content.writeTo(out);
        }
        filesWritten.increment();
        bytesWritten.add(Files.size(target));
    }

    /**
     * Puts a file of the previous site into the new one unchanged, as a second name (a hard link)
     * of the same file where the file system allows it, else as a copy that keeps its modification
     * time. Nothing ever writes into a file of a staged or published site, so the two names never
     * see different bytes; the old site's name goes when the old site is deleted.
     *
     * @param relativePath where the file goes in the new site, built from validated ids only
     * @param existing     the file of the previous site
     */
    public void keep(String relativePath, Path existing) throws IOException {
        Path target = target(relativePath);
        try {
            Files.createLink(target, existing);
        } catch (UnsupportedOperationException | FileSystemException noHardLinks) {
            // A file system without hard links (some network shares): a copy that keeps the file's
            // time, which the next build's record compares. A missing file fails here as well.
            Files.copy(existing, target, StandardCopyOption.COPY_ATTRIBUTES);
        }
        filesKept.increment();
    }

    /** The modification time of a file of the new site, once written or kept. */
    public long modified(String relativePath) throws IOException {
        return Files.getLastModifiedTime(names.staging().resolve(relativePath)).toMillis();
    }

    /** The path of a new file in the staging tree, its directory created: never outside the tree. */
    private Path target(String relativePath) throws IOException {
        if (published || closed) {
            throw new IllegalStateException("the site is already " + (published ? "published" : "closed")
                    + ": " + relativePath);
        }
        Path staging = names.staging();
        Path target = staging.resolve(relativePath).normalize();
        if (!target.startsWith(staging) || target.equals(staging)) {
            throw new IOException("refusing to write outside the site: " + relativePath);
        }
        Path parent = target.getParent();
        if (!parent.equals(staging) && !createdDirectories.contains(parent)) {
            // Threads racing on a new directory all call this; it tolerates directories that exist.
            Files.createDirectories(parent);
            for (Path made = parent; !made.equals(staging) && createdDirectories.add(made); made = made.getParent()) {
                // createDirectories made the ancestors too: remember them, up to the first known one.
            }
        }
        return target;
    }

    /** Files of the previous site kept by {@link #keep}, from all threads. */
    public int filesKept() {
        return filesKept.intValue();
    }

    /** The output directory this site is published to. */
    public Path output() {
        return output;
    }

    /** Files written so far by {@link #write} (and so {@link #copyTree}), from all threads. */
    public int filesWritten() {
        return filesWritten.intValue();
    }

    /** Bytes written so far by {@link #write} (and so {@link #copyTree}), from all threads. */
    public long bytesWritten() {
        return bytesWritten.sum();
    }

    /**
     * Puts the new site in place of the old one and returns at once: the old site is deleted in the
     * background.
     */
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
        discardIfPossible(names.previous());
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
            garbage.discard(names.previous());
        } catch (IOException e) {
            failure.addSuppressed(e);
        }
    }

    /**
     * Discards the staging directory unless it was published, and the old site if it is still
     * aside while a site is in place; the deletion and then the release of the lock happen in the
     * background (see {@link #awaitCleanup}). What cannot be moved now (on Windows, a file another
     * program holds open) stays for a later build to remove ({@link StaleRuns}): tidying up never
     * turns a published site into a failed build.
     */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (!published) {
            discardIfPossible(names.staging());
        }
        if (Files.exists(output, LinkOption.NOFOLLOW_LINKS)) {
            discardIfPossible(names.previous());
        }
        try {
            garbage.finish(lock);
        } catch (IOException e) {
            // The lock file stays; the operating system releases the lock when this process ends.
        }
    }

    /**
     * Waits, after {@link #close()}, until what this build discarded (the old site, a failed
     * build's staging, dead builds' leftovers) is deleted and its lock released. Builds never need
     * to; tests do, and a long-lived process that wants a tidy directory before it exits.
     *
     * @return false when that took longer than {@code timeout}; the deletion goes on
     * @throws IllegalStateException before {@link #close()}
     */
    public boolean awaitCleanup(Duration timeout) throws InterruptedException {
        return garbage.await(timeout);
    }

    private void discardIfPossible(Path tree) {
        try {
            garbage.discard(tree);
        } catch (IOException e) {
            // Left for a later build.
        }
    }
}
