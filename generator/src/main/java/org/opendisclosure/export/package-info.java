/**
 * Stage 4, open data: per-year CSV and JSON of projects, indicators and budget rows, and the data
 * package descriptor, built from {@code derive}. Paths from {@code address}.
 */
package org.opendisclosure.export;
