package org.opendisclosure.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The W3C Nu HTML Checker ({@code nu.validator:validator}, the checker behind validator.w3.org/nu)
 * as an independent judge of the pages: run offline in a forked JVM on the test classpath, over
 * many files at once, errors only. It never fails quietly: a checker that cannot start, or that
 * ends with a status other than 0 (valid) or 1 (errors found, which are then listed), is an
 * {@link IllegalStateException}, so a test using it fails instead of passing for want of looking.
 */
final class NuHtmlChecker {

    private static final String MAIN = "nu.validator.client.SimpleCommandLineValidator";

    private NuHtmlChecker() {
    }

    /** Every HTML file below {@code site}, sorted. */
    static List<Path> pagesOf(Path site) {
        try (Stream<Path> walk = Files.walk(site)) {
            return walk.filter(p -> p.getFileName().toString().endsWith(".html")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The checker's errors on {@code pages}, one line each ({@code "file":line.col-line.col: error: …});
     * empty when every page is valid.
     */
    static List<String> errors(List<Path> pages, Path work) {
        if (pages.isEmpty()) {
            throw new IllegalArgumentException("no pages to check");
        }
        try {
            // The classpath and the file names go in an argument file: a site has too many for a command line.
            Path arguments = Files.createTempFile(work, "vnu-", ".args");
            List<String> lines = new ArrayList<>();
            lines.add("-cp");
            lines.add(quoted(classpath()));
            lines.add(MAIN);
            lines.add("--errors-only");
            lines.add("--format");
            lines.add("gnu");
            pages.forEach(p -> lines.add(quoted(p.toAbsolutePath().toString())));
            Files.write(arguments, lines, StandardCharsets.UTF_8);
            Path output = Files.createTempFile(work, "vnu-", ".out");
            Process process = new ProcessBuilder(javaExecutable().toString(), "@" + arguments)
                    .redirectErrorStream(true).redirectOutput(output.toFile()).start();
            if (!process.waitFor(5, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException("the Nu HTML Checker did not finish within 5 minutes");
            }
            List<String> printed = Files.readAllLines(output, StandardCharsets.UTF_8).stream()
                    .filter(l -> !l.isBlank()).toList();
            int status = process.exitValue();
            if (status == 0 && printed.isEmpty()) {
                return List.of();
            }
            if (status == 1 && !printed.isEmpty() && printed.stream().allMatch(l -> l.contains(": error: "))) {
                return printed;
            }
            throw new IllegalStateException("the Nu HTML Checker could not run (exit status " + status + "):\n"
                    + String.join("\n", printed));
        } catch (IOException e) {
            throw new UncheckedIOException("the Nu HTML Checker could not be started", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the Nu HTML Checker ran", e);
        }
    }

    /** The test classpath, which holds the checker and its libraries (Surefire names it in a property of its own). */
    private static String classpath() {
        String surefire = System.getProperty("surefire.test.class.path");
        return surefire != null && !surefire.isBlank() ? surefire : System.getProperty("java.class.path");
    }

    private static Path javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java");
    }

    /** A value for a java argument file: in double quotes, backslashes doubled. */
    private static String quoted(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
