package org.opendisclosure.write;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.opendisclosure.io.Crc32c;
import org.opendisclosure.io.FileContent;
import org.opendisclosure.io.HashingOutput;
import org.opendisclosure.write.BuildRecord.OutputRecord;

/**
 * A staged site that takes over the files of the previous site wherever their bytes stay the same:
 * a file whose new bytes are those the previous build wrote at the same path is kept
 * ({@link StagedSite#keep}, a hard link) instead of written again (the record's size and CRC-32C
 * pass over most changed files quickly; the rest are compared byte for byte), and a page that nothing it reads
 * changed is kept whole without being rendered ({@link #keepAll}). A file of the previous site is
 * kept only while the file system still shows the size and modification time the record gives, so
 * a file that anyone changed since is written again (a file rendered again is also compared byte
 * for byte; a page kept without rendering relies on size and time, as make and rsync do). Publication stays atomic: the new site is
 * still a staging directory swapped into place.
 *
 * <p>Records what it wrote and kept ({@link #outputs()}) for the next build's record. Safe from
 * many threads at once, each with its own paths; each path is written or kept once.
 */
public final class KeepingSite implements FileSink {

    private final StagedSite staged;
    private final Path previousSite;
    private final Map<String, OutputRecord> previous;
    private final Map<String, OutputRecord> outputs = new ConcurrentHashMap<>();
    private final Set<String> done = ConcurrentHashMap.newKeySet();

    /**
     * @param previous the output records of the build that published the site now at the output
     *                 ({@code Map.of()}: keep nothing, write everything and only record it)
     */
    public KeepingSite(StagedSite staged, Map<String, OutputRecord> previous) {
        this.staged = staged;
        this.previousSite = staged.output();
        this.previous = previous;
    }

    @Override
    public void write(String relativePath, byte[] bytes) throws IOException {
        claim(relativePath);
        String checksum = Crc32c.hex(bytes);
        OutputRecord before = previous.get(relativePath);
        if (before != null && before.size() == bytes.length && before.checksum().equals(checksum)
                && unchangedSince(relativePath, before) && sameBytes(relativePath, bytes)) {
            staged.keep(relativePath, previousSite.resolve(relativePath));
            outputs.put(relativePath, before);
            return;
        }
        staged.write(relativePath, bytes);
        outputs.put(relativePath, new OutputRecord(bytes.length, staged.modified(relativePath), checksum));
    }

    /**
     * Writes a file from a stream. A path the record has no entry for (every path, in a build
     * without a record) goes straight to the staged site, its size and hash taken on the way; one it
     * has is gathered and compared as {@link #write(String, byte[])} does, so that an unchanged file
     * is still kept rather than written again.
     */
    @Override
    public void writeStreamed(String relativePath, FileContent content) throws IOException {
        if (previous.containsKey(relativePath)) {
            FileSink.super.writeStreamed(relativePath, content);
            return;
        }
        claim(relativePath);
        HashingOutput[] passed = new HashingOutput[1];
        staged.writeStreamed(relativePath, out -> passed[0] = HashingOutput.pass(content, HashingOutput.crc32c(out)));
        outputs.put(relativePath,
                new OutputRecord(passed[0].size(), staged.modified(relativePath), passed[0].hex()));
    }

    /**
     * Keeps every file of an unchanged page, or none: false (and nothing kept) when one of them is
     * not in the record or was changed since, and then the page must be rendered.
     */
    public boolean keepAll(List<String> relativePaths) throws IOException {
        for (String path : relativePaths) {
            OutputRecord before = previous.get(path);
            if (before == null || done.contains(path) || !unchangedSince(path, before)) {
                return false;
            }
        }
        for (String path : relativePaths) {
            claim(path);
            staged.keep(path, previousSite.resolve(path));
            outputs.put(path, previous.get(path));
        }
        return true;
    }

    /** What this build wrote and kept, for the next build's record. */
    public Map<String, OutputRecord> outputs() {
        return Map.copyOf(outputs);
    }

    private void claim(String relativePath) {
        if (!done.add(relativePath)) {
            throw new IllegalStateException("written twice in one build: " + relativePath);
        }
    }

    /**
     * Whether the previous site's file holds exactly these bytes: a file rendered again is compared
     * in full, so that even a change that kept the file's size and time is never taken over.
     */
    private boolean sameBytes(String relativePath, byte[] bytes) {
        try {
            return java.util.Arrays.equals(Files.readAllBytes(previousSite.resolve(relativePath)), bytes);
        } catch (IOException e) {
            return false;
        }
    }

    /** Whether the previous site's file still has the size and modification time it was written with. */
    private boolean unchangedSince(String relativePath, OutputRecord before) {
        Path file = previousSite.resolve(relativePath).normalize();
        if (!file.startsWith(previousSite) || file.equals(previousSite)) {
            return false;
        }
        try {
            BasicFileAttributes now = Files.readAttributes(file, BasicFileAttributes.class,
                    LinkOption.NOFOLLOW_LINKS);
            return now.isRegularFile() && now.size() == before.size()
                    && now.lastModifiedTime().toMillis() == before.modified();
        } catch (IOException e) {
            return false;
        }
    }
}
