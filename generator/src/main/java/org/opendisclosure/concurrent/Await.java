package org.opendisclosure.concurrent;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/** Waits for work handed to another thread. */
public final class Await {

    private Await() {
    }

    /**
     * The value of {@code work}. A failure there is a programming error and is thrown here as it
     * was thrown (a checked one, which the work's callers do not expect, inside an
     * {@link IllegalStateException}); an interrupted wait keeps the thread's interrupt and throws
     * what {@code interrupted} makes.
     */
    public static <T> T value(Future<T> work, Supplier<? extends RuntimeException> interrupted) {
        try {
            return work.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw interrupted.get();
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
}
