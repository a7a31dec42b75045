package org.opendisclosure.content;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.opendisclosure.problem.SourcePosition;

/**
 * A {@link YamlNode} tree as bytes and back, for the {@link TreeCache}: each node is a tag, its
 * line and column, then its text or its children; numbers are unsigned 7-bit varints, texts UTF-8
 * with their length first. The file's name is not stored: positions get the name of the file being
 * loaded when the tree is read back. Decoding trusts nothing: a payload that ends early, runs past
 * its end, nests deeper than {@code maxDepth}, or has an unknown tag is {@link Corrupt}.
 */
final class TreeCodec {

    private static final int NULL = 0;
    private static final int TEXT = 1;
    private static final int SEQUENCE = 2;
    private static final int MAPPING = 3;

    /** A payload that is not a tree this codec wrote. */
    static final class Corrupt extends Exception {
        Corrupt(String message) {
            super(message, null, false, false);
        }
    }

    private TreeCodec() {
    }

    static byte[] encode(YamlNode root) {
        Output out = new Output();
        write(root, out);
        return out.toByteArray();
    }

    private static void write(YamlNode node, Output out) {
        if (node instanceof YamlNode.Scalar scalar) {
            out.write(scalar.isNull() ? NULL : TEXT);
            position(scalar.position(), out);
            if (!scalar.isNull()) {
                out.text(scalar.text());
            }
        } else if (node instanceof YamlNode.Sequence sequence) {
            out.write(SEQUENCE);
            position(sequence.position(), out);
            out.varint(sequence.items().size());
            sequence.items().forEach(item -> write(item, out));
        } else {
            YamlNode.Mapping mapping = (YamlNode.Mapping) node;
            out.write(MAPPING);
            position(mapping.position(), out);
            out.varint(mapping.entries().size());
            for (YamlNode.Entry entry : mapping.entries().values()) {
                out.text(entry.key());
                position(entry.keyPosition(), out);
                write(entry.value(), out);
            }
        }
    }

    private static void position(SourcePosition at, Output out) {
        out.varint(at.line());
        out.varint(at.column());
    }

    /**
     * The tree in {@code payload}, its positions in {@code file}; keys and values are taken from
     * {@code strings} as the YAML reader takes them.
     */
    static YamlNode decode(byte[] payload, int offset, int length, String file, StringPool strings, int maxDepth)
            throws Corrupt {
        Input in = new Input(payload, offset, offset + length, file, strings);
        YamlNode root = in.node(maxDepth);
        if (in.at != in.end) {
            throw new Corrupt("bytes after the tree");
        }
        return root;
    }

    private static final class Input {
        private final byte[] bytes;
        private int at;
        private final int end;
        private final String file;
        private final StringPool strings;

        Input(byte[] bytes, int at, int end, String file, StringPool strings) {
            this.bytes = bytes;
            this.at = at;
            this.end = end;
            this.file = file;
            this.strings = strings;
        }

        YamlNode node(int depth) throws Corrupt {
            if (depth < 0) {
                throw new Corrupt("nested too deep");
            }
            int tag = next();
            SourcePosition position = position();
            switch (tag) {
                case NULL:
                    return new YamlNode.Scalar("", true, position);
                case TEXT:
                    return new YamlNode.Scalar(strings.pooledValue(text()), false, position);
                case SEQUENCE: {
                    int count = count();
                    List<YamlNode> items = new ArrayList<>(count);
                    for (int i = 0; i < count; i++) {
                        items.add(node(depth - 1));
                    }
                    return new YamlNode.Sequence(items, position);
                }
                case MAPPING: {
                    int count = count();
                    Map<String, YamlNode.Entry> entries = new LinkedHashMap<>(count * 2);
                    for (int i = 0; i < count; i++) {
                        String key = strings.pooled(text());
                        SourcePosition keyPosition = position();
                        if (entries.put(key, new YamlNode.Entry(key, keyPosition, node(depth - 1))) != null) {
                            throw new Corrupt("a key twice");
                        }
                    }
                    return new YamlNode.Mapping(entries, position);
                }
                default:
                    throw new Corrupt("unknown tag " + tag);
            }
        }

        private SourcePosition position() throws Corrupt {
            return new SourcePosition(file, varint(), varint());
        }

        /** A count of children: each takes at least three bytes, so more than the rest could hold is corrupt. */
        private int count() throws Corrupt {
            int count = varint();
            if (count > (end - at) / 3) {
                throw new Corrupt("more children than bytes");
            }
            return count;
        }

        private String text() throws Corrupt {
            int length = varint();
            if (length > end - at) {
                throw new Corrupt("text past the end");
            }
            String text = new String(bytes, at, length, StandardCharsets.UTF_8);
            at += length;
            return text;
        }

        private int varint() throws Corrupt {
            int value = 0;
            for (int shift = 0; shift < 32; shift += 7) {
                int b = next();
                value |= (b & 0x7F) << shift;
                if (b < 0x80) {
                    if (value < 0) {
                        throw new Corrupt("negative number");
                    }
                    return value;
                }
            }
            throw new Corrupt("number too long");
        }

        private int next() throws Corrupt {
            if (at >= end) {
                throw new Corrupt("ends early");
            }
            return bytes[at++] & 0xFF;
        }
    }

    /** A growing byte array: unlike a {@code ByteArrayOutputStream}, it takes no lock for each byte. */
    private static final class Output {
        private byte[] bytes = new byte[4096];
        private int length;

        void write(int b) {
            if (length == bytes.length) {
                bytes = Arrays.copyOf(bytes, bytes.length * 2);
            }
            bytes[length++] = (byte) b;
        }

        void varint(int value) {
            int rest = value;
            while ((rest & ~0x7F) != 0) {
                write(0x80 | (rest & 0x7F));
                rest >>>= 7;
            }
            write(rest);
        }

        void text(String text) {
            byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
            varint(utf8.length);
            if (length + utf8.length > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + utf8.length));
            }
            System.arraycopy(utf8, 0, bytes, length, utf8.length);
            length += utf8.length;
        }

        byte[] toByteArray() {
            return Arrays.copyOf(bytes, length);
        }
    }
}
