package org.opendisclosure;

import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The engine's worker threads: daemons (a build never keeps the JVM alive on its own), named for
 * what they do so that a profile or a thread dump says which stage is busy.
 */
final class EngineThreads {

    private EngineThreads() {
    }

    /** Threads named {@code <prefix>-1}, {@code <prefix>-2}, … */
    static ThreadFactory numbered(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return task -> named(prefix + "-" + count.incrementAndGet(), task);
    }

    /** One daemon thread, not started. */
    static Thread named(String name, Runnable task) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        return thread;
    }
}
