package org.opendisclosure.content;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.zip.CRC32C;

import org.opendisclosure.io.Sha256;
import org.opendisclosure.problem.ProblemCollector;

/**
 * The YAML trees of the content files a build read, kept on disk for the next build, found by the
 * SHA-256 of a file's bytes: a file whose bytes are unchanged is not parsed again, its tree is read
 * back ({@link TreeCodec}), which at a city's scale takes a quarter of the time. Only trees that
 * the YAML reader made without any problem are kept, so a file with a problem is always read again
 * and reported again; everything after the tree (the readers, the checks) always runs.
 *
 * <p>The file is valid for one key (the engine and the content limits: a tree read by other code,
 * or under other limits, is not used) and holds each entry's length and CRC-32C; a file that is
 * foreign, damaged or cut short is ignored with a note, an entry whose checksum or shape is wrong
 * is read from its YAML again. A build writes the trees of the files it read (reused or new) to a
 * file of its own beside the cache and moves it into place at the end, so builds running at once
 * each leave a whole cache, never a mix. Thread-safe: the loader's threads read and add at once.
 *
 * <pre>{@code
 * TreeCache trees = TreeCache.open(cacheDirectory, engineAndLimits, notes::add);
 * Content content = new ContentLoader(limits, threads, trees).load(content, base, problems);
 * trees.finish(notes::add);
 * }</pre>
 */
public final class TreeCache {

    /** The file's name in the cache directory. */
    public static final String FILE = "content-trees.cache";
    private static final byte[] HEADER = "opendisclosure content trees 1\n".getBytes(StandardCharsets.US_ASCII);
    private static final long END = 0x4F44545245454E44L; // "ODTREEND"
    /** Bytes before each payload: digest, length, checksum. */
    private static final int ENTRY_HEAD = 32 + 4 + 4;
    /** A file of new trees older than this was left by a build that died. */
    private static final Duration ABANDONED_AFTER = Duration.ofHours(6);

    private record Digest(long a, long b, long c, long d) {
        static Digest of(byte[] sha256) {
            ByteBuffer buffer = ByteBuffer.wrap(sha256);
            return new Digest(buffer.getLong(), buffer.getLong(), buffer.getLong(), buffer.getLong());
        }

        void writeTo(DataOutputStream out) throws IOException {
            out.writeLong(a);
            out.writeLong(b);
            out.writeLong(c);
            out.writeLong(d);
        }
    }

    /** Where an entry's payload is in the old file. */
    private record Stored(long offset, int length, int checksum) {
    }

    private final Path file;
    private final int maxDepth;
    private final Map<Digest, Stored> stored;
    private final FileChannel old;
    private final Path next;
    private final DataOutputStream out;
    private final Set<Digest> written = ConcurrentHashMap.newKeySet();
    /** The SHA-256 of each file read, as shown in messages. */
    private final Map<String, byte[]> digests = new ConcurrentHashMap<>();
    private final AtomicInteger reused = new AtomicInteger();
    private final AtomicInteger added = new AtomicInteger();
    private boolean failed;

    private TreeCache(Path file, int maxDepth, Map<Digest, Stored> stored, FileChannel old, Path next,
            DataOutputStream out) {
        this.file = file;
        this.maxDepth = maxDepth;
        this.stored = stored;
        this.old = old;
        this.next = next;
        this.out = out;
    }

    /** No cache: every file is parsed, nothing is kept. */
    public static TreeCache none() {
        return new TreeCache(null, 0, Map.of(), null, null, null);
    }

