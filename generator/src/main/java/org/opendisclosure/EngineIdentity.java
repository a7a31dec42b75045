package org.opendisclosure;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.Properties;
import java.util.stream.Stream;

import org.opendisclosure.io.Sha256;

/**
 * What identifies the running engine for the build cache: the plugin's version and a fingerprint
 * of its code — the SHA-256 of the plugin's jar (which also holds its pom, and so the versions of
 * every library it renders with), or, when the classes are a directory (tests, an IDE), of every
 * class file's name, size and modification time. A snapshot rebuilt with other code is therefore
 * another engine, although its version is the same.
 */
final class EngineIdentity {

    private static final String POM_PROPERTIES =
            "/META-INF/maven/org.opendisclosure/disclosure-maven-plugin/pom.properties";

    private EngineIdentity() {
    }

    static String current() {
        return "disclosure-maven-plugin " + version() + " " + codeFingerprint();
    }

    private static String version() {
        try (InputStream in = EngineIdentity.class.getResourceAsStream(POM_PROPERTIES)) {
            if (in != null) {
                Properties properties = new Properties();
                properties.load(in);
                return properties.getProperty("version", "unknown");
            }
        } catch (IOException e) {
            // Fall through: the code fingerprint still tells engines apart.
        }
        return "unknown";
    }

    private static String codeFingerprint() {
        try {
            CodeSource source = EngineIdentity.class.getProtectionDomain().getCodeSource();
            if (source == null || source.getLocation() == null) {
                return "code-unknown-" + System.identityHashCode(EngineIdentity.class);
            }
            Path code = Path.of(source.getLocation().toURI());
            if (Files.isRegularFile(code)) {
                return "jar-" + Sha256.hex(Files.readAllBytes(code));
            }
            StringBuilder listing = new StringBuilder();
            try (Stream<Path> walk = Files.walk(code)) {
                for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                    listing.append(code.relativize(file)).append(' ').append(Files.size(file)).append(' ')
                            .append(Files.getLastModifiedTime(file).toMillis()).append('\n');
                }
            }
            return "classes-" + Sha256.hex(listing.toString().getBytes(StandardCharsets.UTF_8));
        } catch (IOException | URISyntaxException | RuntimeException e) {
            // Unknowable: an identity of this JVM only, so no other run's cache is ever trusted.
            return "code-unknown-" + System.identityHashCode(EngineIdentity.class) + "-" + System.nanoTime();
        }
    }
}
