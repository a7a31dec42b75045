package org.opendisclosure.metrics;

/**
 * A running measurement of a stage or of one task of it, made by {@link BuildMetrics#start} or
 * {@link BuildMetrics#startTask}; {@link #close()} records it. Meant for try-with-resources on
 * the thread that does the work.
 */
public final class StageTimer implements AutoCloseable {

    private final BuildMetrics metrics;
    private final Stage stage;
    private final boolean task;
    private final long start;
    private boolean closed;

    StageTimer(BuildMetrics metrics, Stage stage, boolean task, long start) {
        this.metrics = metrics;
        this.stage = stage;
        this.task = task;
        this.start = start;
    }

    /** Records the time since the start; only the first call counts. */
    @Override
    public void close() {
        if (!closed) {
            closed = true;
            metrics.record(stage, task, start, metrics.now());
        }
    }
}
