package org.opendisclosure.serve;

import java.nio.file.Path;

/**
 * Maps a request path to a file of the built site, refusing anything that would leave it:
 * {@code /} and {@code /2019/} are their {@code index.html}; {@code ..}, backslashes, NUL and
 * absolute tricks give null.
 */
final class SitePath {

    private SitePath() {
    }

    /** The file for {@code requestPath} under {@code site}, or null when the path is not acceptable. */
    static Path resolve(Path site, String requestPath) {
        if (requestPath == null || !requestPath.startsWith("/") || requestPath.indexOf('\\') >= 0
                || requestPath.indexOf('\0') >= 0) {
            return null;
        }
        String relative = requestPath.substring(1);
        if (relative.isEmpty() || relative.endsWith("/")) {
            relative += "index.html";
        }
        for (String segment : relative.split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
                return null;
            }
        }
        Path root = site.toAbsolutePath().normalize();
        Path file = root.resolve(relative).normalize();
        return file.startsWith(root) ? file : null;
    }
}
