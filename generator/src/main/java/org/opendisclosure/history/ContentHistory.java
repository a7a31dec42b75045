package org.opendisclosure.history;

import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.EmptyTreeIterator;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.AndTreeFilter;
import org.eclipse.jgit.treewalk.filter.PathFilter;
import org.eclipse.jgit.treewalk.filter.TreeFilter;
import org.opendisclosure.content.ContentSnapshot;

/**
 * The commits of {@code HEAD}'s first-parent history that changed the content directory, newest
 * first — the history of what was published, a merged pull request being one commit. One walk
 * of the history serves the whole build; only the newest {@code limit} commits have their changed
 * files read, the older ones are only counted.
 *
 * @param commits the newest commits that changed the content, at most the limit asked for
 * @param older   how many more, older commits changed it
 * @param oldest  the time of the oldest commit that changed it, or null when none did
 */
public record ContentHistory(List<ContentCommit> commits, int older, OffsetDateTime oldest) {

    public ContentHistory {
        commits = List.copyOf(commits);
    }

    /** Walks {@code HEAD}'s history once. */
    public static ContentHistory read(ContentRepository content, int limit) throws IOException {
        var repository = content.repository();
        ObjectId head = repository.resolve("HEAD^{commit}");
        if (head == null) {
            return new ContentHistory(List.of(), 0, null);
        }
        List<ContentCommit> commits = new ArrayList<>();
        int older = 0;
        OffsetDateTime oldest = null;
        try (RevWalk walk = new RevWalk(repository)) {
            walk.setFirstParent(true);
            if (!content.contentPath().isEmpty()) {
                walk.setTreeFilter(AndTreeFilter.create(PathFilter.create(content.contentPath()), TreeFilter.ANY_DIFF));
            }
            walk.markStart(walk.parseCommit(head));
            for (RevCommit commit : walk) {
                oldest = time(commit);
                if (commits.size() >= limit) {
                    older++;
                    continue;
                }
                RevCommit parent = commit.getParentCount() == 0 ? null : walk.parseCommit(commit.getParent(0));
                commits.add(read(content, commit, parent));
            }
        }
        return new ContentHistory(commits, older, oldest);
    }

    /**
     * The commit with the files it changed as they were before and after, read in the same walk
     * over the two trees that finds them: the content's large directories are parsed once per commit.
     */
    private static ContentCommit read(ContentRepository content, RevCommit commit, RevCommit parent)
            throws IOException {
        String label = commit.abbreviate(7).name();
        List<String> changed = new ArrayList<>();
        TreeMap<String, byte[]> before = new TreeMap<>();
        TreeMap<String, byte[]> after = new TreeMap<>();
        try (ObjectReader reader = content.repository().newObjectReader();
                TreeWalk walk = new TreeWalk(content.repository(), reader)) {
            walk.setRecursive(true);
            if (parent == null) {
                walk.addTree(new EmptyTreeIterator());
            } else {
                walk.addTree(parent.getTree());
            }
            walk.addTree(commit.getTree());
            TreeFilter changes = TreeFilter.ANY_DIFF;
            walk.setFilter(content.contentPath().isEmpty() ? changes
                    : AndTreeFilter.create(PathFilter.create(content.contentPath()), changes));
            String prefix = content.contentPath().isEmpty() ? "" : content.contentPath() + "/";
            while (walk.next()) {
                String path = walk.getPathString().substring(prefix.length());
                changed.add(path);
                blob(walk, 0, reader).ifPresent(bytes -> before.put(path, bytes));
                blob(walk, 1, reader).ifPresent(bytes -> after.put(path, bytes));
            }
        }
        return new ContentCommit(commit.name(), label, time(commit), commit.getShortMessage(), changed,
                new ContentSnapshot(label + "^", content.contentPath(), before),
                new ContentSnapshot(label, content.contentPath(), after));
    }

    /** The bytes of the file tree {@code n} of the walk has at the current path, if it is a file there. */
    private static Optional<byte[]> blob(TreeWalk walk, int n, ObjectReader reader) throws IOException {
        if ((walk.getRawMode(n) & FileMode.TYPE_MASK) != FileMode.TYPE_FILE) {
            return Optional.empty();
        }
        return Optional.of(reader.open(walk.getObjectId(n), Constants.OBJ_BLOB).getBytes());
    }

    private static OffsetDateTime time(RevCommit commit) {
        var ident = commit.getCommitterIdent();
        return OffsetDateTime.ofInstant(Instant.ofEpochSecond(commit.getCommitTime()), ident.getZoneOffset());
    }
}
