package org.opendisclosure.metrics;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAccumulator;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.LongSupplier;

/**
 * Time per {@link Stage} and {@link Count}s of one build, recorded from any thread; one instance
 * per build, so builds that run at the same time (a preview server, parallel tests) keep their
 * own figures. {@link #summary()} takes a snapshot for {@link SummaryTable}.
 *
 * <p>A stage's <em>wall time</em> runs from the first start to the last end of any timer of that
 * stage, so stages that overlap when pipelined each show their own span. For stages that run on a
 * pool of threads, time each task with {@link #startTask}: the summary then also shows the
 * <em>busy time</em>, the tasks' durations summed over all threads (busy ÷ wall ≈ cores used).
 *
 * <pre>{@code
 * BuildMetrics metrics = new BuildMetrics();
 * Content content;
 * try (StageTimer timer = metrics.start(Stage.LOAD)) {
 *     content = loader.load(directory, problems);
 * }
 * metrics.add(Count.PROJECTS, content.projects().size());
 * try (StageTimer timer = metrics.start(Stage.RENDER)) {
 *     for (Page page : pages) {
 *         pool.submit(() -> {
 *             try (StageTimer task = metrics.startTask(Stage.RENDER)) {
 *                 return renderer.render(page);
 *             }
 *         });
 *     }
 *     // … await the pool
 * }
 * metrics.add(Count.FILES, site.filesWritten());
 * metrics.add(Count.BYTES, site.bytesWritten());
 * SummaryTable.lines(metrics.summary()).forEach(log::info);
 * }</pre>
 */
public final class BuildMetrics {

    private final LongSupplier nanoTime;
    private final long started;
    private final Map<Stage, StageClock> stages;
    private final Map<Count, Counter> counts;

    /** Starts measuring now, with the system's monotonic clock. */
    public BuildMetrics() {
        this(System::nanoTime);
    }

    /**
     * Starts measuring now.
     *
     * @param nanoTime a monotonic clock in nanoseconds, like {@link System#nanoTime()}; tests pass
     *                 one they move by hand
     */
    public BuildMetrics(LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
        this.started = nanoTime.getAsLong();
        // Filled once with every key, then only read: the maps need no locking, their values are
        // thread-safe.
        Map<Stage, StageClock> stages = new EnumMap<>(Stage.class);
        for (Stage stage : Stage.values()) {
            stages.put(stage, new StageClock());
        }
        this.stages = Collections.unmodifiableMap(stages);
        Map<Count, Counter> counts = new EnumMap<>(Count.class);
        for (Count count : Count.values()) {
            counts.put(count, new Counter());
        }
        this.counts = Collections.unmodifiableMap(counts);
    }

    /** Starts timing a stage as a whole; close the timer when the stage ends. */
    public StageTimer start(Stage stage) {
        return new StageTimer(this, stage, false, nanoTime.getAsLong());
    }

    /**
     * Starts timing one task of a stage that runs on a pool of threads (one page rendered, one
     * file written): its duration adds to the stage's busy time, and its span to the stage's wall
     * time.
     */
    public StageTimer startTask(Stage stage) {
        return new StageTimer(this, stage, true, nanoTime.getAsLong());
    }

    /** Adds {@code amount} to a count (thread-safe). */
    public void add(Count count, long amount) {
        Counter counter = counts.get(count);
        counter.value.add(amount);
        counter.recorded.set(true);
    }

    /**
     * A snapshot: the time since this object was made, the stages timed so far (timers still open
     * are left out) and the counts recorded so far, each in its fixed order.
     */
    public BuildSummary summary() {
        Duration total = Duration.ofNanos(nanoTime.getAsLong() - started);
        List<BuildSummary.StageTime> times = new ArrayList<>();
        stages.forEach((stage, clock) -> clock.time(stage).ifPresent(times::add));
        Map<Count, Long> recorded = new EnumMap<>(Count.class);
        counts.forEach((count, counter) -> {
            if (counter.recorded.get()) {
                recorded.put(count, counter.value.sum());
            }
        });
        return new BuildSummary(total, times, recorded);
    }

    void record(Stage stage, boolean task, long start, long end) {
        StageClock clock = stages.get(stage);
        clock.firstStart.accumulate(start);
        clock.lastEnd.accumulate(end);
        if (task) {
            clock.busy.add(end - start);
            clock.tasks.increment();
        }
    }

    long now() {
        return nanoTime.getAsLong();
    }

    /** One stage's figures, updated without locks from any thread. */
    private static final class StageClock {
        final LongAccumulator firstStart = new LongAccumulator(Math::min, Long.MAX_VALUE);
        final LongAccumulator lastEnd = new LongAccumulator(Math::max, Long.MIN_VALUE);
        final LongAdder busy = new LongAdder();
        final LongAdder tasks = new LongAdder();

        Optional<BuildSummary.StageTime> time(Stage stage) {
            // The end first: record() accumulates the start before the end, so a stage with an end
            // has its start.
            long end = lastEnd.get();
            if (end == Long.MIN_VALUE) {
                return Optional.empty();
            }
            long start = firstStart.get();
            return Optional.of(new BuildSummary.StageTime(stage, Duration.ofNanos(end - start),
                    Duration.ofNanos(busy.sum()), tasks.sum()));
        }
    }

    private static final class Counter {
        final LongAdder value = new LongAdder();
        final AtomicBoolean recorded = new AtomicBoolean();
    }
}
