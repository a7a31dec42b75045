package org.opendisclosure.content;

import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

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
        return new InOrderFileReads(threads == 1 ? null : Executors.newFixedThreadPool(threads, new LoadThreads()));
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
        try {
            return read.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("读取内容时被中断");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }

    /** Daemon threads named after the stage, so a profile shows where their time goes. */
    private static final class LoadThreads implements ThreadFactory {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable runnable) {
            Thread thread = new Thread(runnable, "disclosure-load-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }
    }
}
