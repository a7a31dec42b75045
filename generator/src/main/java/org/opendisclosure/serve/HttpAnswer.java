package org.opendisclosure.serve;

import java.nio.charset.StandardCharsets;

/**
 * A complete answer of the preview: status, content type and body, sent with {@code
 * Cache-Control: no-store} and {@code Connection: close} (every connection carries one request,
 * so none stays open waiting for a next one).
 *
 * @param retryAfterSeconds sent as {@code Retry-After} when positive (with 503)
 */
record HttpAnswer(int status, String type, byte[] body, int retryAfterSeconds) implements PreviewHttp.Reply {

    HttpAnswer(int status, String type, byte[] body) {
        this(status, type, body, 0);
    }

    static HttpAnswer text(int status, String text) {
        return new HttpAnswer(status, "text/plain; charset=utf-8", text.getBytes(StandardCharsets.UTF_8));
    }

    /** Status line, headers and, unless the request was {@code HEAD}, the body. */
    byte[] bytes(boolean head) {
        StringBuilder headers = new StringBuilder()
                .append("HTTP/1.1 ").append(status).append(' ').append(reason()).append("\r\n")
                .append("Content-Type: ").append(type).append("\r\n")
                .append("Content-Length: ").append(body.length).append("\r\n")
                .append("Cache-Control: no-store\r\n")
                .append("X-Content-Type-Options: nosniff\r\n");
        if (retryAfterSeconds > 0) {
            headers.append("Retry-After: ").append(retryAfterSeconds).append("\r\n");
        }
        headers.append("Connection: close\r\n\r\n");
        byte[] start = headers.toString().getBytes(StandardCharsets.ISO_8859_1);
        if (head) {
            return start;
        }
        byte[] all = new byte[start.length + body.length];
        System.arraycopy(start, 0, all, 0, start.length);
        System.arraycopy(body, 0, all, start.length, body.length);
        return all;
    }

    private String reason() {
        return switch (status) {
            case 200 -> "OK";
            case 400 -> "Bad Request";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 431 -> "Request Header Fields Too Large";
            case 500 -> "Internal Server Error";
            case 503 -> "Service Unavailable";
            default -> "Status";
        };
    }
}
