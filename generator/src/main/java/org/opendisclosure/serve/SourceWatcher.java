package org.opendisclosure.serve;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Watches directory trees (content and templates) and calls back once per burst of changes, with
 * the paths that changed:
 * editors' tools save a file as several events (write, rename, touch), so the callback waits
 * until the trees have been quiet for a moment — a short one after a save of a file or two, five
 * times as long once a burst has touched many files (a {@code git checkout}, a search-and-replace),
 * whose writes may pause between files. New subdirectories are watched as they appear.
 * Runs on its own daemon thread until {@link #close()}.
 */
final class SourceWatcher implements AutoCloseable {

    private final WatchService watchService;
    private final Consumer<Set<Path>> onChange;
    private Set<Path> changed = new HashSet<>();
    private boolean overflowed;
    /** More files than one save touches: a burst of them waits longer for the next. */
    private static final int MANY_FILES = 4;
    private final long quietMillis;
    private final Thread thread;

    /**
     * @param onChange told, once per burst, the paths that changed (absolute), or null when the
     *                 watcher lost events and cannot say
     */
    SourceWatcher(List<Path> roots, long quietMillis, Consumer<Set<Path>> onChange) throws IOException {
        this.watchService = FileSystems.getDefault().newWatchService();
        this.onChange = onChange;
        this.quietMillis = quietMillis;
        for (Path root : roots) {
            if (Files.isDirectory(root)) {
                registerTree(root);
            }
        }
        this.thread = new Thread(this::run, "disclosure-preview-watcher");
        this.thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    private void run() {
        try {
            while (true) {
                WatchKey first = watchService.take();
                handle(first);
                // Drain the burst: keep collecting until nothing arrives for a quiet moment.
                WatchKey next;
                while ((next = watchService.poll(changed.size() > MANY_FILES ? 5 * quietMillis : quietMillis,
                        TimeUnit.MILLISECONDS)) != null) {
                    handle(next);
                }
                Set<Path> burst = overflowed ? null : changed;
                changed = new HashSet<>();
                overflowed = false;
                onChange.accept(burst);
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void handle(WatchKey key) {
        Path directory = (Path) key.watchable();
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == OVERFLOW) {
                overflowed = true;
            } else if (event.context() instanceof Path name) {
                changed.add(directory.resolve(name).toAbsolutePath().normalize());
            }
            if (event.kind() == ENTRY_CREATE && event.context() instanceof Path name) {
                Path created = directory.resolve(name);
                if (Files.isDirectory(created, LinkOption.NOFOLLOW_LINKS)) {
                    try {
                        registerTree(created);
                    } catch (IOException | UncheckedIOException e) {
                        // The directory went away again; the rebuild will see what is there.
                    }
                    overflowed = true; // files may have come with it before it was watched
                }
            }
        }
        key.reset();
    }

    private void registerTree(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path directory : walk.filter(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)).toList()) {
                directory.register(watchService, ENTRY_CREATE, ENTRY_DELETE, ENTRY_MODIFY, OVERFLOW);
            }
        }
    }

    @Override
    public void close() throws IOException {
        watchService.close();
        thread.interrupt();
    }
}
