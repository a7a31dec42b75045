package org.opendisclosure.write;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.opendisclosure.io.Sha256;
import org.opendisclosure.write.BuildRecord.OutputRecord;
import org.opendisclosure.write.BuildRecord.PageRecord;

/**
 * The build cache's one file, {@code site-build.cache} in the cache directory: a {@link BuildRecord}
 * as UTF-8 lines of tab-separated fields, ending with the SHA-256 of everything before it.
 *
 * <pre>
 * disclosure-build-cache 4
 * key	&lt;engine and settings&gt;
 * templates	&lt;digest&gt;
 * input	&lt;digest&gt;	content/projects/2019/a.yaml
 * page	2019/projects/a.html	&lt;更新于&gt;	&lt;sources, separated by |&gt;	&lt;files, separated by |&gt;	&lt;model digest&gt;
 * output	&lt;size&gt;	&lt;modified&gt;	&lt;crc32c&gt;	2019/projects/a.html
 * end	&lt;sha256 of the lines above&gt;
 * </pre>
 *
 * Fields are escaped ({@code %}, tab, line breaks and {@code |} as {@code %XX}), so a hostile file
 * name cannot forge a line. A cache is never trusted blindly: a file of another tool, of another
 * format version, cut short, damaged, larger than {@link #MAX_BYTES}, or with another key is
 * ignored, and {@link #read} says why in a note for the build log. {@link #take} removes the file
 * as it reads it: a build that dies before it writes the next record leaves no record at all, never
 * one that describes a site that is no longer there.
 */
public final class BuildRecordFile {

    /** The cache file's name in the cache directory. */
    public static final String NAME = "site-build.cache";
    /**
     * A larger file is not read: a city's year needs about 15 MB, an archive of ten city-years
     * (the benchmark's L) 220 MB, most of it the files each page reads.
     */
    static final long MAX_BYTES = 1L << 30;

    private static final String HEADER = "disclosure-build-cache 4";

    private final Path file;

    public BuildRecordFile(Path cacheDirectory) {
        this.file = cacheDirectory.resolve(NAME);
    }

    /** The record read, or why there is none to use. */
    public record Read(BuildRecord record, String note) {

        static Read none(String note) {
            return new Read(null, note);
        }

        public boolean usable() {
            return record != null;
        }
    }

