/**
 * What changed between two states of the content — two git revisions or two directories — told
 * in money and promises rather than in lines of YAML: the {@code disclosure:diff} goal's engine,
 * and the entries of the site's change log (更新记录).
 *
 * <p>Sits after the checks: it loads each side with the content loader (from a directory, or from
 * a revision read by {@code history} without a checkout), sums each side with the derive stage,
 * checks each side, and compares them by id (project id and year; department and year), never by
 * file name. Amounts are exact ({@code BigDecimal}). It never renders pages; the render stage reads
 * the change log it builds. May use history, check, derive, content, model and problem.
 */
package org.opendisclosure.diff;
