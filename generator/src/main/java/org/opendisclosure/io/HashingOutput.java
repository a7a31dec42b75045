package org.opendisclosure.io;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.function.Supplier;
import java.util.zip.CRC32C;

/**
 * Passes every byte on to another stream, counting them and hashing them: a file's size and hash,
 * known once it is written, without holding its bytes. SHA-256 ({@link #sha256}) for a hash that is
 * published; CRC-32C ({@link #crc32c}) for the build record's quick check. Not thread-safe.
 */
public final class HashingOutput extends FilterOutputStream {

    private final Update update;
    private final Supplier<String> hex;
    private final byte[] one = new byte[1];
    private long size;

    private HashingOutput(OutputStream out, Update update, Supplier<String> hex) {
        super(out);
        this.update = update;
        this.hex = hex;
    }

    /** A stream that hashes with SHA-256 what it passes to {@code out}. */
    public static HashingOutput sha256(OutputStream out) {
        MessageDigest digest = Sha256.digest();
        return new HashingOutput(out, digest::update, () -> HexFormat.of().formatHex(digest.digest()));
    }

    /** A stream that takes the CRC-32C ({@link Crc32c}) of what it passes to {@code out}. */
    public static HashingOutput crc32c(OutputStream out) {
        CRC32C crc = new CRC32C();
        return new HashingOutput(out, crc::update, () -> Crc32c.hex(crc.getValue()));
    }

    /**
     * Writes {@code content} through {@code hashing}, flushed and not closed, and returns it for the
     * size and hash of what passed.
     */
    public static HashingOutput pass(FileContent content, HashingOutput hashing) throws IOException {
        content.writeTo(hashing);
        hashing.flush();
        return hashing;
    }

    @Override
    public void write(int b) throws IOException {
        one[0] = (byte) b;
        write(one, 0, 1);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        out.write(bytes, offset, length);
        update.update(bytes, offset, length);
        size += length;
    }

    /** How many bytes passed so far. */
    public long size() {
        return size;
    }

    /** The hash of the bytes that passed, in lower-case hex; call it once, after the last byte. */
    public String hex() {
        return hex.get();
    }

    /** What a digest or a checksum does with bytes that pass. */
    private interface Update {
        void update(byte[] bytes, int offset, int length);
    }
}
