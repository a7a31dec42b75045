package org.opendisclosure.io;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.util.HexFormat;

/**
 * Passes every byte on to another stream, counting them and hashing them with SHA-256: a file's
 * size and hash, known once it is written, without holding its bytes. Not thread-safe.
 */
public final class HashingOutput extends FilterOutputStream {

    private final MessageDigest digest = Sha256.digest();
    private long size;

    public HashingOutput(OutputStream out) {
        super(out);
    }

    /**
     * Writes {@code content} to {@code out} through a new hashing stream, flushed and not closed,
     * and returns that stream for the size and hash of what passed.
     */
    public static HashingOutput pass(FileContent content, OutputStream out) throws IOException {
        HashingOutput hashing = new HashingOutput(out);
        content.writeTo(hashing);
        hashing.flush();
        return hashing;
    }

    @Override
    public void write(int b) throws IOException {
        out.write(b);
        digest.update((byte) b);
        size++;
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        out.write(bytes, offset, length);
        digest.update(bytes, offset, length);
        size += length;
    }

    /** How many bytes passed so far. */
    public long size() {
        return size;
    }

    /** The SHA-256 of the bytes that passed, in lower-case hex; call it once, after the last byte. */
    public String sha256() {
        return HexFormat.of().formatHex(digest.digest());
    }
}
