package org.opendisclosure.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.opendisclosure.address.SiteAddresses;
import org.opendisclosure.io.Sha256;
import org.opendisclosure.markup.Json;

/**
 * The search stage's output: the index of the search documents as files under {@code search/},
 * small enough that the search page loads only what a query needs, and loadable from
 * {@code file://} (where browsers refuse fetch and XHR): every file is a script that hands its
 * data to {@code OpenDisclosureSearch} in {@code assets/search.js}.
 *
 * <ul>
 * <li>{@code search/index.js} — the manifest: the kinds (labels, which document numbers each has),
 * the shards (the first gram each holds, and its file's hash), the document chunks (the first
 * document number each holds, and its file's hash).
 * <li>{@code search/g-<hash>.js} — a shard: grams ({@link SearchText}) with their posting lists
 * ({@link PostingCodec}), in code-point order. Shards cover consecutive ranges of grams and close
 * once they reach about {@code shardBytes}, so a query of two or more characters loads one shard
 * per distinct bigram at most. The grams that start with one character — all a one-character
 * query needs — are consecutive, in one shard or a few neighbouring ones: a frequent character
 * (a digit, 服) has more grams than fit one shard, and splitting them keeps every other query from
 * loading them all.
 * <li>{@code search/d-<hash>.js} — a chunk of consecutive documents, about {@code chunkBytes} or
 * {@code chunkDocuments} of them, whichever comes first: year, title, link and fields, for the
 * browser to confirm a candidate (grams only say the text <em>may</em> contain the query) and show
 * it.
 * </ul>
 *
 * <p>A gram's entry is its posting list over all searched text, then — if any title holds the
 * gram — a {@code .} and its posting list over titles only (nothing after the {@code .} when that is
 * the same list), which the page uses to list results whose title matches first. Data file names
 * are the SHA-256 of their content (first 12 hex digits), so a browser never mixes a cached file
 * of an older build with a newer one, and the same documents always give the same bytes.
 */
public final class SearchIndexWriter {

    public static final String MANIFEST = SiteAddresses.searchFile("index");
    static final String SHARD_PREFIX = "g-";
    static final String CHUNK_PREFIX = "d-";
    /** Hex digits of a file's hash in its name: 48 bits, so that a collision is never expected (and is detected). */
    static final int HASH_LENGTH = 12;
    /** Bumped whenever the files change shape; search.js refuses other formats. */
    public static final int FORMAT = 1;

    /** Sizes chosen by measuring a city's year (docs/search.md): see there before changing them. */
    static final int DEFAULT_SHARD_BYTES = 16 * 1024;
    static final int DEFAULT_CHUNK_BYTES = 8 * 1024;
    static final int DEFAULT_CHUNK_DOCUMENTS = 500;

    private final int shardBytes;
    private final int chunkBytes;
    private final int chunkDocuments;

    public SearchIndexWriter() {
        this(DEFAULT_SHARD_BYTES, DEFAULT_CHUNK_BYTES, DEFAULT_CHUNK_DOCUMENTS);
    }

    /** With other sizes, for tests that need several shards and chunks from a few documents. */
    SearchIndexWriter(int shardBytes, int chunkBytes, int chunkDocuments) {
        this.shardBytes = shardBytes;
        this.chunkBytes = chunkBytes;
        this.chunkDocuments = chunkDocuments;
    }

    /** Where the index's files go: the staged site, or a map in tests. */
    @FunctionalInterface
    public interface FileSink {
        void write(String path, byte[] bytes) throws IOException;

        /**
         * Called every {@link #CHECKPOINT_EVERY} documents, where writing the index may stop: a sink
         * that throws here stops it (the live preview, when a newer edit arrived). Does nothing by
         * default.
         */
        default void checkpoint() throws IOException {
        }
    }

    /** Documents (or projects) gathered between two {@link FileSink#checkpoint()}s. */
    public static final int CHECKPOINT_EVERY = 512;

    /** The files of the index, by path in the site. */
    public SortedMap<String, byte[]> files(List<SearchDocument> documents) {
        SortedMap<String, byte[]> files = new TreeMap<>();
        try {
            write(documents, files::put);
        } catch (IOException e) {
            throw new UncheckedIOException("a map does not fail", e);
        }
        return files;
    }

    /**
     * Writes the index's files to {@code sink} as each is made, so that only the grams and their
     * postings stay in memory, never the files themselves (at ten city-years they are hundreds of
     * megabytes); the manifest last.
     */
    public void write(List<SearchDocument> documents, FileSink sink) throws IOException {
        WrittenFiles files = new WrittenFiles(sink);
        List<String[]> shards = writeShards(documents, files);
        List<Object[]> chunks = writeChunks(documents, files);
        sink.write(MANIFEST, bytes(manifest(documents, shards, chunks)));
    }

    /** The files written so far, by name with the SHA-256 of their data, to catch two contents under one name. */
    private static final class WrittenFiles {
        private final FileSink sink;
        private final Map<String, String> written = new HashMap<>();

        WrittenFiles(FileSink sink) {
            this.sink = sink;
        }

