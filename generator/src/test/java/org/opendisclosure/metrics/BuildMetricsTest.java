package org.opendisclosure.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

/** Time per stage and counts, recorded on a clock the test moves by hand. */
class BuildMetricsTest {

    private final AtomicLong clock = new AtomicLong(1_000_000_000L);
    private final BuildMetrics metrics = new BuildMetrics(clock::get);

    @Test
    void aStageTakesTheTimeFromItsFirstStartToItsLastEndAndItsTasksAddUpTheirBusyTime() {
        try (StageTimer load = metrics.start(Stage.LOAD)) {
            millis(120);
        }
        // Render and write overlap, as when pipelined: two threads' tasks interleave.
        StageTimer render = metrics.start(Stage.RENDER);
        StageTimer a = metrics.startTask(Stage.RENDER);
        millis(10);
        StageTimer b = metrics.startTask(Stage.RENDER);
        StageTimer write = metrics.startTask(Stage.WRITE);
        millis(30);
        a.close();
        millis(5);
        b.close();
        render.close();
        millis(2);
        write.close();
        write.close();

        BuildSummary summary = metrics.summary();
        assertEquals(List.of(
                new BuildSummary.StageTime(Stage.LOAD, Duration.ofMillis(120), Duration.ZERO, 0),
                new BuildSummary.StageTime(Stage.RENDER, Duration.ofMillis(45), Duration.ofMillis(75), 2),
                new BuildSummary.StageTime(Stage.WRITE, Duration.ofMillis(37), Duration.ofMillis(37), 1)),
                summary.stages());
        assertEquals(Duration.ofMillis(167), summary.total());
    }

    @Test
    void countsAddUpFromManyThreadsAndOnlyRecordedOnesAreReportedInTheirFixedOrder() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> adders = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                adders.add(threads.submit(() -> {
                    for (int i = 0; i < 10_000; i++) {
                        metrics.add(Count.FILES, 1);
                        metrics.add(Count.BYTES, 100);
                    }
                }));
            }
            for (Future<?> adder : adders) {
                adder.get(60, TimeUnit.SECONDS);
            }
        } finally {
            threads.shutdownNow();
        }
        metrics.add(Count.WARNINGS, 0);
        metrics.add(Count.PROJECTS, 15_000);

        assertEquals(List.of(Count.PROJECTS, Count.FILES, Count.BYTES, Count.WARNINGS),
                List.copyOf(metrics.summary().counts().keySet()));
        assertEquals(Map.of(Count.PROJECTS, 15_000L, Count.FILES, 40_000L, Count.BYTES, 4_000_000L, Count.WARNINGS, 0L),
                metrics.summary().counts());
    }

    @Test
    void aTimerStillOpenIsLeftOutOfTheSummary() {
        metrics.start(Stage.CHARTS);
        millis(5);
        assertEquals(List.of(), metrics.summary().stages());
    }

    private void millis(long millis) {
        clock.addAndGet(TimeUnit.MILLISECONDS.toNanos(millis));
    }
}
