package org.opendisclosure.diff;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The site's change log (更新记录): the revisions that changed published content, newest first,
 * and for any record the newest entry that touched it, from an index made once and only read
 * after (safe to share between the threads that render pages).
 */
public final class ChangeLog {

    private final List<ChangeLogEntry> entries;
    private final int older;
    private final String oldestDate;
    private final String note;
    private final Map<String, Integer> newestByKey = new HashMap<>();

    /**
     * @param entries    the entries listed in detail, newest first
     * @param older      how many older revisions changed the content without being listed in detail
     * @param oldestDate the date of the oldest revision that changed the content, or empty
     * @param note       why there is no change log (outside git, a shallow clone), or empty when there is one
     */
    public ChangeLog(List<ChangeLogEntry> entries, int older, String oldestDate, String note) {
        this.entries = List.copyOf(entries);
        this.older = older;
        this.oldestDate = oldestDate;
        this.note = note;
        for (int i = 0; i < this.entries.size(); i++) {
            int position = i;
            this.entries.get(i).touched().forEach(key -> newestByKey.putIfAbsent(key, position));
        }
    }

    /** No change log, for the reason given. */
    public static ChangeLog absent(String note) {
        return new ChangeLog(List.of(), 0, "", note);
    }

    public boolean isPresent() {
        return note.isEmpty();
    }

    public List<ChangeLogEntry> entries() {
        return entries;
    }

    /** How many older revisions changed the content without being listed in detail. */
    public int older() {
        return older;
    }

    /** The date of the oldest revision that changed the content, or empty. */
    public String oldestDate() {
        return oldestDate;
    }

    /** Why there is no change log, or empty. */
    public String note() {
        return note;
    }

    /** The newest entry that touched any of {@code keys} ({@link RecordKeys}); empty when no listed entry did. */
    public Optional<ChangeLogEntry> latest(Collection<String> keys) {
        int newest = Integer.MAX_VALUE;
        for (String key : keys) {
            newest = Math.min(newest, newestByKey.getOrDefault(key, Integer.MAX_VALUE));
        }
        return newest == Integer.MAX_VALUE ? Optional.empty() : Optional.of(entries.get(newest));
    }

    /** The newest entry of all, if any. */
    public Optional<ChangeLogEntry> latest() {
        return entries.isEmpty() ? Optional.empty() : Optional.of(entries.get(0));
    }
}
