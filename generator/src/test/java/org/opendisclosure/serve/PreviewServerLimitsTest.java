package org.opendisclosure.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendisclosure.FixtureSite;
import org.opendisclosure.problem.Problem;

/**
 * The preview server under clients that misbehave, as a review found them: hundreds of
 * half-sent requests, hundreds of reload long-polls, oversized and garbled heads. Threads stay
 * bounded, stale connections are closed in time, and a normal request is still answered.
 */
class PreviewServerLimitsTest {

    private static final PreviewHttp.Limits LIMITS = new PreviewHttp.Limits(128, Duration.ofSeconds(2), 4096, 4,
            16, Duration.ofSeconds(5), 16, Duration.ofSeconds(120));

    @TempDir
    Path dir;

    private FixtureSite site;
    private PreviewServer server;
    private URI base;
    private final List<Socket> clients = new ArrayList<>();

    @BeforeEach
    void start() throws IOException {
        site = FixtureSite.in(dir).standard();
        server = new PreviewServer(site.request(), new PreviewLog() {
            @Override
            public void problem(Problem problem) {
            }

            @Override
            public void built(String summary) {
            }
        }, LIMITS);
        base = server.start("127.0.0.1", 0);
    }

    @AfterEach
    void stop() throws IOException {
        for (Socket client : clients) {
            client.close();
        }
        server.close();
    }

    @Test
    void fiveHundredHalfSentRequestsHoldNoThreadAndAreClosedAfterTheHeadTimeout() throws Exception {
        int threadsBefore = previewThreads();
        for (int i = 0; i < 500; i++) {
            Socket client = connect();
            client.getOutputStream().write("GET / HTTP/1.1\r\nHost: localhost\r\nX-Slow: ".getBytes(StandardCharsets.US_ASCII));
            client.getOutputStream().flush();
        }
        assertEquals("200", statusOf(exchange("GET /index.html HTTP/1.1\r\nHost: localhost\r\n\r\n")),
                "a normal request is answered while 500 clients hang");
        assertTrue(previewThreads() <= threadsBefore + LIMITS.workers(),
                "threads: " + previewThreads() + ", before the clients: " + threadsBefore);

        Thread.sleep(LIMITS.headTimeout().toMillis() + 1500);
        Socket last = clients.get(clients.size() - 1);
        last.setSoTimeout(3000);
        assertEquals(-1, readOrEnd(last.getInputStream()), "the server closed a connection that never finished its head");
        Socket first = clients.get(0);
        first.setSoTimeout(3000);
        assertEquals(-1, readOrEnd(first.getInputStream()),
                "the oldest ones were closed when more than " + LIMITS.maxConnections() + " hung at once");
    }

    @Test
    void reloadLongPollsAreParkedWithoutThreadsAndCappedWithRetryAfter() throws Exception {
        int threadsBefore = previewThreads();
        long build = server.buildNumber();
        List<Socket> polls = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            Socket poll = connect();
            poll.getOutputStream().write(("GET /_preview/wait?since=" + build + " HTTP/1.1\r\nHost: localhost\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            poll.getOutputStream().flush();
            polls.add(poll);
        }
        int refused = 0;
        List<Socket> parked = new ArrayList<>();
        for (Socket poll : polls) {
            poll.setSoTimeout(1500);
            String answer = readAll(poll);
            if (answer == null) {
                parked.add(poll);
            } else {
                // Refused, either by the cap on parked long-polls or, in the burst, by the bounded queue
                // of requests: both tell the page when to try again.
                assertTrue(answer.startsWith("HTTP/1.1 503 ") && answer.matches("(?s).*\r\nRetry-After: [12]\r\n.*"),
                        answer);
                refused++;
            }
        }
        assertEquals(LIMITS.maxWaiting(), parked.size(), "long-polls parked");
        assertEquals(300 - LIMITS.maxWaiting(), refused);
        assertTrue(previewThreads() <= threadsBefore + LIMITS.workers(), "threads: " + previewThreads());

        Path department = site.content().resolve("departments/dept.yaml");
        Files.writeString(department, Files.readString(department) + "\n");
        for (Socket poll : parked) {
            poll.setSoTimeout(30_000);
            String answer = readAll(poll);
            assertTrue(answer != null && answer.startsWith("HTTP/1.1 200 ") && answer.endsWith("\r\n\r\n" + (build + 1)),
                    String.valueOf(answer));
        }
    }

    @Test
    void oversizedAndGarbledHeadsAreRefusedWithTheirStatus() throws Exception {
        assertEquals("431", statusOf(exchange("GET / HTTP/1.1\r\nX-Big: " + "x".repeat(5000) + "\r\n\r\n")));
        assertEquals("400", statusOf(exchange("HELLO THERE\r\n\r\n")));
        assertEquals("400", statusOf(exchange("GET / SMTP/9\r\n\r\n")));
        assertEquals("405", statusOf(exchange("POST /index.html HTTP/1.1\r\nContent-Length: 0\r\n\r\n")));
        String head = exchange("HEAD /index.html HTTP/1.1\r\n\r\n");
        assertTrue(head.startsWith("HTTP/1.1 200 ") && head.endsWith("\r\n\r\n"), head);
        assertTrue(head.contains("\r\nConnection: close\r\n"), head);
    }

    @Test
    void aClientThatStopsReadingIsGivenUpAndOthersAreStillServed() throws Exception {
        // Many clients ask for the home page and never read: each answer fits the socket buffers or
        // is given up after the response timeout; the server keeps answering.
        for (int i = 0; i < 40; i++) {
            Socket client = connect();
            client.setReceiveBufferSize(1024);
            client.getOutputStream().write("GET /index.html HTTP/1.1\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        // While their answers are stuck, the bounded queue may refuse with 503; within the response
        // timeout the stuck answers are given up and a normal request is served again.
        long deadline = System.nanoTime() + 4 * LIMITS.responseTimeout().toNanos();
        String status;
        do {
            status = statusOf(exchange("GET /index.html HTTP/1.1\r\n\r\n"));
            if (!status.equals("200")) {
                assertEquals("503", status);
                Thread.sleep(200);
            }
        } while (!status.equals("200") && System.nanoTime() < deadline);
        assertEquals("200", status, "served again after the response timeout");
    }

    private Socket connect() throws IOException {
        Socket socket = new Socket(base.getHost(), base.getPort());
        clients.add(socket);
        return socket;
    }

    /** Sends a raw request on a new connection and reads the whole answer. */
    private String exchange(String request) throws IOException {
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(15_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            return readAll(socket);
        }
    }

    /** The whole answer until the server closes, or null when none came within the socket's timeout. */
    private static String readAll(Socket socket) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            socket.getInputStream().transferTo(bytes);
        } catch (java.net.SocketTimeoutException e) {
            return bytes.size() == 0 ? null : bytes.toString(StandardCharsets.UTF_8);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static int readOrEnd(InputStream in) throws IOException {
        try {
            return in.read();
        } catch (SocketException reset) {
            return -1; // reset by the server: closed too
        }
    }

    private static String statusOf(String answer) {
        return answer.split(" ", 3)[1];
    }

    private static int previewThreads() {
        return (int) Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.isAlive() && t.getName().startsWith("disclosure-preview")).count();
    }
}
