package org.opendisclosure.history;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevTree;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.PathFilter;
import org.opendisclosure.content.ContentSnapshot;

/**
 * The git repository a content directory lives in, found by walking up from the directory (the
 * content may be a sub-directory, as {@code content/} is in this project), and the directory's
 * place in it. Reads objects only; close it when done.
 *
 * <pre>{@code
 * try (ContentRepository repository = ContentRepository.find(contentDirectory).orElseThrow()) {
 *     ContentSnapshot base = repository.snapshot("origin/main");
 * }
 * }</pre>
 */
public final class ContentRepository implements AutoCloseable {

    private final Repository repository;
    private final String contentPath;

    private ContentRepository(Repository repository, String contentPath) {
        this.repository = repository;
        this.contentPath = contentPath;
    }

    /**
     * The repository holding {@code contentDirectory}, or empty when it is in none (or the
     * repository has no work tree to place the directory in).
     */
    public static Optional<ContentRepository> find(Path contentDirectory) throws IOException {
        Path directory = contentDirectory.toAbsolutePath().normalize();
        FileRepositoryBuilder builder = new FileRepositoryBuilder().readEnvironment().findGitDir(directory.toFile());
        if (builder.getGitDir() == null) {
            return Optional.empty();
        }
        Repository repository = builder.setMustExist(true).build();
        if (repository.isBare()) {
            repository.close();
            return Optional.empty();
        }
        Path workTree = repository.getWorkTree().toPath().toAbsolutePath().normalize();
        if (!directory.startsWith(workTree)) {
            repository.close();
            return Optional.empty();
        }
        String path = workTree.relativize(directory).toString().replace('\\', '/');
        return Optional.of(new ContentRepository(repository, path));
    }

    /** The content directory's path in the repository, e.g. {@code content}; empty for the root. */
    public String contentPath() {
        return contentPath;
    }

    /** Whether the repository is a shallow clone, whose history stops short of the first commit. */
    public boolean isShallow() throws IOException {
        return !repository.getObjectDatabase().getShallowCommits().isEmpty();
    }

    /** The commit a revision ({@code HEAD}, {@code origin/main}, an id) names, or empty. */
    public Optional<RevCommit> commit(String revision) throws IOException {
        ObjectId id = repository.resolve(revision + "^{commit}");
        if (id == null) {
            return Optional.empty();
        }
        try (RevWalk walk = new RevWalk(repository)) {
            return Optional.of(walk.parseCommit(id));
        }
    }

    /**
     * The content directory as it is at {@code revision}, named in messages as
     * {@code <abbreviated id>:<content path>/<file>}.
     *
     * @throws IllegalArgumentException when the revision names no commit
     */
    public ContentSnapshot snapshot(String revision) throws IOException {
        RevCommit commit = commit(revision).orElseThrow(() -> new IllegalArgumentException(
                "git 仓库 " + repository.getWorkTree() + " 中找不到版本 “" + revision + "”"));
        return snapshot(commit);
    }

    /** Every file of the content directory at {@code commit}. */
    private ContentSnapshot snapshot(RevCommit commit) throws IOException {
        SortedMap<String, byte[]> files = new TreeMap<>();
        RevTree tree = commit.getTree();
        try (ObjectReader reader = repository.newObjectReader(); TreeWalk walk = new TreeWalk(repository, reader)) {
            walk.addTree(tree);
            walk.setRecursive(true);
            if (!contentPath.isEmpty()) {
                walk.setFilter(PathFilter.create(contentPath));
            }
            while (walk.next()) {
                if ((walk.getRawMode(0) & FileMode.TYPE_MASK) != FileMode.TYPE_FILE) {
                    continue;
                }
                String path = walk.getPathString();
                files.put(contentPath.isEmpty() ? path : path.substring(contentPath.length() + 1),
                        reader.open(walk.getObjectId(0), Constants.OBJ_BLOB).getBytes());
            }
        }
        return new ContentSnapshot(commit.abbreviate(7).name(), contentPath, files);
    }

    Repository repository() {
        return repository;
    }

    @Override
    public void close() {
        repository.close();
    }
}
