package org.opendisclosure.write;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A site updated in place, file by file, as the live preview does after an edit: each file is
 * written beside its target and renamed over it, so a reader (the preview's server) sees the old
 * file or the new one, never half of one. Unlike {@link StagedSite}, the site as a whole is not
 * swapped: between the first and the last file of an update, a reader may see some files new and
 * some old, which the preview accepts (it reloads the page when the update is done).
 */
public final class LiveOutput implements FileSink {

    private final Path root;

    public LiveOutput(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    public Path root() {
        return root;
    }

    /** Writes the file unless it already holds exactly these bytes; returns whether it wrote. */
    public boolean writeIfChanged(String relativePath, byte[] bytes) throws IOException {
        Path target = resolve(relativePath);
        if (Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS) && Files.size(target) == bytes.length
                && Arrays.equals(Files.readAllBytes(target), bytes)) {
            return false;
        }
        write(relativePath, bytes);
        return true;
    }

    @Override
    public void write(String relativePath, byte[] bytes) throws IOException {
        Path target = resolve(relativePath);
        Path parent = target.getParent();
        Files.createDirectories(parent);
        Path temporary = Files.createTempFile(parent, ".live-", ".tmp");
        try {
            Files.write(temporary, bytes);
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** Deletes a file of the site, and its folders up to the root when they are left empty. */
    public void delete(String relativePath) throws IOException {
        Path target = resolve(relativePath);
        Files.deleteIfExists(target);
        for (Path folder = target.getParent(); !folder.equals(root); folder = folder.getParent()) {
            try (var entries = Files.list(folder)) {
                if (entries.findAny().isPresent()) {
                    return;
                }
            }
            Files.delete(folder);
        }
    }

    /** Deletes everything in the site's folder (creating the folder when it is missing). */
    public void clear() throws IOException {
        if (Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            deleteInside(root);
        } else {
            Files.createDirectories(root);
        }
    }

    /**
     * Makes the folder {@code relativeTarget} of the site a copy of {@code source} (static files,
     * trusted, from the template directory): files that are no longer in the source are deleted.
     */
    public void replaceTree(Path source, String relativeTarget) throws IOException {
        Path target = resolve(relativeTarget);
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            deleteInside(target);
            Files.delete(target);
        }
        if (!Files.isDirectory(source)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(source)) {
            for (Path file : walk.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)).sorted().toList()) {
                write(relativeTarget + "/" + source.relativize(file).toString().replace('\\', '/'),
                        Files.readAllBytes(file));
            }
        }
    }

    private static void deleteInside(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                if (!path.equals(folder)) {
                    Files.delete(path);
                }
            }
        }
    }

    private Path resolve(String relativePath) throws IOException {
        Path target = root.resolve(relativePath).normalize();
        if (!target.startsWith(root) || target.equals(root)) {
            throw new IOException("refusing to write outside the site: " + relativePath);
        }
        return target;
    }
}
