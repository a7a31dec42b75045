package org.opendisclosure.write;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Removes what builds that no longer run left beside the output directory: the staging
 * directory of a killed build, the garbage a build had not finished deleting when its JVM ended,
 * and the old site of a build killed between the two renames of its swap, which is put back first
 * when the output directory is missing. Entries without a lock file belong to a build that has
 * finished. Otherwise a build of another process is dead when its {@link RunLock} can be taken;
 * builds of this JVM are left to clean up after themselves, because a JVM must not probe its own
 * locks (see {@link RunLock}). That also leaves the entries of a killed process whose id this JVM
 * happens to have, until a build of another process sweeps them.
 *
 * <p>The sweep itself only renames: what it removes moves into the sweeping build's
 * {@link Garbage}, which deletes it in the background while the build goes on.
 */
final class StaleRuns {

    private StaleRuns() {
    }

    /**
     * Cleans up after every dead build, into {@code garbage}; what cannot be moved now is left for
     * a later sweep.
     */
    static void sweep(Path output, Garbage garbage) throws IOException {
        for (RunNames run : runs(output)) {
            try {
                sweep(output, run, garbage);
            } catch (IOException e) {
                // Not this build's to fail over: a later build tries again.
            }
        }
    }

    private static void sweep(Path output, RunNames run, Garbage garbage) throws IOException {
        if (!Files.exists(run.lock(), LinkOption.NOFOLLOW_LINKS)) {
            // A build makes its lock file first and deletes it last: this one has finished.
            removeDirectories(output, run, garbage);
        } else if (!run.ofThisProcess()) {
            Optional<RunLock> lock;
            try {
                lock = RunLock.takeOver(run.lock());
            } catch (NoSuchFileException e) {
                removeDirectories(output, run, garbage);
                return;
            }
            if (lock.isPresent()) {
                // Held only for the renames, not for the deletion: within this JVM another build may
                // be probing the same lock file, and closing its channel would drop this lock.
                try (RunLock taken = lock.get()) {
                    removeDirectories(output, run, garbage);
                }
            }
        }
    }

    private static Set<RunNames> runs(Path output) throws IOException {
        Set<RunNames> runs = new TreeSet<>((a, b) -> a.token().compareTo(b.token()));
        try (Stream<Path> siblings = Files.list(output.getParent())) {
            siblings.forEach(p -> RunNames.of(output, p.getFileName().toString()).ifPresent(runs::add));
        }
        return runs;
    }

    private static void removeDirectories(Path output, RunNames run, Garbage garbage) throws IOException {
        if (Files.exists(run.previous(), LinkOption.NOFOLLOW_LINKS) && !Files.exists(output, LinkOption.NOFOLLOW_LINKS)) {
            try {
                Files.move(run.previous(), output, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileSystemException e) {
                // Another build published, or another sweep restored it, first.
            }
        }
        // Never the garbage into the output: it may be half-deleted.
        garbage.discard(run.previous());
        garbage.discard(run.staging());
        garbage.discard(run.garbage());
    }
}
