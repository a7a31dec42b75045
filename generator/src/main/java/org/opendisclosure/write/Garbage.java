package org.opendisclosure.write;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;

/**
 * What one build no longer needs (the old site after the swap, its own staging directory after a
 * failure, what dead builds left), deleted on a background thread so that no build waits for it.
 *
 * <p>A tree is first moved, by one rename, into the build's garbage directory
 * ({@link RunNames#garbage()}); only then is it deleted. The rename is what makes the background
 * safe: a name under {@code .site.garbage-…} says "half-deleted, never to be published", so a
 * build killed in the middle of a deletion leaves nothing that a later build could mistake for a
 * site to put back, only garbage for the next sweep ({@link StaleRuns}). Nothing is ever deleted
 * anywhere else, and only the build that owns a garbage directory deletes in it.
 *
 * <p>The build keeps its {@link RunLock} until its garbage is gone: the garbage directory is one of
 * its entries, which other builds leave alone while the lock is held. The thread is a daemon, so a
 * JVM that ends (Maven exits as soon as the last goal returns) does not wait for it; the operating
 * system then releases the lock and the next build sweeps what is left. One thread (the build's
 * own) discards and finishes; any thread may await.
 */
final class Garbage {

    private final Path directory;
    private final ThreadFactory threads;
    // Volatile for await(), which a preview server may call from a thread of its own.
    private volatile ExecutorService deleter;
    private volatile boolean finished;
    private int moved;

    /** @param threads makes the deleting thread; tests pass one whose threads wait for a signal */
    Garbage(RunNames names, ThreadFactory threads) {
        this.directory = names.garbage();
        this.threads = threads;
    }

    /** The daemon threads of a real build, named after it for thread dumps. */
    static ThreadFactory daemonThreads(RunNames names) {
        return task -> {
            Thread thread = new Thread(task, "site-cleanup-" + names.token());
            thread.setDaemon(true);
            // A hint only: the build that runs meanwhile matters more than the deletion.
            thread.setPriority(Thread.MIN_PRIORITY);
            return thread;
        };
    }

    /**
     * Moves {@code tree} into the garbage directory and queues its deletion; false when there is
     * nothing to move (it does not exist, or another build moved it first).
     *
     * @throws IOException when the rename fails (on Windows: a program holds a file open in the
     *                     tree); the tree then stays where it was
     */
    boolean discard(Path tree) throws IOException {
        if (finished) {
            throw new IllegalStateException("the garbage of this build is already being deleted");
        }
        if (!Files.exists(tree, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        Files.createDirectories(directory);
        // A counter, not the tree's name alone: a build whose swap is lost to another build's
        // publication discards its "previous" directory once per attempt.
        Path target = directory.resolve((++moved) + "-" + tree.getFileName());
        try {
            Files.move(tree, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (NoSuchFileException e) {
            return false;
        }
        deleter().execute(() -> deleteIfPossible(target));
        return true;
    }

    /**
     * Queues, after the deletions already queued, the removal of the garbage directory itself and
     * then the release of {@code lock}: the last step of a build. Without garbage the lock is
     * released at once, on this thread.
     */
    void finish(RunLock lock) throws IOException {
        if (finished) {
            return;
        }
        finished = true;
        if (deleter == null && !Files.exists(directory, LinkOption.NOFOLLOW_LINKS)) {
            lock.close();
            return;
        }
        deleter().execute(() -> {
            deleteIfPossible(directory);
            try {
                lock.close();
            } catch (IOException e) {
                // The lock file stays; the operating system releases the lock when this process ends.
            }
        });
        deleter.shutdown();
    }

    /**
     * Waits until everything discarded is deleted and the lock released, after {@link #finish};
     * false when that takes longer than {@code timeout}.
     */
    boolean await(Duration timeout) throws InterruptedException {
        if (!finished) {
            throw new IllegalStateException("the build is still running: close it before awaiting its cleanup");
        }
        return deleter == null || deleter.awaitTermination(timeout.toNanos(), TimeUnit.NANOSECONDS);
    }

    private ExecutorService deleter() {
        if (deleter == null) {
            deleter = Executors.newSingleThreadExecutor(threads);
        }
        return deleter;
    }

    private static void deleteIfPossible(Path tree) {
        try {
            deleteRecursively(tree);
        } catch (IOException e) {
            // Left for a later build's sweep: tidying up never fails a build.
        }
    }

    /** Deletes a tree; files that vanish meanwhile (another build cleaning up) are no error. */
    static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Files.walkFileTree(path, TREE_DELETER);
    }

    /**
     * Deletes what it visits. One instance, made when this class is loaded: the deletion runs on a
     * thread of its own that can outlive the build, and under Maven a build that failed has its
     * plugin's class loader closed by then, so a class first needed at that point could not be
     * loaded (an out-of-memory build at ten city-years left its old site behind that way, with
     * NoClassDefFoundError: Garbage$1).
     */
    private static final SimpleFileVisitor<Path> TREE_DELETER = new TreeDeleter();

    private static final class TreeDeleter extends SimpleFileVisitor<Path> {

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
    }
}
