package org.opendisclosure.write;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.opendisclosure.io.FileContent;

/** Where the files of a site are written: a staged site, or a live one updated in place. */
@FunctionalInterface
public interface FileSink {

    /**
     * Writes one file; {@code relativePath} is built from validated ids only. Safe to call from
     * many threads at once, each with its own path.
     */
    void write(String relativePath, byte[] bytes) throws IOException;

    /**
     * Writes one file whose bytes {@code content} writes to a stream, like
     * {@link #write(String, byte[])}; a sink that can writes them straight to the file, so that a
     * large file is never held whole. By default the bytes are gathered and written as one.
     */
    default void writeStreamed(String relativePath, FileContent content) throws IOException {
        write(relativePath, content.toBytes());
    }

    /**
     * Writes every file of a directory of static files (trusted, from the template directory)
     * under {@code relativeTarget}, in name order; symbolic links are not followed.
     */
    default void copyTree(Path source, String relativeTarget) throws IOException {
        if (!Files.isDirectory(source)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(source)) {
            for (Path file : walk.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)).sorted().toList()) {
                String relative = source.relativize(file).toString().replace('\\', '/');
                write(relativeTarget + "/" + relative, Files.readAllBytes(file));
            }
        }
    }
}
