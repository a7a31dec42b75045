package org.opendisclosure.browser;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

/** What the browser benchmarks (search, indicator browser) report of the site and the machine. */
final class BenchmarkSite {

    private BenchmarkSite() {
    }

    /** The bytes of these files of the site together. */
    static long size(Path site, String... paths) {
        long total = 0;
        for (String path : paths) {
            try {
                total += Files.size(site.resolve(path));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return total;
    }

    /** The bytes of these files of the site together, each gzipped as a server would send it. */
    static long gzipSize(Path site, String... paths) throws IOException {
        long total = 0;
        for (String path : paths) {
            total += gzip(Files.readAllBytes(site.resolve(path)));
        }
        return total;
    }

    /** The bytes of this content gzipped. */
    static long gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
            zip.write(bytes);
        }
        return out.size();
    }

    /** The machine, in one line: CPU, cores, system. */
    static String machine() throws IOException {
        String cpu = "unknown CPU";
        Path info = Path.of("/proc/cpuinfo");
        if (Files.isReadable(info)) {
            cpu = Files.readAllLines(info).stream().filter(l -> l.startsWith("model name")).findFirst()
                    .map(l -> l.substring(l.indexOf(':') + 1).strip()).orElse(cpu);
        }
        return "%s, %d cores available, %s %s".formatted(cpu, Runtime.getRuntime().availableProcessors(),
                System.getProperty("os.name"), System.getProperty("os.arch"));
    }

    /** Removes what an earlier run generated, so that the content is exactly this run's. */
    static void deleteTree(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(directory)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
