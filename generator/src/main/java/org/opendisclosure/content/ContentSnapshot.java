package org.opendisclosure.content;

import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The files of a content directory held in memory, such as the directory at a git revision read
 * without a checkout: each file's bytes by its path relative to the content directory
 * ({@code projects/a.yaml}). Messages name a file as {@code label} followed by its path below
 * {@code displayDirectory}, the way git names a file at a revision: {@code 3f2a91c:content/projects/a.yaml}.
 *
 * @param label            what the snapshot is, e.g. an abbreviated commit id; empty for none
 * @param displayDirectory the content directory as editors see it, e.g. {@code content}; empty for the root
 * @param files            bytes by relative path, sorted by path
 */
public record ContentSnapshot(String label, String displayDirectory, SortedMap<String, byte[]> files) {

    public ContentSnapshot {
        files = Collections.unmodifiableSortedMap(new TreeMap<>(files));
    }

    /** How messages name the file at {@code path}. */
    public String display(String path) {
        String inRepository = displayDirectory.isEmpty() ? path : displayDirectory + "/" + path;
        return label.isEmpty() ? inRepository : label + ":" + inRepository;
    }
}
