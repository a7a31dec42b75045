package org.opendisclosure.content;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Guards the regression inputs of a fuzz test class. Jazzer finds them by name, in
 * {@code <TestClass>Inputs/} (shared by every method) and {@code <TestClass>Inputs/<method>/}
 * beside the class on the test class path, and runs only the empty input when there are none,
 * so a renamed class or method would otherwise go quietly untested.
 */
final class RegressionInputs {

    private RegressionInputs() {
    }

    /** Asserts that every {@code @FuzzTest} method of {@code testClass} has a folder of its own inputs. */
    static void assertPresent(Class<?> testClass) {
        Path directory = directoryOf(testClass);
        for (Method method : testClass.getDeclaredMethods()) {
            if (method.isAnnotationPresent(FuzzTest.class)) {
                Path own = directory.resolve(method.getName());
                assertTrue(Files.isDirectory(own) && count(own) > 0,
                        () -> "no regression inputs for " + method.getName() + " in " + own);
            }
        }
    }

    private static Path directoryOf(Class<?> testClass) {
        String name = testClass.getSimpleName() + "Inputs";
        URL url = testClass.getResource(name);
        assertNotNull(url, "no regression inputs directory " + name + " beside " + testClass.getName());
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(url.toString(), e);
        }
    }

    private static long count(Path directory) {
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(Files::isRegularFile).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
