package org.opendisclosure.serve;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The preview's HTTP server, with every resource bounded whatever the clients do: request heads
 * are read by one thread without blocking (a client that sends half a request holds a small
 * buffer, not a thread, and is closed after {@link Limits#headTimeout}); at most
 * {@link Limits#maxConnections} are read at once (a new one closes the oldest); requests are
 * answered by a fixed pool of {@link Limits#workers} with a bounded queue (beyond it: 503); the
 * reload long-polls wait parked, without a thread, at most {@link Limits#maxWaiting} at a time
 * (beyond: 503 with {@code Retry-After}); a client that does not read its answer is closed after
 * {@link Limits#responseTimeout}. So the server uses {@code workers + 2} threads, however many
 * clients connect. One request per connection ({@code Connection: close}).
 */
final class PreviewHttp implements AutoCloseable {

    /** What the handler answers: a complete answer, or "tell me when a build after this one has finished". */
    sealed interface Reply permits HttpAnswer, WaitForBuild {
    }

    /** Answer with the number of the first build newer than {@code since}, or with the current number after the long-poll time. */
    record WaitForBuild(long since) implements Reply {
    }

    /** Answers one request; called on a worker thread. */
    interface Handler {
        Reply handle(HttpHead request) throws IOException;
    }

    /**
     * @param maxConnections  request heads read at once
     * @param headTimeout     time a client has to send its whole request head
     * @param maxHeadBytes    largest request head accepted (431 beyond)
     * @param workers         threads answering requests
     * @param queuedRequests  requests waiting for a worker (503 beyond)
     * @param responseTimeout time a client has to take its answer
     * @param maxWaiting      reload long-polls parked at once (503 beyond)
     * @param longPoll        how long a long-poll is kept before it is answered with no news
     */
    record Limits(int maxConnections, Duration headTimeout, int maxHeadBytes, int workers, int queuedRequests,
            Duration responseTimeout, int maxWaiting, Duration longPoll) {

        static final Limits DEFAULT = new Limits(128, Duration.ofSeconds(10), 16 * 1024, 4, 64,
                Duration.ofSeconds(30), 64, Duration.ofSeconds(25));
    }

    private final Limits limits;
    private final Handler handler;
    private final ServerSocketChannel listener;
    private final Selector selector;
    private final Thread reader;
    private final ThreadPoolExecutor workers;
    private final ScheduledExecutorService clock;
    /** Connections whose head is being read, oldest first; touched by the reader thread only. */
    private final Map<SocketChannel, Incoming> incoming = new LinkedHashMap<>();
    /** Parked long-polls, oldest first; guarded by itself, as is {@link #latestBuild}. */
    private final ArrayDeque<Waiter> waiting = new ArrayDeque<>();
    private long latestBuild;
    private volatile boolean closed;

    PreviewHttp(InetSocketAddress address, Limits limits, Handler handler, long latestBuild) throws IOException {
        this.limits = limits;
        this.handler = handler;
        this.latestBuild = latestBuild;
        this.listener = ServerSocketChannel.open();
        this.selector = Selector.open();
        try {
            listener.bind(address, 64);
            listener.configureBlocking(false);
            listener.register(selector, SelectionKey.OP_ACCEPT);
        } catch (IOException e) {
            listener.close();
            selector.close();
            throw e;
        }
        AtomicInteger count = new AtomicInteger();
        this.workers = new ThreadPoolExecutor(limits.workers(), limits.workers(), 0, TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(limits.queuedRequests()),
                task -> daemon(task, "disclosure-preview-http-" + count.incrementAndGet()));
        this.clock = Executors.newSingleThreadScheduledExecutor(task -> daemon(task, "disclosure-preview-clock"));
        this.reader = daemon(this::readHeads, "disclosure-preview-accept");
    }

    void start() {
        reader.start();
        long tick = Math.max(50, Math.min(1000, limits.longPoll().toMillis() / 4));
        clock.scheduleWithFixedDelay(this::answerExpiredWaiters, tick, tick, TimeUnit.MILLISECONDS);
    }

    int port() throws IOException {
        return ((InetSocketAddress) listener.getLocalAddress()).getPort();
    }

    /** Answers every parked long-poll: build {@code number} has finished. */
    void buildFinished(long number) {
        List<Waiter> ready = new ArrayList<>();
        synchronized (waiting) {
            latestBuild = number;
            for (Iterator<Waiter> it = waiting.iterator(); it.hasNext();) {
                Waiter waiter = it.next();
                if (waiter.since() < number) {
                    ready.add(waiter);
                    it.remove();
                }
            }
        }
        ready.forEach(waiter -> answer(waiter, number));
    }

    /** Long-polls parked now; for tests. */
    int waitingCount() {
        synchronized (waiting) {
            return waiting.size();
        }
    }

    // --- reading request heads: the reader thread ---

    private void readHeads() {
        ByteBuffer buffer = ByteBuffer.allocate(8192);
        while (!closed) {
            try {
                selector.select(Math.max(10, Math.min(1000, limits.headTimeout().toMillis() / 4)));
                for (Iterator<SelectionKey> keys = selector.selectedKeys().iterator(); keys.hasNext();) {
                    SelectionKey key = keys.next();
                    keys.remove();
                    if (!key.isValid()) {
                        continue;
                    }
                    if (key.isAcceptable()) {
                        accept();
                    } else if (key.isReadable()) {
                        read(key, buffer);
                    }
                }
                closeLateHeads();
            } catch (IOException e) {
                if (closed) {
                    return;
                }
                // A failure of one select round; the next one goes on.
            }
        }
    }

    private void accept() throws IOException {
        SocketChannel channel;
        while ((channel = listener.accept()) != null) {
            if (incoming.size() >= limits.maxConnections()) {
                SocketChannel oldest = incoming.keySet().iterator().next();
                incoming.remove(oldest);
                quietlyClose(oldest);
            }
            channel.configureBlocking(false);
            channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
            channel.register(selector, SelectionKey.OP_READ);
            incoming.put(channel, new Incoming(System.nanoTime() + limits.headTimeout().toNanos()));
        }
    }

    private void read(SelectionKey key, ByteBuffer buffer) {
        SocketChannel channel = (SocketChannel) key.channel();
        Incoming head = incoming.get(channel);
        if (head == null) {
            key.cancel();
            quietlyClose(channel);
            return;
        }
        HttpAnswer refusal = null;
        HttpHead request = null;
        try {
            buffer.clear();
            int read = channel.read(buffer);
            if (read < 0) {
                drop(key, channel);
                return;
            }
            if (head.length + read > limits.maxHeadBytes()) {
                refusal = HttpAnswer.text(431, "请求头太长");
            } else {
                head.append(buffer.array(), read);
                request = HttpHead.parse(head.bytes, head.length);
                if (request == null) {
                    return;
                }
            }
        } catch (IllegalArgumentException e) {
            refusal = HttpAnswer.text(400, "无法理解的请求");
        } catch (IOException e) {
            drop(key, channel);
            return;
        }
        key.cancel();
        incoming.remove(channel);
        HttpHead accepted = request;
        HttpAnswer refused = refusal;
        try {
            workers.execute(() -> {
                if (refused != null) {
                    send(channel, refused, false);
                } else {
                    serve(channel, accepted);
                }
            });
        } catch (RejectedExecutionException e) {
            send(channel, new HttpAnswer(503, "text/plain; charset=utf-8",
                    "预览服务正忙，请稍后再试".getBytes(StandardCharsets.UTF_8), 1), false);
        }
    }

    private void drop(SelectionKey key, SocketChannel channel) {
        key.cancel();
        incoming.remove(channel);
        quietlyClose(channel);
    }

    private void closeLateHeads() {
        long now = System.nanoTime();
        for (Iterator<Map.Entry<SocketChannel, Incoming>> it = incoming.entrySet().iterator(); it.hasNext();) {
            Map.Entry<SocketChannel, Incoming> entry = it.next();
            if (entry.getValue().deadline - now > 0) {
                return; // oldest first: the rest are younger
            }
            it.remove();
            quietlyClose(entry.getKey());
        }
    }

    // --- answering: the workers ---

    private void serve(SocketChannel channel, HttpHead request) {
        Reply reply;
        try {
            reply = handler.handle(request);
        } catch (IOException | RuntimeException e) {
            reply = HttpAnswer.text(500, "预览服务出错：" + e);
        }
        if (reply instanceof HttpAnswer answer) {
            send(channel, answer, request.isHead());
        } else if (reply instanceof WaitForBuild wait) {
            park(channel, request.isHead(), wait.since());
        }
    }

    private void park(SocketChannel channel, boolean head, long since) {
        long current;
        synchronized (waiting) {
            current = latestBuild;
            if (current <= since && waiting.size() < limits.maxWaiting()) {
                waiting.add(new Waiter(channel, head, since, System.nanoTime() + limits.longPoll().toNanos()));
                return;
            }
        }
        if (current > since) {
            send(channel, HttpAnswer.text(200, Long.toString(current)), head);
        } else {
            send(channel, new HttpAnswer(503, "text/plain; charset=utf-8",
                    "等待刷新的页面太多".getBytes(StandardCharsets.UTF_8), 2), head);
        }
    }

    private void answerExpiredWaiters() {
        long now = System.nanoTime();
        List<Waiter> expired = new ArrayList<>();
        long current;
        synchronized (waiting) {
            current = latestBuild;
            while (!waiting.isEmpty() && waiting.peekFirst().deadline() - now <= 0) {
                expired.add(waiting.removeFirst());
            }
        }
        expired.forEach(waiter -> answer(waiter, current));
    }

    private void answer(Waiter waiter, long number) {
        send(waiter.channel(), HttpAnswer.text(200, Long.toString(number)), waiter.head());
    }

    /**
     * Writes the answer and closes the connection. The channel is non-blocking: a client that
     * stops reading makes writes return 0, and is given up after the response timeout.
     */
    private void send(SocketChannel channel, HttpAnswer answer, boolean head) {
        long deadline = System.nanoTime() + limits.responseTimeout().toNanos();
        try (channel) {
            ByteBuffer bytes = ByteBuffer.wrap(answer.bytes(head));
            while (bytes.hasRemaining() && !closed) {
                if (channel.write(bytes) == 0) {
                    if (System.nanoTime() - deadline > 0) {
                        return;
                    }
                    Thread.sleep(2);
                }
            }
            channel.shutdownOutput();
        } catch (IOException e) {
            // The client went away; nothing to tell it.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void quietlyClose(SocketChannel channel) {
        try {
            channel.close();
        } catch (IOException e) {
            // closing anyway
        }
    }

    /** A daemon thread of the preview, named so that a thread dump says whose it is. */
    static Thread daemon(Runnable runnable, String name) {
        Thread thread = new Thread(runnable, name);
        thread.setDaemon(true);
        return thread;
    }

    @Override
    public void close() throws IOException {
        closed = true;
        selector.wakeup();
        try {
            reader.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        workers.shutdownNow();
        clock.shutdownNow();
        incoming.keySet().forEach(PreviewHttp::quietlyClose);
        synchronized (waiting) {
            waiting.forEach(waiter -> quietlyClose(waiter.channel()));
            waiting.clear();
        }
        selector.close();
        listener.close();
    }

    /** A request head arriving. */
    private static final class Incoming {
        final long deadline;
        byte[] bytes = new byte[512];
        int length;

        Incoming(long deadline) {
            this.deadline = deadline;
        }

        void append(byte[] source, int count) {
            if (length + count > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + count));
            }
            System.arraycopy(source, 0, bytes, length, count);
            length += count;
        }
    }

    /** A parked long-poll. */
    private record Waiter(SocketChannel channel, boolean head, long since, long deadline) {
    }
}
