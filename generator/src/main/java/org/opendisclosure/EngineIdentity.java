package org.opendisclosure;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.Properties;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.opendisclosure.io.Sha256;

/**
 * What identifies the running engine for the build cache: the plugin's version and a fingerprint
 * of its code — the SHA-256 of the plugin jar's own index of its entries (each entry's name, size
 * and CRC-32, in the jar's order; the jar also holds its pom, and so the versions of every library
 * it renders with), or, when the classes are a directory (tests, an IDE), of every class file's
 * name, size and modification time. A snapshot rebuilt with other code is therefore another engine,
 * although its version is the same.
 *
 * <p>The jar's index, not its bytes: the index is read already (the JVM loads classes through it),
 * while hashing the 4 MB jar cost every build about 0.1 s on its critical path before the quick
 * compiler had warmed up. The index changes whenever an entry's bytes do, except for a change that
 * keeps an entry's size and CRC-32 both, which no rebuild makes by accident; and a rebuild of the
 * same code, whose entries differ only in their times, is the same engine.
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
                return "jar-" + jarFingerprint(code);
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

    /** The SHA-256 of the jar's entries as its central directory lists them: name, size, CRC-32. */
    static String jarFingerprint(Path jar) throws IOException {
        MessageDigest digest = Sha256.digest();
        ByteBuffer numbers = ByteBuffer.allocate(3 * Long.BYTES);
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
                ZipEntry entry = entries.nextElement();
                byte[] name = entry.getName().getBytes(StandardCharsets.UTF_8);
                // The name's length first, so that no two listings run together into one.
                numbers.clear().putLong(name.length).putLong(entry.getSize()).putLong(entry.getCrc());
                digest.update(numbers.array());
                digest.update(name);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
