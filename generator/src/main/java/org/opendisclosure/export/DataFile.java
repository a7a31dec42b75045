package org.opendisclosure.export;

import org.opendisclosure.io.Sha256;

/**
 * A file of the open-data download as the data page lists it: where it is in the site, what it
 * is, and its size and SHA-256 — not its bytes, which are written as soon as they are made.
 *
 * @param path   the path in the site, e.g. {@code data/2019/projects.csv}
 * @param title  the Chinese title shown on the data page
 * @param format {@code CSV} or {@code JSON}
 * @param year   the budget year, or 0 for a file of the whole site ({@code datapackage.json})
 * @param rows   how many data rows it holds, or -1 when it is not a table
 * @param size   its size in bytes
 * @param sha256 the SHA-256 of its bytes in lower-case hex
 */
public record DataFile(String path, String title, String format, int year, int rows, long size, String sha256) {

    /** The entry of a file with these bytes. */
    public static DataFile of(String path, String title, String format, int year, int rows, byte[] bytes) {
        return new DataFile(path, title, format, year, rows, bytes.length, Sha256.hex(bytes));
    }

    /** The file's name, the last part of its path. */
    public String fileName() {
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