    /**
     * Reads the record and removes the file, so that only the build that read it can use it.
     *
     * @param key the key of this build; a record with another one is not used
     */
    public Read take(String key) {
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return Read.none("没有构建缓存，完整构建。");
        }
        Read read = read(key);
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            return Read.none("构建缓存 " + file + " 无法删除（" + e.getMessage() + "），不予使用，完整构建。");
        }
        return read;
    }

    /** Reads the record without removing it. */
    public Read read(String key) {
        try {
            if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
                return Read.none("没有构建缓存，完整构建。");
            }
            if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                return Read.none("构建缓存 " + file + " 不是普通文件，不予使用，完整构建。");
            }
            if (Files.size(file) > MAX_BYTES) {
                return Read.none("构建缓存 " + file + " 超过 " + MAX_BYTES + " 字节，不予使用，完整构建。");
            }
            try (InputStream in = Files.newInputStream(file)) {
                return parse(in, key);
            }
        } catch (NoSuchFileException e) {
            return Read.none("没有构建缓存，完整构建。");
        } catch (IOException e) {
            return Read.none("构建缓存 " + file + " 无法读取（" + e.getMessage() + "），不予使用，完整构建。");
        }
    }

    /**
     * Reads the record line by line as it comes from the file, its digest taken on the way: at ten
     * city-years the file is 220 MB, and reading it whole, as text and as a list of lines, held most
     * of a GB at once. Strings that many pages' lines repeat (the files a page reads) are kept once.
     * What is wrong with a file is said in the order it always was: not UTF-8, another header, cut
     * short, a digest that does not match, then a line that cannot be read.
     */
    private Read parse(InputStream in, String key) throws IOException {
        MessageDigest digest = Sha256.digest();
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteLines lines = new ByteLines(in);
        boolean notUtf8 = false;
        boolean header = false;
        String sum = null;
        boolean afterEnd = false;
        String lineError = null;
        String recordKey = null;
        String templates = null;
        Map<String, String> inputs = new HashMap<>();
        Map<String, PageRecord> pages = new HashMap<>();
        Map<String, OutputRecord> outputs = new HashMap<>();
        Map<String, String> strings = new HashMap<>();
        for (int number = 0; lines.next(); number++) {
            String line;
            try {
                line = utf8.decode(ByteBuffer.wrap(lines.bytes(), 0, lines.length())).toString();
            } catch (CharacterCodingException e) {
                notUtf8 = true;
                continue;
            }
            if (number == 0) {
                header = line.equals(HEADER) && lines.ended();
            }
            if (!header || notUtf8) {
                continue; // only whether the rest is UTF-8 still matters
            }
            if (sum != null) {
                afterEnd = true;
            }
            if (line.startsWith("end\t") && lines.ended()) {
                sum = line.substring(4);
                continue;
            }
            digest.update(lines.bytes(), 0, lines.length());
            if (lines.ended()) {
                digest.update((byte) '\n');
            }
            if (number == 0 || lineError != null) {
                continue;
            }
            try {
                String[] f = line.split("\t", -1);
                switch (f[0]) {
                    case "key" -> recordKey = unescape(f[1]);
                    case "templates" -> templates = unescape(f[1]);
                    case "input" -> inputs.put(unescape(f[2]), unescape(f[1]));
                    case "page" -> pages.put(unescape(f[1]), new PageRecord(pooled(unescape(f[2]), strings),
                            new LinkedHashSet<>(list(f[3], strings)), list(f[4], strings), unescape(f[5])));
                    case "output" -> outputs.put(unescape(f[4]),
                            new OutputRecord(Long.parseLong(f[1]), Long.parseLong(f[2]), f[3]));
                    default -> lineError = "有无法识别的行：" + abbreviate(line);
                }
            } catch (RuntimeException e) {
                lineError = "有格式错误的行（" + e.getMessage() + "）";
            }
        }
        if (notUtf8) {
            return damaged("不是 UTF-8 文本");
        }
        if (!header) {
            return Read.none("构建缓存 " + file + " 不是本工具这一版本的缓存（首行不是“" + HEADER
                    + "”），不予使用，完整构建。");
        }
        if (sum == null || afterEnd) {
            return damaged("不完整（缺少结尾校验行）");
        }
        if (!sum.equals(HexFormat.of().formatHex(digest.digest()))) {
            return damaged("校验和不符");
        }
        if (lineError != null) {
            return damaged(lineError);
        }
        if (recordKey == null || templates == null) {
            return damaged("缺少 key 或 templates 行");
        }
        if (!recordKey.equals(key)) {
            String[] was = recordKey.split("\n", -1);
            String[] now = key.split("\n", -1);
            int line = 0;
            while (line < Math.min(was.length, now.length) && was[line].equals(now[line])) {
                line++;
            }
            return Read.none("构建缓存由另一版本的插件或另一组设置生成（缓存："
                    + abbreviate(line < was.length ? was[line] : "") + "；本次："
                    + abbreviate(line < now.length ? now[line] : "") + "），不予使用，完整构建。");
        }
        return new Read(new BuildRecord(recordKey, templates, inputs, pages, outputs), null);
    }

    private Read damaged(String what) {
        return Read.none("构建缓存 " + file + " 已损坏（" + what + "），不予使用，完整构建。");
    }

    /**
     * Writes the record: to a temporary file first, renamed into place, so a reader never sees half
     * of it. Written as it is made, its digest taken on the way: ten city-years make a record of
     * 220 MB, which as one string, its growth copies and its bytes took most of a GB at the very
     * end of a build in a 2 GB heap, and ran out of it.
     */
    public void write(BuildRecord record) throws IOException {
        try (Pending pending = begin(record.key(), record.templates(), record.inputs(), record.pages())) {
            pending.finish(record.outputs());
        }
    }

    /**
     * Starts writing a record whose outputs are not all known yet: what the build read and which
     * pages it made are written now (most of the record), while the build still waits for its last
     * files; {@link Pending#finish} adds the outputs and puts the record in place. Closing a record
     * never finished removes what was written.
     */
    public Pending begin(String key, String templates, Map<String, String> inputs, Map<String, PageRecord> pages)
            throws IOException {
        Files.createDirectories(file.getParent());
        Path temporary = Files.createTempFile(file.getParent(), NAME, ".tmp");
        Pending pending = new Pending(temporary);
        try {
            Writer text = pending.text;
            text.append(HEADER).append('\n');
            text.append("key\t").append(escape(key)).append('\n');
            text.append("templates\t").append(escape(templates)).append('\n');
            for (Map.Entry<String, String> input : new TreeMap<>(inputs).entrySet()) {
                text.append("input\t").append(escape(input.getValue())).append('\t').append(escape(input.getKey()))
                        .append('\n');
            }
            for (Map.Entry<String, PageRecord> entry : new TreeMap<>(pages).entrySet()) {
                PageRecord page = entry.getValue();
                text.append("page\t").append(escape(entry.getKey())).append('\t').append(escape(page.update()))
                        .append('\t').append(joined(sorted(page.sources()))).append('\t')
                        .append(joined(page.files())).append('\t').append(escape(page.model())).append('\n');
            }
            return pending;
        } catch (IOException | RuntimeException e) {
            pending.close();
            throw e;
        }
    }

    /** A record being written ({@link #begin}). */
    public final class Pending implements AutoCloseable {
        private final Path temporary;
        private final MessageDigest digest = Sha256.digest();
        private final OutputStream out;
        private final Writer text;
        private boolean closed;

        private Pending(Path temporary) throws IOException {
            this.temporary = temporary;
            this.out = new BufferedOutputStream(Files.newOutputStream(temporary), 1 << 16);
            // Buffered as characters, so that the encoder runs once per buffer, not once per field.
            this.text = new BufferedWriter(new OutputStreamWriter(new DigestOutputStream(out, digest),
                    StandardCharsets.UTF_8), 1 << 16);
        }

        /** Adds the outputs, seals the record with its digest and puts it in place. */
        public void finish(Map<String, OutputRecord> outputs) throws IOException {
            for (Map.Entry<String, OutputRecord> entry : new TreeMap<>(outputs).entrySet()) {
                OutputRecord output = entry.getValue();
                text.append("output\t").append(Long.toString(output.size())).append('\t')
                        .append(String.valueOf(output.modified())).append('\t').append(output.checksum()).append('\t')
                        .append(escape(entry.getKey())).append('\n');
            }
            text.flush(); // every byte of the body through the digest, then the line that seals it
            out.write(("end\t" + HexFormat.of().formatHex(digest.digest()) + "\n").getBytes(StandardCharsets.UTF_8));
            out.close();
            closed = true;
            try {
                Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(temporary);
            }
        }

        /** Removes what was written, unless the record was finished. */
        @Override
        public void close() throws IOException {
            if (!closed) {
                closed = true;
                try {
                    out.close();
                } finally {
                    Files.deleteIfExists(temporary);
                }
            }
        }
    }

    /** Removes the record, if there is one. */
    public void delete() throws IOException {
        Files.deleteIfExists(file);
    }

    /** The values, each escaped, separated by {@code |}. */
    private static String joined(List<String> values) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.append('|');
            }
            out.append(escape(values.get(i)));
        }
        return out.toString();
    }

    private static List<String> sorted(Collection<String> values) {
        String[] array = values.toArray(String[]::new);
        Arrays.sort(array);
        return Arrays.asList(array);
    }

    private static List<String> list(String field, Map<String, String> strings) {
        if (field.isEmpty()) {
            return List.of();
        }
        String[] values = field.split("\\|", -1);
        List<String> list = new ArrayList<>(values.length);
        for (String value : values) {
            list.add(pooled(unescape(value), strings));
        }
        return list;
    }

    /** The instance of {@code value} the read keeps, so that a name many lines repeat is held once. */
    private static String pooled(String value, Map<String, String> strings) {
        String kept = strings.putIfAbsent(value, value);
        return kept == null ? value : kept;
    }

    /**
     * The lines of a stream as bytes, without their line break, in one buffer that grows to the
     * longest line.
     */
    private static final class ByteLines {
        private final InputStream in;
        private final byte[] chunk = new byte[1 << 16];
        private int chunkStart;
        private int chunkEnd;
        private byte[] line = new byte[1 << 12];
        private int length;
        private boolean ended;

        ByteLines(InputStream in) {
            this.in = in;
        }

        /** Reads the next line; false at the end of the stream. */
        boolean next() throws IOException {
            length = 0;
            ended = false;
            boolean any = false;
            while (true) {
                if (chunkStart == chunkEnd) {
                    chunkEnd = in.read(chunk);
                    chunkStart = 0;
                    if (chunkEnd <= 0) {
                        chunkEnd = 0;
                        return any;
                    }
                }
                any = true;
                int i = chunkStart;
                while (i < chunkEnd && chunk[i] != '\n') {
                    i++;
                }
                append(chunkStart, i);
                if (i < chunkEnd) {
                    chunkStart = i + 1;
                    ended = true;
                    return true;
                }
                chunkStart = chunkEnd;
            }
        }

        private void append(int from, int to) {
            int n = to - from;
            if (length + n > line.length) {
                line = Arrays.copyOf(line, Math.max(line.length * 2, length + n));
            }
            System.arraycopy(chunk, from, line, length, n);
            length += n;
        }

        byte[] bytes() {
            return line;
        }

        int length() {
            return length;
        }

        /** Whether the line ended with a line break (the last line of a file cut short does not). */
        boolean ended() {
            return ended;
        }
    }

    static String escape(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '%' -> out.append("%25");
                case '\t' -> out.append("%09");
                case '\n' -> out.append("%0A");
                case '\r' -> out.append("%0D");
                case '|' -> out.append("%7C");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    static String unescape(String value) {
        if (value.indexOf('%') < 0) {
            return value;
        }
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '%') {
                out.append((char) Integer.parseInt(value.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String abbreviate(String text) {
        return text.length() > 120 ? text.substring(0, 120) + "…" : text;
    }
}
