/**
 * What a build measures about itself, for the summary printed at its end and the progress shown
 * while it runs: {@link org.opendisclosure.metrics.BuildMetrics} records time per
 * {@link org.opendisclosure.metrics.Stage} and {@link org.opendisclosure.metrics.Count}s from any
 * thread, {@link org.opendisclosure.metrics.SummaryTable} prints them like Hugo's end-of-build
 * table, and {@link org.opendisclosure.metrics.ProgressReporter} reports a long stage now and then.
 *
 * <p>Beside the pipeline rather than in it: every stage may use it, and it uses nothing of the
 * project (no model, no Maven types), so the engine hands the text to whoever prints it.
 */
package org.opendisclosure.metrics;
