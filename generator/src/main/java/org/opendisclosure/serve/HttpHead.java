package org.opendisclosure.serve;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;

/**
 * The first line of an HTTP request, which is all the preview needs: the method, the decoded path
 * and the raw query. Headers are read (up to the limit) but not kept.
 *
 * @param method   {@code GET}, {@code HEAD} or anything else the client sent
 * @param path     the percent-decoded path, starting with {@code /}
 * @param rawQuery the query as sent, or null
 */
record HttpHead(String method, String path, String rawQuery) {

    /** The end of a request head. */
    private static final byte[] END = {'\r', '\n', '\r', '\n'};

    /**
     * The head of the request in {@code bytes[0, length)}, or null when the blank line that ends
     * it has not arrived yet.
     *
     * @throws IllegalArgumentException when the request line is not {@code METHOD /path HTTP/1.x}
     */
    static HttpHead parse(byte[] bytes, int length) {
        int end = indexOf(bytes, length);
        if (end < 0) {
            return null;
        }
        int lineEnd = 0;
        while (lineEnd < end && bytes[lineEnd] != '\r') {
            lineEnd++;
        }
        String line = new String(bytes, 0, lineEnd, StandardCharsets.ISO_8859_1);
        String[] parts = line.split(" ", -1);
        if (parts.length != 3 || !parts[0].matches("[A-Z]{1,16}") || !parts[2].matches("HTTP/1\\.[01]")
                || !parts[1].startsWith("/")) {
            throw new IllegalArgumentException("not an HTTP/1.x request line");
        }
        try {
            URI target = new URI(parts[1]);
            if (target.getRawPath() == null || target.getPath() == null) {
                throw new IllegalArgumentException("no path");
            }
            return new HttpHead(parts[0], target.getPath(), target.getRawQuery());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("malformed request target", e);
        }
    }

    private static int indexOf(byte[] bytes, int length) {
        outer:
        for (int i = 0; i + END.length <= length; i++) {
            for (int j = 0; j < END.length; j++) {
                if (bytes[i + j] != END[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    boolean isHead() {
        return method.equals("HEAD");
    }
}
