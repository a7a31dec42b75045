package org.opendisclosure.io;

import java.util.zip.CRC32C;

/**
 * CRC-32C, the build record's quick check of a file's bytes, as eight lower-case hex digits. It
 * only tells a later build which files surely changed: a file whose checksum matches is still
 * compared byte for byte before it is kept. Unlike SHA-256, which the JVM computes in plain Java
 * unless its optimising compiler is on, it runs as a processor instruction with the quick compiler
 * that Maven's JVM uses here, at gigabytes a second.
 */
public final class Crc32c {

    private Crc32c() {
    }

    /** The CRC-32C of {@code bytes} as eight lower-case hex digits. */
    public static String hex(byte[] bytes) {
        CRC32C crc = new CRC32C();
        crc.update(bytes, 0, bytes.length);
        return hex(crc.getValue());
    }

    /** A CRC-32C value as eight lower-case hex digits. */
    static String hex(long value) {
        return String.format("%08x", value);
    }
}
