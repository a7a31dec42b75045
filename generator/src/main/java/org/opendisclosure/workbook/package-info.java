/**
 * Spreadsheets written for readers: the Excel ({@code .xlsx}) download of a table, and a whole
 * department budget as one workbook in its published layout. Below {@code render}, which turns its
 * tables into {@link org.opendisclosure.workbook.Sheet}s, and used by nothing else of the pipeline;
 * depends on nothing of the project but the JDK.
 *
 * <p>The files are written directly as SpreadsheetML (a zip of a few small XML parts), not with
 * Apache POI: a site of a hundred departments writes about a thousand of them on the page threads,
 * and a directly written workbook costs a fraction of a millisecond where POI's
 * {@code XSSFWorkbook} costs tens. Directly written, the bytes are also fixed: no creation date, the
 * same time on every zip entry, so two builds of the same content are identical.
 */
package org.opendisclosure.workbook;