        /** Writes {@code bytes}, made from data with the SHA-256 {@code digest}, unless that is written already. */
        void write(String path, byte[] bytes, String digest) throws IOException {
            String previous = written.putIfAbsent(path, digest);
            if (previous == null) {
                sink.write(path, bytes);
            } else if (!previous.equals(digest)) {
                throw new IllegalStateException("two index files have the name " + path + "; make HASH_LENGTH longer");
            }
        }
    }

    /** Writes the shards; returns each one's first gram and hash. */
    private List<String[]> writeShards(List<SearchDocument> documents, WrittenFiles files) throws IOException {
        // Grams as numbers in an open-addressing table while gathering, then one sort of the
        // numbers, which is the code-point order of the grams: no string is made for a gram
        // before its entry is written.
        GramPostings all = new GramPostings();
        GramPostings titles = new GramPostings();
        SearchText.GramKeys grams = new SearchText.GramKeys();
        for (int number = 0; number < documents.size(); number++) {
            if (number % CHECKPOINT_EVERY == 0) {
                files.sink.checkpoint();
            }
            SearchDocument document = documents.get(number);
            grams.clear();
            document.searchedTexts().forEach(grams::add);
            grams.distinct();
            for (int i = 0; i < grams.size(); i++) {
                all.add(grams.get(i), number);
            }
            if (document.kind().titleSearched()) {
                grams.clear();
                grams.add(document.title());
                grams.distinct();
                for (int i = 0; i < grams.size(); i++) {
                    titles.add(grams.get(i), number);
                }
            }
        }
        // Entries fill shards in gram order; a shard closes once it is about full.
        List<String[]> shards = new ArrayList<>();
        List<String> shard = new ArrayList<>();
        String shardStart = null;
        int shardSize = 0;
        for (long key : all.sortedKeys()) {
            String gram = SearchText.gram(key);
            String text = entry(gram, all.get(key), titles.get(key));
            int size = text.getBytes(StandardCharsets.UTF_8).length + 1;
            if (!shard.isEmpty() && shardSize + size > shardBytes) {
                shards.add(writeShard(shardStart, shard, files));
                shard.clear();
                shardSize = 0;
            }
            if (shard.isEmpty()) {
                shardStart = gram;
            }
            shard.add(text);
            shardSize += size;
        }
        if (!shard.isEmpty()) {
            shards.add(writeShard(shardStart, shard, files));
        }
        return shards;
    }

    /** A gram and its postings as two JSON array elements. */
    private static String entry(String gram, Postings all, Postings titles) {
        StringBuilder out = Json.string(new StringBuilder(), gram).append(',');
        // Title grams are a subset of all grams, so the same count means the same list.
        String titlePart = titles == null ? "" : "." + (titles.count == all.count ? "" : titles.encode());
        return Json.string(out, all.encode() + titlePart).toString();
    }

    private static String[] writeShard(String firstGram, List<String> entries, WrittenFiles files) throws IOException {
        return new String[] {firstGram, write("shard", SHARD_PREFIX, "[" + String.join(",", entries) + "]", files)};
    }

    /**
     * Writes {@code search/<prefix><hash>.js} calling {@code OpenDisclosureSearch.<function>} with its
     * name and {@code data}; returns the hash. Two files of the same content are one file.
     */
    private static String write(String function, String prefix, String data, WrittenFiles files) throws IOException {
        String digest = Sha256.hex(bytes(data));
        String hash = digest.substring(0, HASH_LENGTH);
        String name = prefix + hash;
        files.write(SiteAddresses.searchFile(name),
                bytes("OpenDisclosureSearch." + function + "(\"" + name + "\"," + data + ");\n"), digest);
        return hash;
    }

    /** Writes the chunks; returns each one's first document number and hash. */
    private List<Object[]> writeChunks(List<SearchDocument> documents, WrittenFiles files) throws IOException {
        List<Object[]> chunks = new ArrayList<>();
        List<String> chunk = new ArrayList<>();
        int size = 0;
        for (int number = 0; number < documents.size(); number++) {
            if (number % CHECKPOINT_EVERY == 0) {
                files.sink.checkpoint();
            }
            String document = json(documents.get(number));
            chunk.add(document);
            size += document.getBytes(StandardCharsets.UTF_8).length + 1;
            if (size >= chunkBytes || chunk.size() >= chunkDocuments || number + 1 == documents.size()) {
                String hash = write("documents", CHUNK_PREFIX, "[" + String.join(",", chunk) + "]", files);
                chunks.add(new Object[] {number + 1 - chunk.size(), hash});
                chunk.clear();
                size = 0;
            }
        }
        return chunks;
    }

    /** {@code [year, title, href or null, [fields…]]}. */
    private static String json(SearchDocument document) {
        StringBuilder out = new StringBuilder().append('[').append(document.year()).append(',');
        Json.string(out, document.title()).append(',');
        if (document.href() == null) {
            out.append("null");
        } else {
            Json.string(out, document.href());
        }
        out.append(",[");
        for (int i = 0; i < document.fields().size(); i++) {
            Json.string(out.append(i == 0 ? "" : ","), document.fields().get(i));
        }
        return out.append("]]").toString();
    }

