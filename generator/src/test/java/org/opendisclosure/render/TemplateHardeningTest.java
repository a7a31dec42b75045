package org.opendisclosure.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendisclosure.FixtureSite;

/**
 * Templates are trusted, content is not: FreeMarker is set up so that no template can create
 * Java objects or reach the API of the data, and the site's templates never turn data into
 * template code or print it unescaped except for HTML the engine made safe.
 */
class TemplateHardeningTest {

    @TempDir
    Path dir;

    @Test
    void newResolvesNoClass() throws IOException {
        TemplateFailure failure = render("${'freemarker.template.utility.Execute'?new()('id')}");
        assertTrue(failure.getMessage().contains("not allowed"), failure.getMessage());
        assertEquals(1, failure.line());
    }

    @Test
    void apiIsOff() throws IOException {
        TemplateFailure failure = render("\n${text?api.getClass()}");
        assertTrue(failure.getMessage().contains("api_builtin_enabled"), failure.getMessage());
        assertEquals(2, failure.line());
    }

    @Test
    void dataIsEscapedByDefault() throws IOException {
        Files.writeString(dir.resolve("t.ftlh"), "<p>${text}</p>");
        String html = new TemplateRenderer(dir).render("t.ftlh", Map.of("text", "<b onclick=x>"), "t.html");
        assertEquals("<p>&lt;b onclick=x&gt;</p>", html);
    }

    /**
     * The site's templates never evaluate data as template code, and print unescaped only the
     * fields the engine rendered and sanitised itself (Markdown, SVG), named here.
     */
    @Test
    void siteTemplatesNeverInterpretDataAndPrintRawOnlyEngineMadeHtml() throws IOException {
        Pattern forbidden = Pattern.compile("\\?(eval|eval_json|interpret|new|api)\\b|<#ftl[^>]*output_format|"
                + "<#noautoesc|\\?esc\\b");
        Pattern raw = Pattern.compile("\\$\\{([^}]*)\\?no_esc}");
        List<String> allowedRaw = List.of("html", "svg");
        try (Stream<Path> files = Files.walk(FixtureSite.repositoryRoot().resolve("templates"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".ftlh")).toList()) {
                String text = Files.readString(file);
                Matcher bad = forbidden.matcher(text);
                if (bad.find()) {
                    fail(file.getFileName() + " uses " + bad.group());
                }
                Matcher m = raw.matcher(text);
                while (m.find()) {
                    String expression = m.group(1);
                    String last = expression.substring(expression.lastIndexOf('.') + 1).replace("()", "");
                    assertTrue(allowedRaw.contains(last), file.getFileName() + " prints ${" + expression
                            + "?no_esc}; only engine-made " + allowedRaw + " may be raw");
                }
            }
        }
    }

    private TemplateFailure render(String template) throws IOException {
        Files.writeString(dir.resolve("t.ftlh"), template);
        TemplateRenderer renderer = new TemplateRenderer(dir);
        return assertThrows(TemplateFailure.class,
                () -> renderer.render("t.ftlh", Map.of("text", "x"), "t.html"));
    }
}
