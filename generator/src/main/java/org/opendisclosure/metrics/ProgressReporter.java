package org.opendisclosure.metrics;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * Reports how far a long stage has come, at most once per interval: {@code 渲染页面 4,000 /
 * 16,645（24%）…}. Nothing is reported before the first interval has passed, so a short build
 * prints no progress at all. Any number of threads may call {@link #advance}; the one whose call
 * finds the interval passed sends the line to the sink, on its own thread.
 *
 * <pre>{@code
 * ProgressReporter progress = new ProgressReporter(Stage.RENDER.label(), pages.size(),
 *         Duration.ofSeconds(5), log::info);
 * pages.parallelStream().forEach(page -> {
 *     render(page);
 *     progress.advance();
 * });
 * }</pre>
 */
public final class ProgressReporter {

    private final String label;
    private final long total;
    private final long intervalNanos;
    private final Consumer<String> sink;
    private final LongSupplier nanoTime;
    private final AtomicLong done = new AtomicLong();
    private final AtomicLong nextReport;

    /** With the system's monotonic clock. */
    public ProgressReporter(String label, long total, Duration interval, Consumer<String> sink) {
        this(label, total, interval, sink, System::nanoTime);
    }

    /**
     * @param label    what is being done, e.g. {@link Stage#label()}
     * @param total    how many steps make the whole stage
     * @param interval the least time between two reports, and before the first
     * @param sink     receives each report; called from the thread that advanced
     * @param nanoTime a monotonic clock in nanoseconds, like {@link System#nanoTime()}
     */
    public ProgressReporter(String label, long total, Duration interval, Consumer<String> sink, LongSupplier nanoTime) {
        this.label = label;
        this.total = total;
        this.intervalNanos = interval.toNanos();
        this.sink = sink;
        this.nanoTime = nanoTime;
        this.nextReport = new AtomicLong(nanoTime.getAsLong() + intervalNanos);
    }

    /** One more step done. */
    public void advance() {
        advance(1);
    }

    /** {@code steps} more steps done. */
    public void advance(long steps) {
        long now = done.addAndGet(steps);
        long time = nanoTime.getAsLong();
        long due = nextReport.get();
        // Differences, not comparisons, of nanoTime values: they may wrap around.
        if (time - due >= 0 && nextReport.compareAndSet(due, time + intervalNanos)) {
            sink.accept(message(now));
        }
    }

    /** How many steps are done so far. */
    public long done() {
        return done.get();
    }

    private String message(long count) {
        long percent = total > 0 ? Math.min(100, count * 100 / total) : 100;
        return label + " " + SummaryTable.number(count) + " / " + SummaryTable.number(total) + "（" + percent + "%）"
                + (count < total ? "…" : "");
    }
}
