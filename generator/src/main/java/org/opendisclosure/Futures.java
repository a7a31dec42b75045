package org.opendisclosure;

import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/**
 * Waits for work the engine gave another thread, and rethrows its failure as it was thrown there:
 * an I/O failure as an {@link IOException} (the build reports it as one), a programming error with
 * its own type and stack trace.
 */
final class Futures {

    private Futures() {
    }

    static <T> T get(Future<T> future) throws IOException {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the build's other threads", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw unchecked(e.getCause());
        }
    }

    /** Waits for work that throws no checked exception, and rethrows its failure as it was thrown. */
    static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            throw unchecked(e.getCause());
        }
    }

    /** A failure of another thread as it was thrown there: unchecked as it was, or wrapped. */
    private static RuntimeException unchecked(Throwable cause) {
        if (cause instanceof RuntimeException runtime) {
            return runtime;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        return new IllegalStateException(cause);
    }
}
