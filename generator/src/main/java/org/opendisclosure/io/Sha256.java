package org.opendisclosure.io;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256, for the engine's digests of content, pages and files (the build record, the tree cache,
 * the search index's file names) and the hash the data page publishes. One place to get it.
 */
public final class Sha256 {

    private Sha256() {
    }

    /** The SHA-256 of {@code bytes} in lower-case hex. */
    public static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(digest().digest(bytes));
    }

    /** The SHA-256 of {@code bytes}. */
    public static byte[] of(byte[] bytes) {
        return digest().digest(bytes);
    }

    /** A new SHA-256 digest. */
    public static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
