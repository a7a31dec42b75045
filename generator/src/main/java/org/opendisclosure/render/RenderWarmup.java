package org.opendisclosure.render;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.opendisclosure.chart.BarChart;
import org.opendisclosure.chart.SvgChartRenderer;
import org.opendisclosure.model.MoneyStyle;

/**
 * Loads the render stage's libraries on a background thread while the content is still being
 * read: the first chart pays for starting JFreeChart and Java 2D, the first template for
 * FreeMarker, together about a second and a half of a small site's build that would otherwise come
 * after loading and checking. It draws one throwaway chart and parses the templates into a
 * throwaway configuration; it keeps nothing, so builds share no state through it. Whatever fails
 * here fails again, and is reported, when the pages are rendered.
 */
public final class RenderWarmup {

    private RenderWarmup() {
    }

    /** Starts the warm-up and returns at once. */
    public static void start(Path templateDirectory) {
        Thread thread = new Thread(() -> run(templateDirectory), "disclosure-render-warmup");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }

    private static void run(Path templateDirectory) {
        try {
            new SvgChartRenderer(MoneyStyle.YUAN::display).render(new BarChart("warmup", "预热", "预热",
                    List.of("金额"), List.of(new BarChart.Category("预热", List.of(BigDecimal.ONE))), "元"));
            TemplateRenderer templates = new TemplateRenderer(templateDirectory);
            try (Stream<Path> files = Files.list(templateDirectory)) {
                for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".ftlh")).toList()) {
                    templates.parse(file.getFileName().toString());
                }
            }
        } catch (IOException | RuntimeException e) {
            // Only a head start: the real render meets the same problem and reports it to the editor.
        }
    }
}
