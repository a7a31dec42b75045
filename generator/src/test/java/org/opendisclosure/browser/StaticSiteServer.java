package org.opendisclosure.browser;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A plain web server for the built site, as a host would run it: files by path, and
 * {@code 404.html} with status 404 for any missing address. The 404 page can only be judged
 * this way: a server shows it at the missing address, at any depth, never at its own.
 */
final class StaticSiteServer implements AutoCloseable {

    private final Path site;
    private final HttpServer server;
    private final boolean compress;

    StaticSiteServer(Path site) throws IOException {
        this(site, false);
    }

    /** @param compress whether to send files gzip-compressed to a browser that accepts it, as most hosts do */
    StaticSiteServer(Path site, boolean compress) throws IOException {
        this.compress = compress;
        this.site = site.toAbsolutePath().normalize();
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    /** The address of the site's root, e.g. {@code http://127.0.0.1:40123/}. */
    URI root() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            Path file = site.resolve(exchange.getRequestURI().getPath().substring(1)).normalize();
            boolean found = file.startsWith(site) && Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS);
            Path body = found ? file : site.resolve("404.html");
            String name = body.getFileName().toString();
            exchange.getResponseHeaders().set("Content-Type", name.endsWith(".css") ? "text/css; charset=utf-8"
                    : name.endsWith(".js") ? "text/javascript; charset=utf-8"
                    : name.endsWith(".svg") ? "image/svg+xml" : "text/html; charset=utf-8");
            byte[] bytes = Files.readAllBytes(body);
            String accepted = exchange.getRequestHeaders().getFirst("Accept-Encoding");
            if (compress && accepted != null && accepted.contains("gzip")) {
                ByteArrayOutputStream zipped = new ByteArrayOutputStream();
                try (GZIPOutputStream zip = new GZIPOutputStream(zipped)) {
                    zip.write(bytes);
                }
                bytes = zipped.toByteArray();
                exchange.getResponseHeaders().set("Content-Encoding", "gzip");
            }
            exchange.sendResponseHeaders(found ? 200 : 404, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
