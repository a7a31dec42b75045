package org.opendisclosure.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import org.opendisclosure.io.Sha256;
import org.opendisclosure.problem.Problem;

/**
 * What the last load read from each content file, so that the next load of the same directory
 * parses only the files that changed: a file whose size, modification time and identity (inode)
 * are those of the last load gives the same value and problems without being read. Also says
 * which files differ from what they were when the output was last made ({@link #commit}). For the
 * live preview, which loads the same directory again on every save; one cache per directory, used
 * by one load at a time.
 */
public final class LoadCache {

    /** How a file looked when it was read. */
    record Stamp(long size, FileTime modified, Object identity) {
    }

    private record Entry(String file, Stamp stamp, byte[] digest, Object result) {
    }

    private final Map<Path, Entry> entries = new ConcurrentHashMap<>();
    /** Each file's name as shown in messages, for the display base it was made for. */
    private final Map<Path, String> displays = new ConcurrentHashMap<>();
    private volatile Path displayBase;
    private final Set<Path> seen = ConcurrentHashMap.newKeySet();
    /** The digest of each file as of the last {@link #commit}, with the name it is shown by. */
    private final Map<Path, Committed> committed = new HashMap<>();
    /** Files read again or gone since the last {@link #commit}. */
    private final Set<Path> dirty = ConcurrentHashMap.newKeySet();

    private record Committed(String file, byte[] digest) {
    }

    /**
     * The files (as shown in messages) whose bytes differ from what they were at the last
     * {@link #commit} — added, changed or removed; every file before the first commit. A file
     * saved again with the same bytes, or changed and changed back, is not among them.
     */
    public Set<String> changedSinceCommit() {
        Set<String> changed = new TreeSet<>();
        for (Path path : dirty) {
            Entry now = entries.get(path);
            Committed was = committed.get(path);
            if (now == null && was != null) {
                changed.add(was.file());
            } else if (now != null && (was == null || now.digest() == null
                    || !MessageDigest.isEqual(was.digest(), now.digest()))) {
                changed.add(now.file());
            }
        }
        return changed;
    }

    /** Marks the files as they are now as the ones the output was made from. */
    public void commit() {
        for (Path path : dirty) {
            Entry now = entries.get(path);
            if (now == null || now.digest() == null) {
                committed.remove(path);
            } else {
                committed.put(path, new Committed(now.file(), now.digest()));
            }
        }
        dirty.clear();
    }

    /** A folder's YAML files as last listed, with what listing them reported. */
    record Listing(List<Path> paths, Set<Path> members, List<Problem> problems) {
    }

    private final Map<Path, Listing> listings = new ConcurrentHashMap<>();
    /** The paths a file watcher saw change before this load, or null when unknown (then all are looked at). */
    private volatile Set<Path> hint;

    /**
     * Tells the next load which paths changed since the last one (absolute, as a file watcher
     * reports them): it then lists only the folders where a file appeared or went, and looks at
     * only these files. Without a hint (or with null, after a watcher overflow) the next load looks
     * at every file.
     */
    public void hint(Set<Path> changedPaths) {
        hint = changedPaths == null ? null : Set.copyOf(changedPaths.stream()
                .map(p -> p.toAbsolutePath().normalize()).toList());
    }

    void beginLoad() {
        seen.clear();
    }

    /** The folder's listing of the last load, when the hint says no file appeared or went in it; else null. */
    Listing listing(Path directory) {
        Set<Path> changed = hint;
        Listing listing = listings.get(directory.toAbsolutePath().normalize());
        if (changed == null || listing == null) {
            return null;
        }
        Path folder = directory.toAbsolutePath().normalize();
        for (Path path : changed) {
            if (path.startsWith(folder) && !(listing.members().contains(path)
                    && Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS))) {
                return null;
            }
        }
        return listing;
    }

    void storeListing(Path directory, List<Path> paths, List<Problem> problems) {
        Set<Path> members = new HashSet<>();
        paths.forEach(p -> members.add(p.toAbsolutePath().normalize()));
        listings.put(directory.toAbsolutePath().normalize(), new Listing(List.copyOf(paths), members, List.copyOf(problems)));
    }

    /**
     * {@link ContentLoader#display}, remembered: a city's content has tens of thousands of files,
     * and the preview loads them all on every save.
     */
    String display(Path base, Path path) {
        if (!base.equals(displayBase)) {
            displays.clear();
            displayBase = base;
        }
        return displays.computeIfAbsent(path, p -> ContentLoader.display(base, p));
    }

    /**
     * The result of the last read of a file the hint does not name, without looking at the file;
     * null when there is no hint, the hint names it, or it was not read before.
     */
    <R> R reuseUnhinted(Path path) {
        Set<Path> changed = hint;
        if (changed == null || changed.contains(path.toAbsolutePath().normalize())) {
            return null;
        }
        Entry entry = entries.get(path);
        if (entry == null) {
            return null;
        }
        seen.add(path);
        @SuppressWarnings("unchecked")
        R result = (R) entry.result();
        return result;
    }

    void endLoad() {
        hint = null;
        for (var it = entries.entrySet().iterator(); it.hasNext();) {
            var entry = it.next();
            if (!seen.contains(entry.getKey())) {
                dirty.add(entry.getKey());
                it.remove();
            }
        }
    }

    /** The cached result for {@code path} if the file is as it was when read, else null. */
    @SuppressWarnings("unchecked")
    <R> R reuse(Path path, Stamp stamp) {
        seen.add(path);
        Entry entry = entries.get(path);
        return entry != null && stamp != null && entry.stamp().equals(stamp) ? (R) entry.result() : null;
    }

    /**
     * Records what reading {@code path} gave; {@code bytes} are what was read (null when the file
     * could not be read). A file saved again with the same bytes is not a change.
     */
    void store(Path path, String file, Stamp stamp, byte[] bytes, Object result) {
        byte[] digest = bytes == null ? null : Sha256.of(bytes);
        if (stamp != null) {
            entries.put(path, new Entry(file, stamp, digest, result));
        } else {
            entries.remove(path);
        }
        dirty.add(path);
    }

    /** How {@code path} looks now, or null when it cannot be told (then it is read again). */
    static Stamp stamp(Path path) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class,
                    LinkOption.NOFOLLOW_LINKS);
            return new Stamp(attributes.size(), attributes.lastModifiedTime(), attributes.fileKey());
        } catch (IOException e) {
            return null;
        }
    }
}
