package org.opendisclosure.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

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

    /**
     * The bytes of content that only ever writes to the stream it is given: written to memory, where
     * an {@link IOException} cannot come from the stream, so one is rethrown unchecked.
     */
    static byte[] inMemory(FileContent content) {
        try {
            return content.toBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
