package org.opendisclosure.search;

import java.util.Arrays;

/**
 * A posting list — the ascending numbers of the documents that hold a gram — written as a short
 * string that needs no escaping in JSON: the first number, then each gap less one (so that
 * neighbouring documents cost zero), each as a variable-length number of 5-bit digits, lowest
 * first. The 64 digit characters are {@code A–Z a–z 0–9 - _}: the first 32 end a number, the
 * other 32 say another digit follows. A gap under 32 takes one character; most gaps of a large
 * index are small.
 */
public final class PostingCodec {

    static final String DIGITS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    private static final int BITS = 5;
    private static final int LAST = 1 << BITS;

    private PostingCodec() {
    }

    /** Encodes {@code count} strictly ascending, non-negative numbers from {@code documents}. */
    public static String encode(int[] documents, int count) {
        StringBuilder out = new StringBuilder(count + 4);
        int previous = -1;
        for (int i = 0; i < count; i++) {
            int document = documents[i];
            if (document <= previous) {
                throw new IllegalArgumentException("not ascending at " + i + ": " + previous + ", " + document);
            }
            appendGap(out, document - previous - 1);
            previous = document;
        }
        return out.toString();
    }

    public static String encode(int... documents) {
        return encode(documents, documents.length);
    }

    /** The inverse of {@link #encode}; search.js decodes the same way. */
    public static int[] decode(String posting) {
        int[] documents = new int[posting.length()];
        int count = 0;
        int previous = -1;
        int value = 0;
        int shift = 0;
        for (int i = 0; i < posting.length(); i++) {
            int digit = DIGITS.indexOf(posting.charAt(i));
            if (digit < 0) {
                throw new IllegalArgumentException("not a posting digit: " + posting.charAt(i));
            }
            value |= (digit % LAST) << shift;
            if (digit < LAST) {
                previous += value + 1;
                documents[count++] = previous;
                value = 0;
                shift = 0;
            } else {
                shift += BITS;
            }
        }
        return Arrays.copyOf(documents, count);
    }

    /** Appends one gap (a document's number less its predecessor's, less one) in this code. */
    static void appendGap(StringBuilder out, int value) {
        int rest = value;
        while (rest >= LAST) {
            out.append(DIGITS.charAt(LAST + (rest & (LAST - 1))));
            rest >>>= BITS;
        }
        out.append(DIGITS.charAt(rest));
    }
}
