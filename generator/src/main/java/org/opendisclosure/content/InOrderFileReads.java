package org.opendisclosure.content;

import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;

import org.opendisclosure.concurrent.Await;
import org.opendisclosure.concurrent.DaemonThreads;

/**
 * Runs the reading of content files on several threads for {@link ContentLoader}, while the
 * loader takes the results in the order it submitted them, so that the model and the problems
 * are the same whatever the number of threads. One instance per load: its threads live from
 * {@link #open} to {@link #close}, so builds running side by side (in the preview server, say)
 * never share a pool. With one thread, everything runs on the caller's thread.
 */
final class InOrderFileReads implements AutoCloseable {

    private final ExecutorService pool;

    private InOrderFileReads(ExecutorService pool) {
        this.pool = pool;
    }

    static InOrderFileReads open(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
        return new InOrderFileReads(threads == 1 ? null : Executors.newFixedThreadPool(threads, DaemonThreads.numbered("disclosure-load")));
    }

    /** Starts {@code read}; its result is taken with {@link #result}. */
    <T> Future<T> submit(Callable<T> read) {
        FutureTask<T> task = new FutureTask<>(read);
        if (pool == null) {
            task.run();
        } else {
            pool.execute(task);
        }
        return task;
    }

    /**
     * Waits for a read's result. A failure inside the read is a programming error and is thrown
     * as it was; an interrupted wait ends the load.
     */
    static <T> T result(Future<T> read) {
        return Await.value(read, () -> new CancellationException("读取内容时被中断"));
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }
}
