package org.opendisclosure.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

/** Progress of a long stage in the build log: at most once per interval, never for a short stage. */
class ProgressReporterTest {

    private final AtomicLong clock = new AtomicLong(-5_000_000_000L);
    private final List<String> log = new ArrayList<>();
    private final ProgressReporter progress = new ProgressReporter(Stage.RENDER.label(), 16_645, Duration.ofSeconds(5),
            log::add, clock::get);

    @Test
    void reportsAtMostOncePerIntervalAndNothingBeforeTheFirst() {
        for (int page = 1; page <= 16_645; page++) {
            // A page a millisecond: 16.6 seconds in all.
            clock.addAndGet(TimeUnit.MILLISECONDS.toNanos(1));
            progress.advance();
        }
        assertEquals(List.of(
                "渲染页面 5,000 / 16,645（30%）…",
                "渲染页面 10,000 / 16,645（60%）…",
                "渲染页面 15,000 / 16,645（90%）…"), log);
        assertEquals(16_645, progress.done());
    }

    @Test
    void aStageShorterThanTheIntervalReportsNothing() {
        clock.addAndGet(TimeUnit.SECONDS.toNanos(4));
        progress.advance(16_645);
        assertEquals(List.of(), log);
    }

    @Test
    void theLastReportHasNoEllipsisWhenEverythingIsDone() {
        clock.addAndGet(TimeUnit.SECONDS.toNanos(4));
        progress.advance(4_000);
        clock.addAndGet(TimeUnit.SECONDS.toNanos(1));
        progress.advance(0);
        clock.addAndGet(TimeUnit.SECONDS.toNanos(60));
        progress.advance(12_645);
        assertEquals(List.of("渲染页面 4,000 / 16,645（24%）…", "渲染页面 16,645 / 16,645（100%）"), log);
    }
}
