package org.opendisclosure.write;

import java.nio.file.Path;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The names one build uses beside the output directory {@code site}: its staging directory
 * {@code .site.staging-<pid>-<random>}, the place the old site waits while it is swapped
 * ({@code .site.previous-<pid>-<random>}), the directory into which whatever the build no longer
 * needs is moved to be deleted in the background ({@code .site.garbage-<pid>-<random>}, see
 * {@link Garbage}) and the lock file that says the build is alive ({@code .site.lock-<pid>-<random>}).
 * The process id tells a build which names belong to its own JVM; the random part keeps builds in
 * one JVM apart.
 *
 * @param output the output directory, absolute and normalised
 * @param pid    the process that made the names
 * @param token  {@code <pid>-<16 hex digits>}, the same in all four names
 */
record RunNames(Path output, long pid, String token) {

    /** A new set of names for a build of this process. */
    static RunNames fresh(Path output) {
        long pid = ProcessHandle.current().pid();
        return new RunNames(output, pid, pid + "-" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong()));
    }

    /** The names {@code fileName} belongs to, when it is one of the four kinds beside {@code output}. */
    static Optional<RunNames> of(Path output, String fileName) {
        Matcher m = pattern(output).matcher(fileName);
        return m.matches() ? Optional.of(new RunNames(output, Long.parseLong(m.group(1)), m.group(1) + "-" + m.group(2)))
                : Optional.empty();
    }

    private static Pattern pattern(Path output) {
        return Pattern.compile(Pattern.quote("." + output.getFileName() + ".") + "(?:staging|previous|garbage|lock)-(\\d{1,19})-([0-9a-f]{16})");
    }

    boolean ofThisProcess() {
        return pid == ProcessHandle.current().pid();
    }

    Path staging() {
        return sibling("staging");
    }

    Path previous() {
        return sibling("previous");
    }

    Path garbage() {
        return sibling("garbage");
    }

    Path lock() {
        return sibling("lock");
    }

    private Path sibling(String kind) {
        return output.resolveSibling("." + output.getFileName() + "." + kind + "-" + token);
    }
}
