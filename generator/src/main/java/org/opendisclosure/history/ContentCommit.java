package org.opendisclosure.history;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A commit that changed the content directory, with what its changed files were before and after.
 * Only the changed files are read, so a commit costs what it changed, not the size of the content.
 *
 * @param id      the full commit id
 * @param shortId the abbreviated id (7 hex digits)
 * @param time    when it was committed, in the committer's time zone (not the build's clock)
 * @param summary the first line of its message
 * @param changed the changed paths, relative to the content directory
 * @param before  the changed files as they were in the parent (empty for the first commit)
 * @param after   the changed files as the commit left them
 */
public record ContentCommit(String id, String shortId, OffsetDateTime time, String summary, List<String> changed,
        org.opendisclosure.content.ContentSnapshot before, org.opendisclosure.content.ContentSnapshot after) {

    public ContentCommit {
        changed = List.copyOf(changed);
    }
}
