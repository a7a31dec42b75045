/**
 * {@code disclosure:import}'s reading side: budget workbooks ({@code .xlsx}, as budget management
 * systems export them and as the site's own Excel download writes them) read as a person reads
 * them, into the text of content files. Beside the pipeline, not in it: it turns workbooks into
 * content YAML, which the pipeline then loads and checks like any hand-written file.
 *
 * <p>Opening ({@link WorkbookOpener}) is the only place Apache POI is used; everything after it
 * works on plain {@link SheetGrid}s. Used by the engine only ({@code org.opendisclosure.ContentImporter});
 * uses {@code problem} for its messages and {@code workbook} for cell names.
 */
package org.opendisclosure.importer;
