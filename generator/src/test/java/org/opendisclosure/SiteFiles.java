package org.opendisclosure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/** What tests compare sites by: every file, byte for byte, and what a build left beside its output. */
public final class SiteFiles {

    private SiteFiles() {
    }

    /**
     * Every regular file under {@code root} by its path relative to {@code root} (forward slashes),
     * with the SHA-256 of its bytes: two trees are byte-identical exactly when these maps are equal.
     */
    public static SortedMap<String, String> hashes(Path root) {
        SortedMap<String, String> hashes = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                hashes.put(root.relativize(file).toString().replace('\\', '/'), sha256(Files.readAllBytes(file)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return hashes;
    }

    /** Writes {@code text} as UTF-8 to {@code relative} below {@code root}, making its folders. */
    public static void write(Path root, String relative, String text) throws IOException {
        Path path = root.resolve(relative);
        Files.createDirectories(path.getParent());
        Files.writeString(path, text);
    }

    /** The SHA-256 of {@code text} in UTF-8, in hex. */
    public static String sha256(String text) {
        return sha256(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** The SHA-256 of {@code bytes}, in hex. */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The entries beside {@code output} that a build uses while it runs (names starting with
     * {@code .<output name>.}): none should remain once every build has finished.
     */
    public static List<String> workingEntries(Path output) {
        String prefix = "." + output.getFileName() + ".";
        try (Stream<Path> list = Files.list(output.toAbsolutePath().getParent())) {
            return list.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(prefix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * {@link #workingEntries} once the builds of this JVM have deleted what they discarded: a build
     * deletes the old site on a background thread after publishing (see
     * {@link org.opendisclosure.write.StagedSite}), and {@link SiteGenerator} does not wait for it.
     * Polls until nothing remains or {@code patience} has passed, then returns what remains.
     */
    public static List<String> workingEntriesAfterCleanup(Path output, Duration patience) {
        long deadline = System.nanoTime() + patience.toNanos();
        List<String> entries = workingEntries(output);
        while (!entries.isEmpty() && System.nanoTime() < deadline) {
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            entries = workingEntries(output);
        }
        return entries;
    }
}
