package org.opendisclosure.derive;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * A part of the derived model that is not needed at once: worked out on another core while the
 * rest is used, or only when first read. The live preview renders the page an editor has open
 * before the year's indicators are gathered, which that page does not read. A failure is rethrown
 * to the reader as it was thrown. Thread-safe.
 *
 * @param <T> what is worked out
 */
public final class Deferred<T> {

    private final Supplier<T> work;
    private final CompletableFuture<T> result = new CompletableFuture<>();
    private final AtomicBoolean started = new AtomicBoolean();

    private Deferred(Supplier<T> work) {
        this.work = work;
    }

    /** Starts {@code work} on the common pool at once. */
    public static <T> Deferred<T> start(Supplier<T> work) {
        Deferred<T> deferred = new Deferred<>(work);
        deferred.started.set(true);
        CompletableFuture.runAsync(deferred::run);
        return deferred;
    }

    /** Leaves {@code work} until it is first read, and then does it on the reading thread. */
    public static <T> Deferred<T> whenRead(Supplier<T> work) {
        return new Deferred<>(work);
    }

    private void run() {
        try {
            result.complete(work.get());
        } catch (RuntimeException | Error e) {
            result.completeExceptionally(e);
        }
    }

    /** What was worked out, doing it or waiting for it if need be. */
    public T get() {
        if (started.compareAndSet(false, true)) {
            run();
        }
        try {
            return result.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    @Override
    public String toString() {
        return result.isDone() ? "Deferred[done]" : "Deferred[not yet]";
    }
}
