/**
 * Stage 3, check: every rule over the loaded content (arithmetic, references, catalogues,
 * periods), reading the roll-ups of {@code derive}; returns problems as values and the
 * acknowledged discrepancies the pages show. Uses {@code model}, {@code content} (field labels),
 * {@code derive} and {@code problem}.
 */
package org.opendisclosure.check;