    private static String manifest(List<SearchDocument> documents, List<String[]> shards, List<Object[]> chunks) {
        StringBuilder out = new StringBuilder("OpenDisclosureSearch.index({\"format\":").append(FORMAT)
                .append(",\"documents\":").append(documents.size()).append(",\"kinds\":[");
        int first = 0;
        for (SearchKind kind : SearchKind.values()) {
            int count = (int) documents.stream().filter(d -> d.kind() == kind).count();
            out.append(kind.ordinal() == 0 ? "" : ",").append("{\"key\":");
            Json.string(out, kind.key()).append(",\"heading\":");
            Json.string(out, kind.heading()).append(",\"first\":").append(first).append(",\"count\":").append(count)
                    .append(",\"titleSearched\":").append(kind.titleSearched()).append(",\"context\":")
                    .append(kind.contextField()).append(",\"labels\":[");
            for (int i = 0; i < kind.labels().size(); i++) {
                Json.string(out.append(i == 0 ? "" : ","), kind.labels().get(i));
            }
            out.append("]}");
            first += count;
        }
        // The lists are long at scale and the manifest is on every query's path, so they are packed:
        // the hashes of the files one after the other, the chunks' first documents as a posting list.
        out.append("],\"hashLength\":").append(HASH_LENGTH).append(",\"shards\":{\"first\":[");
        for (int i = 0; i < shards.size(); i++) {
            Json.string(out.append(i == 0 ? "" : ","), shards.get(i)[0]);
        }
        out.append("],\"files\":");
        Json.string(out, shards.stream().map(s -> s[1]).collect(Collectors.joining()));
        out.append("},\"chunks\":{\"first\":");
        Json.string(out, PostingCodec.encode(chunks.stream().mapToInt(c -> (Integer) c[0]).toArray()));
        out.append(",\"files\":");
        Json.string(out, chunks.stream().map(c -> (String) c[1]).collect(Collectors.joining()));
        return out.append("}});\n").toString();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** Postings by gram ({@link SearchText#gramKey}): an open-addressing table of longs. */
    private static final class GramPostings {
        private long[] keys = new long[1 << 12];
        private Postings[] values = new Postings[1 << 12];
        private int size;

        void add(long key, int document) {
            int slot = slot(key);
            if (values[slot] == null) {
                keys[slot] = key;
                values[slot] = new Postings();
                if (++size * 2 > keys.length) {
                    grow();
                    slot = slot(key);
                }
            }
            values[slot].add(document);
        }

        Postings get(long key) {
            return values[slot(key)];
        }

        /** Every gram, in code-point order. */
        long[] sortedKeys() {
            long[] sorted = new long[size];
            int n = 0;
            for (int i = 0; i < keys.length; i++) {
                if (values[i] != null) {
                    sorted[n++] = keys[i];
                }
            }
            Arrays.sort(sorted);
            return sorted;
        }

        /** The key's slot, or the empty slot where it would go. */
        private int slot(long key) {
            int mask = keys.length - 1;
            int slot = Long.hashCode(key * 0x9E3779B97F4A7C15L) & mask;
            while (values[slot] != null && keys[slot] != key) {
                slot = (slot + 1) & mask;
            }
            return slot;
        }

        private void grow() {
            long[] oldKeys = keys;
            Postings[] oldValues = values;
            keys = new long[oldKeys.length * 2];
            values = new Postings[oldKeys.length * 2];
            for (int i = 0; i < oldKeys.length; i++) {
                if (oldValues[i] != null) {
                    int slot = slot(oldKeys[i]);
                    keys[slot] = oldKeys[i];
                    values[slot] = oldValues[i];
                }
            }
        }
    }

    /**
     * A growing list of ascending document numbers, kept as the gaps between them in 7-bit bytes
     * (lowest first; a set high bit says another byte follows): most gaps of a large index are
     * small, so a posting mostly costs one byte, not an {@code int}'s four. At ten city-years the
     * postings are the search stage's memory.
     */
    private static final class Postings {
        private byte[] gaps = new byte[4];
        private int length;
        private int count;
        private int last = -1;

        void add(int document) {
            if (document <= last) {
                throw new IllegalArgumentException("not ascending: " + last + ", " + document);
            }
            if (length + 5 > gaps.length) {
                gaps = Arrays.copyOf(gaps, Math.max(gaps.length * 2, length + 5));
            }
            int rest = document - last - 1;
            while (rest >= 0x80) {
                gaps[length++] = (byte) (0x80 | (rest & 0x7F));
                rest >>>= 7;
            }
            gaps[length++] = (byte) rest;
            last = document;
            count++;
        }

        String encode() {
            StringBuilder out = new StringBuilder(count + 4);
            int gap = 0;
            int shift = 0;
            for (int i = 0; i < length; i++) {
                gap |= (gaps[i] & 0x7F) << shift;
                if (gaps[i] >= 0) {
                    PostingCodec.appendGap(out, gap);
                    gap = 0;
                    shift = 0;
                } else {
                    shift += 7;
                }
            }
            return out.toString();
        }
    }
}
