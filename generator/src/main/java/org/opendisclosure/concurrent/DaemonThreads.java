package org.opendisclosure.concurrent;

import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The generator's worker threads: daemons (a build never keeps the JVM alive on its own), named for
 * what they do so that a profile or a thread dump says which stage is busy.
 */
public final class DaemonThreads {

    private DaemonThreads() {
    }

    /** Threads named {@code <prefix>-1}, {@code <prefix>-2}, … */
    public static ThreadFactory numbered(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return task -> named(prefix + "-" + count.incrementAndGet(), task);
    }

    /** One daemon thread, not started. */
    public static Thread named(String name, Runnable task) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        return thread;
    }
}
