package org.opendisclosure.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import freemarker.core.HTMLOutputFormat;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateMethodModelEx;

/** A part several pages show the same is rendered once per build, written on each, and then dropped. */
class SharedPartsTest {

    private static final String PAGE = """
            <h1>${title}</h1><@shared key="history/" + id pages=pages><p>${body()} &amp; ${id}</p></@shared>""";

    @Test
    void aPartIsRenderedOnceForAllItsPagesAndDroppedAfterTheLast() throws Exception {
        SharedParts parts = SharedParts.forOneBuild();
        AtomicInteger rendered = new AtomicInteger();

        String first = render(parts, rendered, "2015 年", "p-1", 3);
        String second = render(parts, rendered, "2016 年", "p-1", 3);
        assertEquals(1, parts.held());
        String third = render(parts, rendered, "2017 年", "p-1", 3);

        assertEquals("<h1>2015 年</h1><p>body 1 &amp; p-1</p>", first);
        assertEquals("<h1>2016 年</h1><p>body 1 &amp; p-1</p>", second);
        assertEquals("<h1>2017 年</h1><p>body 1 &amp; p-1</p>", third);
        assertEquals(1, rendered.get());
        assertEquals(0, parts.held(), "dropped once the last of its pages wrote it");
    }

    @Test
    void partsWithOtherKeysAreRenderedApart() throws Exception {
        SharedParts parts = SharedParts.forOneBuild();
        AtomicInteger rendered = new AtomicInteger();

        assertEquals("<h1>a</h1><p>body 1 &amp; p-1</p>", render(parts, rendered, "a", "p-1", 2));
        assertEquals("<h1>b</h1><p>body 2 &amp; p-2</p>", render(parts, rendered, "b", "p-2", 2));
        assertEquals("<h1>c</h1><p>body 1 &amp; p-1</p>", render(parts, rendered, "c", "p-1", 2));
        assertEquals(2, rendered.get());
        assertEquals(1, parts.held(), "p-2 waits for its second page");
    }

    @Test
    void withoutSharingOrForOnePageThePartIsRenderedEachTime() throws Exception {
        AtomicInteger rendered = new AtomicInteger();
        render(SharedParts.NONE, rendered, "a", "p-1", 2);
        render(SharedParts.NONE, rendered, "b", "p-1", 2);
        SharedParts parts = SharedParts.forOneBuild();
        render(parts, rendered, "c", "p-3", 1);
        render(parts, rendered, "d", "p-3", 1);

        assertEquals(4, rendered.get());
        assertEquals(0, parts.held());
    }

    @Test
    void aPartWithoutItsKeyOrPageCountIsATemplateError() {
        for (String template : List.of("<@shared pages=2>x</@shared>", "<@shared key=\"k\">x</@shared>",
                "<@shared key=\"k\" pages=\"2\">x</@shared>", "<@shared key=\"k\" pages=2 other=1>x</@shared>")) {
            assertThrows(TemplateException.class,
                    () -> process(template, SharedParts.forOneBuild(), Map.of()), template);
        }
    }

    @Test
    void pagesThatShareAPartAreRenderedOneAfterAnother() {
        PlannedPage a = page("a", null);
        PlannedPage b = page("b", "x");
        PlannedPage c = page("c", null);
        PlannedPage d = page("d", "y");
        PlannedPage e = page("e", "x");
        PlannedPage f = page("f", "y");
        PlannedPage g = page("g", "x");

        assertEquals(List.of(a, b, e, g, c, d, f), PlannedPage.inRenderOrder(List.of(a, b, c, d, e, f, g)));
        assertEquals(List.of(a, c), PlannedPage.inRenderOrder(List.of(a, c)));
    }

    private static PlannedPage page(String path, String sharedPart) {
        return new PlannedPage(path, "project.ftlh", true, () -> null, PageSources.WHOLE_SITE, sharedPart);
    }

    private static String render(SharedParts parts, AtomicInteger rendered, String title, String id, int pages)
            throws Exception {
        TemplateMethodModelEx body = arguments -> "body " + rendered.incrementAndGet();
        return process(PAGE, parts, Map.of("title", title, "id", id, "pages", pages, "body", body));
    }

    private static String process(String text, SharedParts parts, Map<String, Object> model) throws Exception {
        Configuration cfg = new Configuration(Configuration.VERSION_2_3_33);
        cfg.setOutputFormat(HTMLOutputFormat.INSTANCE);
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setLogTemplateExceptions(false);
        cfg.setSharedVariable("shared", parts);
        StringWriter out = new StringWriter();
        new Template("page.ftlh", text, cfg).process(model, out);
        return out.toString();
    }
}