    /**
     * Opens the cache in {@code directory} for {@code key}, telling {@code notes} why an existing
     * file cannot be used; a directory that cannot be written to gives a cache that keeps nothing.
     */
    public static TreeCache open(Path directory, String key, ContentLimits limits, Consumer<String> notes) {
        Path file = directory.resolve(FILE);
        Map<Digest, Stored> stored = new HashMap<>();
        FileChannel old = null;
        try {
            old = FileChannel.open(file, StandardOpenOption.READ);
            String problem = index(old, key, stored);
            if (problem != null) {
                notes.accept("内容解析缓存 " + file + " " + problem + "，不予使用，内容文件将全部重新解析。");
                stored.clear();
                old.close();
                old = null;
            }
        } catch (NoSuchFileException e) {
            // The first build with a cache.
        } catch (IOException e) {
            notes.accept("内容解析缓存 " + file + " 无法读取（" + e.getMessage() + "），内容文件将全部重新解析。");
            stored.clear();
            closeQuietly(old);
            old = null;
        }
        try {
            Files.createDirectories(directory);
            removeAbandoned(directory);
            Path next = Files.createTempFile(directory, FILE + ".", ".new");
            DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(next), 1 << 16));
            out.write(HEADER);
            byte[] keyBytes = key.getBytes(StandardCharsets.UTF_8);
            out.writeInt(keyBytes.length);
            out.write(keyBytes);
            return new TreeCache(file, limits.maxDepth() + 1, stored, old, next, out);
        } catch (IOException e) {
            notes.accept("内容解析缓存无法写入（" + e.getMessage() + "），下次将重新解析全部内容文件。");
            return new TreeCache(null, limits.maxDepth() + 1, stored, old, null, null);
        }
    }

    /**
     * Removes what builds that died while loading left: their files of new trees, once older than
     * any load takes (a build running now writes its own, younger one).
     */
    private static void removeAbandoned(Path directory) {
        long before = System.currentTimeMillis() - ABANDONED_AFTER.toMillis();
        try (var files = Files.newDirectoryStream(directory, FILE + ".*.new")) {
            for (Path abandoned : files) {
                if (Files.getLastModifiedTime(abandoned).toMillis() < before) {
                    Files.deleteIfExists(abandoned);
                }
            }
        } catch (IOException e) {
            // Tried again by the next build.
        }
    }

    /** Reads the entries' places; returns what is wrong with the file, or null. */
    private static String index(FileChannel channel, String key, Map<Digest, Stored> stored) throws IOException {
        channel.position(0);
        DataInputStream in = new DataInputStream(new BufferedInputStream(Channels.newInputStream(channel), 1 << 16));
        try {
            byte[] header = new byte[HEADER.length];
            in.readFully(header);
            if (!Arrays.equals(header, HEADER)) {
                return "不是本工具的内容解析缓存";
            }
            int keyLength = in.readInt();
            if (keyLength < 0 || keyLength > 1 << 20) {
                return "已损坏（键长度不对）";
            }
            byte[] keyBytes = new byte[keyLength];
            in.readFully(keyBytes);
            if (!new String(keyBytes, StandardCharsets.UTF_8).equals(key)) {
                return "由另一版本的插件或另一组限制生成";
            }
            long offset = HEADER.length + 4L + keyLength;
            long size = channel.size();
            long count = 0;
            while (true) {
                long first = in.readLong();
                if (first == END) {
                    long entries = in.readLong();
                    if (entries != count || offset + 16 != size) {
                        return "已损坏（条目数不符）";
                    }
                    return null;
                }
                Digest digest = new Digest(first, in.readLong(), in.readLong(), in.readLong());
                int length = in.readInt();
                int checksum = in.readInt();
                if (length < 0 || offset + ENTRY_HEAD + length > size) {
                    return "已损坏（条目超出文件）";
                }
                stored.put(digest, new Stored(offset + ENTRY_HEAD, length, checksum));
                in.skipNBytes(length);
                offset += ENTRY_HEAD + length;
                count++;
            }
        } catch (EOFException e) {
            return "不完整（缺少结尾）";
        }
    }

    /**
     * The tree of a file: read back when its bytes are those of a kept tree, else parsed by
     * {@code yaml} (and kept when it parsed without a problem).
     */
    Optional<YamlNode> read(YamlTreeReader yaml, String file, byte[] bytes, StringPool strings,
            ProblemCollector problems) {
        if (old == null && out == null) {
            return yaml.read(file, bytes, strings, problems);
        }
        byte[] sha256 = Sha256.of(bytes);
        digests.put(file, sha256);
        Digest digest = Digest.of(sha256);
        Stored entry = stored.get(digest);
        if (entry != null) {
            byte[] payload = payload(entry);
            if (payload != null) {
                try {
                    YamlNode tree = TreeCodec.decode(payload, 0, payload.length, file, strings, maxDepth);
                    reused.incrementAndGet();
                    append(digest, payload, entry.checksum());
                    return Optional.of(tree);
                } catch (TreeCodec.Corrupt e) {
                    // Read from the YAML instead, and keep that.
                }
            }
        }
        ProblemCollector own = new ProblemCollector();
        Optional<YamlNode> tree = yaml.read(file, bytes, strings, own);
        own.sorted().forEach(problems::add);
        if (tree.isPresent() && own.sorted().isEmpty() && out != null) {
            byte[] payload = TreeCodec.encode(tree.get());
            CRC32C crc = new CRC32C();
            crc.update(payload);
            added.incrementAndGet();
            append(digest, payload, (int) crc.getValue());
        }
        return tree;
    }

    /** The payload of an entry of the old file, or null when it cannot be read or its checksum is wrong. */
    private byte[] payload(Stored entry) {
        byte[] payload = new byte[entry.length()];
        ByteBuffer buffer = ByteBuffer.wrap(payload);
        try {
            long at = entry.offset();
            while (buffer.hasRemaining()) {
                int read = old.read(buffer, at + buffer.position());
                if (read < 0) {
                    return null;
                }
            }
        } catch (IOException e) {
            return null;
        }
        CRC32C crc = new CRC32C();
        crc.update(payload);
        return (int) crc.getValue() == entry.checksum() ? payload : null;
    }

    private synchronized void append(Digest digest, byte[] payload, int checksum) {
        if (out == null || failed || !written.add(digest)) {
            return;
        }
        try {
            digest.writeTo(out);
            out.writeInt(payload.length);
            out.writeInt(checksum);
            out.write(payload);
        } catch (IOException e) {
            failed = true;
        }
    }

    /**
     * Puts the trees this build read in place of the old cache (unless they are exactly the old
     * ones), and closes the files.
     */
    public synchronized void finish(Consumer<String> notes) {
        closeQuietly(old);
        if (out == null) {
            return;
        }
        try {
            out.writeLong(END);
            out.writeLong(written.size());
            out.close();
            if (failed) {
                throw new IOException("写入中断");
            }
            if (added.get() == 0 && written.size() == stored.size()) {
                // Exactly the trees of the old file: it stays.
                Files.deleteIfExists(next);
                return;
            }
            try {
                Files.move(next, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(next, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            notes.accept("内容解析缓存无法写入（" + e.getMessage() + "），下次将重新解析全部内容文件。");
            try {
                Files.deleteIfExists(next);
            } catch (IOException ignored) {
                // Left beside the cache; the next build's temporary file has another name.
            }
        }
    }

    /**
     * The SHA-256 of the bytes of each file read so far (as shown in messages; a copy of each), which
     * the cache took to find its tree: the build record's digest of a content file is made from it
     * rather than from reading and hashing every file again. Empty for {@link #none()}, which hashes
     * nothing.
     */
    public Map<String, byte[]> digests() {
        Map<String, byte[]> copy = new java.util.HashMap<>();
        digests.forEach((file, sha256) -> copy.put(file, sha256.clone()));
        return copy;
    }

    /** Files whose trees were read back, and files parsed and kept, so far. */
    public int reused() {
        return reused.get();
    }

    public int added() {
        return added.get();
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // Only read from.
            }
        }
    }
}
