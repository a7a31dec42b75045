package org.opendisclosure.diff;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

/**
 * One revision that changed published content: when, the commit's summary, and what changed.
 *
 * @param shortId the abbreviated commit id, also the entry's anchor on the change-log page
 * @param time    the commit time, in the committer's time zone
 * @param summary the first line of the commit message (untrusted text, escaped by the template)
 * @param lines   what changed, one sentence each (at most a few; see {@code omitted})
 * @param omitted how many more changes there were
 * @param touched what the changes touched, as {@link RecordKeys} names it
 */
public record ChangeLogEntry(String shortId, OffsetDateTime time, String summary, List<String> lines, int omitted,
        Set<String> touched) {

    public ChangeLogEntry {
        lines = List.copyOf(lines);
        touched = Set.copyOf(touched);
    }

    /** The date readers see, {@code 2024-03-01}, in the committer's time zone. */
    public String date() {
        return time.toLocalDate().toString();
    }
}
