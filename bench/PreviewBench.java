import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The preview benchmark of issue 13 (run by {@code bench/run --preview}): starts the plugin's
 * {@code serve} goal on a generated project, waits for the first build, then edits one project
 * file ten times as an editor would — its name, and one yuan moved between its first two
 * sub-projects, so the checks still pass and figures change — and measures each time, from just
 * before the save to the moment the changed page is served over HTTP, file watching included. It
 * waits as the page open in a browser does (the preview's reload script): a long poll on
 * {@code /_preview/wait} naming the page, parked before the save; when it answers, the page is
 * fetched again. Prints one line per edit and a last line {@code median-ms=…}. JDK only.
 *
 * <pre>java bench/PreviewBench.java --mvnw REPO/mvnw --project DIR [--edits 10] [--log FILE]</pre>
 */
public final class PreviewBench {

    private static final Duration FIRST_BUILD = Duration.ofMinutes(15);
    private static final Duration EDIT_PATIENCE = Duration.ofMinutes(5);

    public static void main(String[] args) throws Exception {
        Path mvnw = null;
        Path project = null;
        Path log = null;
        int edits = 10;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--mvnw" -> mvnw = Path.of(args[++i]);
                case "--project" -> project = Path.of(args[++i]);
                case "--log" -> log = Path.of(args[++i]);
                case "--edits" -> edits = Integer.parseInt(args[++i]);
                default -> throw new IllegalArgumentException("unknown argument: " + args[i]);
            }
        }
        if (mvnw == null || project == null) {
            throw new IllegalArgumentException("usage: --mvnw REPO/mvnw --project DIR [--edits N] [--log FILE]");
        }
        if (log == null) {
            log = project.resolve("logs/preview.log");
        }
        Files.createDirectories(log.getParent());
        Path file = firstProjectFile(project.resolve("content/projects"));
        String original = Files.readString(file);
        String id = field(original, "id");
        String year = field(original, "year");
        String page = year + "/projects/" + id + ".html";
        int port = freePort();
        Process serve = new ProcessBuilder(mvnw.toString(), "-B", "-ntp", "-f", project.resolve("pom.xml").toString(),
                "org.opendisclosure:disclosure-maven-plugin:0.1.0-SNAPSHOT:serve", "-Ddisclosure.port=" + port)
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        URI address = URI.create("http://127.0.0.1:" + port + "/" + page);
        try {
            long started = System.nanoTime();
            awaitServed(http, address, body -> body.contains("</html>"), FIRST_BUILD, serve, log);
            System.out.printf(Locale.ROOT, "first build served after %.1f s (%s)%n",
                    (System.nanoTime() - started) / 1e9, page);
            List<Long> millis = new ArrayList<>();
            URI base = URI.create("http://127.0.0.1:" + port + "/");
            for (int edit = 1; edit <= edits; edit++) {
                String marker = "预览测试" + edit;
                String edited = edit(original, marker, edit);
                // As the open page does: it was loaded (so the preview knows it is open), and its
                // reload script waits for the next build.
                String shown = get(http, address).body();
                java.util.concurrent.CompletableFuture<HttpResponse<String>> reload = http.sendAsync(
                        HttpRequest.newBuilder(base.resolve("_preview/wait?since=" + build(shown) + "&page=/" + page))
                                .timeout(EDIT_PATIENCE).build(), HttpResponse.BodyHandlers.ofString());
                Thread.sleep(200); // the long poll is parked
                long before = System.nanoTime();
                Files.writeString(file, edited);
                awaitReloaded(http, base, address, reload, marker, serve, log);
                long took = (System.nanoTime() - before) / 1_000_000;
                millis.add(took);
                System.out.printf(Locale.ROOT, "edit %d: %d ms%n", edit, took);
                Thread.sleep(1000); // an editor's pause between saves
            }
            List<Long> sorted = millis.stream().sorted().toList();
            long median = sorted.size() % 2 == 1 ? sorted.get(sorted.size() / 2)
                    : (sorted.get(sorted.size() / 2 - 1) + sorted.get(sorted.size() / 2)) / 2;
            System.out.println("edits-ms=" + millis.stream().map(String::valueOf).reduce((a, b) -> a + "," + b).orElse(""));
            System.out.println("median-ms=" + median);
        } finally {
            Files.writeString(file, original);
            serve.descendants().forEach(ProcessHandle::destroy);
            serve.destroy();
            serve.waitFor();
        }
    }

    /** The project renamed to carry the marker, and {@code edit} yuan moved from the second sub-project to the first. */
    static String edit(String original, String marker, int edit) {
        String renamed = original.replaceFirst("(?m)^name: \"([^\"]*)\"", "name: \"$1" + marker + "\"");
        Matcher amounts = Pattern.compile("(?m)^    amount: ([0-9,]+(?:\\.[0-9]+)?)$").matcher(renamed);
        List<int[]> spans = new ArrayList<>();
        List<Long> values = new ArrayList<>();
        while (amounts.find() && spans.size() < 2) {
            String digits = amounts.group(1).replace(",", "");
            if (digits.contains(".")) {
                continue;
            }
            spans.add(new int[] {amounts.start(1), amounts.end(1)});
            values.add(Long.parseLong(digits));
        }
        if (spans.size() < 2 || values.get(1) <= edit) {
            return renamed; // no two whole sub-project amounts: the rename alone
        }
        String second = Long.toString(values.get(1) - edit);
        String first = Long.toString(values.get(0) + edit);
        return renamed.substring(0, spans.get(0)[0]) + first + renamed.substring(spans.get(0)[1], spans.get(1)[0])
                + second + renamed.substring(spans.get(1)[1]);
    }

    private interface BodyTest {
        boolean test(String body);
    }

    private static void awaitServed(HttpClient http, URI address, BodyTest test, Duration patience, Process serve,
            Path log) throws Exception {
        long deadline = System.nanoTime() + patience.toNanos();
        while (System.nanoTime() < deadline) {
            if (!serve.isAlive()) {
                throw new IllegalStateException("the serve goal stopped; see " + log);
            }
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(address)
                        .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                if (response.statusCode() == 200 && test.test(response.body())) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(5);
        }
        throw new IllegalStateException("the page " + address + " did not show the change within " + patience + "; see " + log);
    }

    /** The build a served page was made by: its reload script's {@code data-build}. */
    private static long build(String page) {
        Matcher m = Pattern.compile("data-build=\"(\\d+)\"").matcher(page);
        if (!m.find()) {
            throw new IllegalStateException("the served page has no reload script");
        }
        return Long.parseLong(m.group(1));
    }

    private static HttpResponse<String> get(HttpClient http, URI address) throws Exception {
        return http.send(HttpRequest.newBuilder(address).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /**
     * What the reload script does: once the long poll answers with a newer build, fetch the page;
     * until it shows the edit (a build that saw only part of a save), wait for the next build.
     */
    private static void awaitReloaded(HttpClient http, URI base, URI address,
            java.util.concurrent.CompletableFuture<HttpResponse<String>> reload, String marker, Process serve,
            Path log) throws Exception {
        long deadline = System.nanoTime() + EDIT_PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            if (!serve.isAlive()) {
                throw new IllegalStateException("the serve goal stopped; see " + log);
            }
            HttpResponse<String> answer = reload.get(EDIT_PATIENCE.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
            if (answer.statusCode() != 200) {
                throw new IllegalStateException("the long poll answered " + answer.statusCode() + "; see " + log);
            }
            HttpResponse<String> page = get(http, address);
            if (page.statusCode() == 200 && page.body().contains(marker)) {
                return;
            }
            reload = http.sendAsync(HttpRequest.newBuilder(base.resolve("_preview/wait?since=" + answer.body().strip()))
                    .timeout(EDIT_PATIENCE).build(), HttpResponse.BodyHandlers.ofString());
        }
        throw new IllegalStateException("the page " + address + " did not show the change within " + EDIT_PATIENCE
                + "; see " + log);
    }

    private static Path firstProjectFile(Path projects) throws IOException {
        try (Stream<Path> walk = Files.walk(projects)) {
            return walk.filter(p -> p.toString().endsWith(".yaml")).sorted().findFirst()
                    .orElseThrow(() -> new IllegalStateException("no project file under " + projects));
        }
    }

    private static String field(String yaml, String key) {
        Matcher m = Pattern.compile("(?m)^" + key + ": \"?([^\"\\n]+)\"?$").matcher(yaml);
        if (!m.find()) {
            throw new IllegalStateException("no " + key + " in the project file");
        }
        return m.group(1).strip();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
