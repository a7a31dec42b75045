package org.opendisclosure.write;

import java.io.IOException;

/** Where the files of a site are written: a staged site, or a live one updated in place. */
@FunctionalInterface
public interface FileSink {

    /**
     * Writes one file; {@code relativePath} is built from validated ids only. Safe to call from
     * many threads at once, each with its own path.
     */
    void write(String relativePath, byte[] bytes) throws IOException;
}
