package org.opendisclosure.export;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A file of the open-data download: where it goes in the site, what it is, and its bytes.
 *
 * @param path   the path in the site, e.g. {@code data/2019/projects.csv}
 * @param title  the Chinese title shown on the data page
 * @param format {@code CSV} or {@code JSON}
 * @param year   the budget year, or 0 for a file of the whole site ({@code datapackage.json})
 * @param rows   how many data rows it holds, or -1 when it is not a table
 * @param bytes  the content; not copied, so do not change it
 */
public record DataFile(String path, String title, String format, int year, int rows, byte[] bytes) {

    /** The size in bytes. */
    public long size() {
        return bytes.length;
    }

    /** The SHA-256 of the bytes in lower-case hex. */
    public String sha256() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** The file's name, the last part of its path. */
    public String fileName() {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    @Override
    public String toString() {
        return path + " (" + bytes.length + " bytes): " + new String(bytes, 0, Math.min(bytes.length, 40),
                StandardCharsets.UTF_8);
    }
}
