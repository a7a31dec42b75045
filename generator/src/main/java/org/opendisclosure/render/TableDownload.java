package org.opendisclosure.render;

/**
 * How a reader downloads one table of a page: the link's address — the CSV itself as a
 * {@code data:} URL, or a file beside the page — the file name the browser saves it as, and its
 * number of rows below the header; for a table also offered in Excel, the workbook's address
 * beside the page (else empty).
 */
public record TableDownload(String href, String fileName, int rows, String workbookHref) {
}
