package org.opendisclosure.metrics;

import java.time.Duration;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What {@link BuildMetrics} had recorded when it was asked: plain data, for {@link SummaryTable}
 * or any other report.
 *
 * @param total  from the start of measuring to the snapshot
 * @param stages the stages timed, in {@link Stage} order
 * @param counts the counts recorded, in {@link Count} order
 */
public record BuildSummary(Duration total, List<StageTime> stages, Map<Count, Long> counts) {

    public BuildSummary {
        stages = List.copyOf(stages);
        // Map.copyOf would lose the order; an unmodifiable view of a fresh EnumMap keeps it.
        counts = counts.isEmpty() ? Map.of()
                : Collections.unmodifiableMap(new EnumMap<>(counts));
    }

    /**
     * @param wall  from the stage's first start to its last end
     * @param busy  the durations of its tasks summed over all threads; zero without tasks
     * @param tasks how many tasks were timed with {@link BuildMetrics#startTask}
     */
    public record StageTime(Stage stage, Duration wall, Duration busy, long tasks) {
    }
}
