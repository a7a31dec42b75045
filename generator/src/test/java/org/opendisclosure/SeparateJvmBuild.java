package org.opendisclosure;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.opendisclosure.content.ContentLimits;

/**
 * A build in a JVM of its own, for tests that kill it, run it beside another, or start it with
 * another locale: {@link #main} runs {@link SiteGenerator} on the directories it is given, and
 * {@link #start} launches it with this JVM's Java and the test class path.
 */
public final class SeparateJvmBuild {

    private SeparateJvmBuild() {
    }

    /**
     * Arguments: content directory, template directory, output directory, display base. Prints
     * every problem and then {@code pages: N} (UTF-8, whatever the JVM's default encoding), and
     * exits with 1 when there is an error.
     */
    public static void main(String[] args) {
        GenerationResult result = new SiteGenerator().generate(new GenerationRequest(Path.of(args[0]),
                Path.of(args[1]), Path.of(args[2]), Path.of(args[3]), ContentLimits.DEFAULT));
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        result.problems().forEach(p -> out.println(p.format()));
        out.println("pages: " + result.pagesWritten());
        System.exit(result.hasErrors() ? 1 : 0);
    }

    /**
     * Starts {@link #main} on {@code request} in a new JVM.
     *
     * @param jvmOptions e.g. {@code -Duser.timezone=…}, placed before the class path
     * @param log        receives the child's standard output and error
     */
    public static Process start(List<String> jvmOptions, GenerationRequest request, Path log) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xshare:auto");
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(SeparateJvmBuild.class.getName());
        for (Path path : List.of(request.contentDirectory(), request.templateDirectory(), request.outputDirectory(),
                request.displayBase())) {
            command.add(path.toAbsolutePath().toString());
        }
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    /** What the child printed, for failure messages. */
    public static String log(Path log) {
        try {
            return Files.exists(log) ? Files.readString(log) : "(no output)";
        } catch (IOException e) {
            return "(log unreadable: " + e + ")";
        }
    }
}
