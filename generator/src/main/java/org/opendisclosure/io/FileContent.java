package org.opendisclosure.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * The bytes of one file, written to a stream when the file is written: a large file (a year's
 * indicators as JSON is 87 MB at a city's scale) then never has to be held in memory whole.
 */
@FunctionalInterface
public interface FileContent {

    /** Writes every byte of the file to {@code out}, which the caller closes. */
    void writeTo(OutputStream out) throws IOException;

    /** All the bytes, gathered in memory: for a sink that can only take a file whole. */
    default byte[] toBytes() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        writeTo(bytes);
        return bytes.toByteArray();
    }
}
