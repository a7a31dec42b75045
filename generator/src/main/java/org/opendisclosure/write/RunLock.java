package org.opendisclosure.write;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * An exclusive lock on a build's own lock file, held while the build runs: the operating system
 * releases it when the process ends, even when it is killed, so another build can tell a live
 * build's staging directory from one a dead build left.
 *
 * <p>Two rules keep this sound. Only a build creates its lock file (under a name no one else uses);
 * others only open existing ones. And a lock file is deleted only by whoever holds its lock,
 * before releasing it, so a build that holds the lock of a file that still exists knows the file
 * is its own. One limitation of POSIX locks shapes the rest: closing any channel to a file drops
 * the locks this process holds on it, so a build never opens another build's lock file in its
 * own JVM (see {@link RunNames#ofThisProcess()}).
 */
final class RunLock implements AutoCloseable {

    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;

    private RunLock(Path file, FileChannel channel, FileLock lock) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Creates {@code file} and locks it; empty when the name is taken or another build took the
     * lock (or removed the file) in between, so the caller tries again under a new name.
     */
    static Optional<RunLock> create(Path file) throws IOException {
        FileChannel channel;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (FileAlreadyExistsException e) {
            return Optional.empty();
        }
        return lockedIfStillThere(file, channel);
    }

    /**
     * Takes the lock of an existing lock file whose build has ended; empty while that build is
     * alive.
     *
     * @throws java.nio.file.NoSuchFileException when the file is gone: its build has finished
     *                                           with its directories (or never made any)
     */
    static Optional<RunLock> takeOver(Path file) throws IOException {
        return lockedIfStillThere(file, FileChannel.open(file, StandardOpenOption.WRITE));
    }

    private static Optional<RunLock> lockedIfStillThere(Path file, FileChannel channel) throws IOException {
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        }
        if (lock != null && Files.exists(file)) {
            return Optional.of(new RunLock(file, channel, lock));
        }
        channel.close();
        return Optional.empty();
    }

    /** Deletes the lock file, then releases the lock. */
    @Override
    public void close() throws IOException {
        try {
            Files.deleteIfExists(file);
        } finally {
            try (channel) {
                lock.release();
            }
        }
    }
}
