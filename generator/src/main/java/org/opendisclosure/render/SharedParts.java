package org.opendisclosure.render;

import java.io.IOException;
import java.io.StringWriter;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import freemarker.core.Environment;
import freemarker.template.TemplateDirectiveBody;
import freemarker.template.TemplateDirectiveModel;
import freemarker.template.TemplateException;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateNumberModel;
import freemarker.template.TemplateScalarModel;

/**
 * Parts that several pages of one build show byte for byte the same, rendered once: a project's
 * years side by side (历年对比) are the same on each of its years' pages, and at ten city-years they
 * are half of every project page. Templates mark such a part with
 * {@code <@shared key="…" pages=n>…</@shared>}: {@code key} must name everything the part is made
 * from (the project, and the page's way back to the site root), {@code pages} is how many pages
 * show it. The first page to reach the part renders it; the others write the same text; after the
 * last of them it is dropped, so a build holds only the parts of the pages being rendered (the
 * build renders the pages that share a part one after another, {@link PlannedPage#sharedPart()}).
 *
 * <p>One instance per build: a part is never carried from one build to the next, whose content may
 * differ. {@link #NONE} renders every part on every page. Thread-safe: two threads that reach a
 * part at once may both render it, and write the same text.
 */
public final class SharedParts implements TemplateDirectiveModel {

    /** Renders each part where it stands, sharing nothing. */
    public static final SharedParts NONE = new SharedParts(false);

    private final boolean sharing;
    private final Map<String, Part> parts = new ConcurrentHashMap<>();

    private SharedParts(boolean sharing) {
        this.sharing = sharing;
    }

    /** Parts for one build's pages. */
    public static SharedParts forOneBuild() {
        return new SharedParts(true);
    }

    /** Parts rendered and not yet written by all the pages that show them; for tests. */
    int held() {
        return parts.size();
    }

    @Override
    public void execute(Environment env, @SuppressWarnings("rawtypes") Map params, TemplateModel[] loopVars,
            TemplateDirectiveBody body) throws TemplateException, IOException {
        String key = text(params.get("key"), "key");
        int pages = number(params.get("pages"), "pages");
        if (params.size() != 2) {
            throw new TemplateModelException("@shared 只接受 key 和 pages 两个参数，模板传了：" + params.keySet());
        }
        if (!sharing || pages < 2) {
            body.render(env.getOut());
            return;
        }
        Part part = parts.computeIfAbsent(key, k -> new Part());
        String text = part.text;
        if (text == null) {
            StringWriter out = new StringWriter();
            body.render(out);
            text = out.toString();
            part.text = text;
        }
        env.getOut().write(text);
        if (part.written.incrementAndGet() >= pages) {
            parts.remove(key, part);
        }
    }

    private static String text(Object value, String name) throws TemplateModelException {
        if (value instanceof TemplateScalarModel scalar && scalar.getAsString() != null) {
            return scalar.getAsString();
        }
        throw new TemplateModelException("@shared 的 " + name + " 应为文字");
    }

    private static int number(Object value, String name) throws TemplateModelException {
        if (value instanceof TemplateNumberModel number) {
            return number.getAsNumber().intValue();
        }
        throw new TemplateModelException("@shared 的 " + name + " 应为数字");
    }

    /** One part: its text once rendered, and how many pages have written it. */
    private static final class Part {
        private volatile String text;
        private final AtomicInteger written = new AtomicInteger();
    }
}
