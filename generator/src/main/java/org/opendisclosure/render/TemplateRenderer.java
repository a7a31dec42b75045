package org.opendisclosure.render;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.regex.Pattern;

import freemarker.core.Environment;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.InvalidReferenceException;
import freemarker.core.ParseException;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.core.TemplateClassResolver;

/**
 * The render stage's FreeMarker setup: {@code .ftlh} templates from the template directory,
 * HTML auto-escaping, a fixed locale and time zone (output must not depend on the machine), and
 * the dangerous built-ins off ({@code ?new} resolves nothing, {@code ?api} is disabled). One
 * instance per run: it reads each template once and never looks at the file again (checking every
 * page's templates and their imports for changes was a few file reads per page), so the live
 * preview makes a new one when a template changes.
 */
public final class TemplateRenderer {

    /** FreeMarker's own position note inside a message, which the problem format already gives. */
    private static final Pattern POSITION = Pattern.compile("\\s*\\[in template \"[^\"]*\" at line \\d+, column \\d+]");

    private final Configuration configuration;

    public TemplateRenderer(Path templateDirectory) throws IOException {
        Configuration cfg = new Configuration(Configuration.VERSION_2_3_33);
        cfg.setDirectoryForTemplateLoading(templateDirectory.toFile());
        cfg.setDefaultEncoding("UTF-8");
        cfg.setOutputEncoding("UTF-8");
        cfg.setRecognizeStandardFileExtensions(true);
        cfg.setOutputFormat(HTMLOutputFormat.INSTANCE);
        cfg.setLocale(Locale.SIMPLIFIED_CHINESE);
        cfg.setTimeZone(TimeZone.getTimeZone("UTC"));
        cfg.setNumberFormat("computer");
        cfg.setBooleanFormat("c");
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setLogTemplateExceptions(false);
        cfg.setWrapUncheckedExceptions(true);
        cfg.setFallbackOnNullLoopVariable(false);
        cfg.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        cfg.setAPIBuiltinEnabled(false);
        cfg.setTemplateUpdateDelayMilliseconds(Long.MAX_VALUE);
        cfg.setLocalizedLookup(false); // project.ftlh is project.ftlh: no project_zh_CN.ftlh is looked for
        cfg.setObjectWrapper(new ViewModelWrapper());
        this.configuration = cfg;
    }

    /** Parses a template without rendering it (a warm-up); errors are thrown as FreeMarker reports them. */
    void parse(String templateName) throws IOException {
        configuration.getTemplate(templateName);
    }

    /**
     * Renders one page to text, its table downloads as {@code downloads}; a template error becomes a
     * {@link TemplateFailure} naming the template, line and column.
     */
    public String render(Page page, TableDownloads downloads) {
        return render(page, downloads, SharedParts.NONE);
    }

    /**
     * Renders one page, its table downloads as {@code downloads}, with the parts it shares with other
     * pages of the build ({@code <@shared>}) from {@code parts}.
     */
    public String render(Page page, TableDownloads downloads, SharedParts parts) {
        return render(page.template(), page, page.path(), Map.of("downloads", downloads.links(),
                "budgetWorkbook", downloads.budgetWorkbook(), "shared", parts));
    }

    /**
     * Renders {@code model} with {@code templateName}; a template error becomes a
     * {@link TemplateFailure} naming the template, line, column and {@code pagePath}.
     */
    public String render(String templateName, Object model, String pagePath) {
        return render(templateName, model, pagePath, Map.of("shared", SharedParts.NONE));
    }

    /**
     * Renders {@code model} with {@code templateName}, with {@code globals} as further variables
     * beside the model's own (the page's table downloads, which are made from the page).
     */
    private String render(String templateName, Object model, String pagePath, Map<String, Object> globals) {
        try {
            Template template = configuration.getTemplate(templateName);
            PageWriter out = new PageWriter();
            Environment environment = template.createProcessingEnvironment(model, out);
            for (Map.Entry<String, Object> global : globals.entrySet()) {
                environment.setGlobalVariable(global.getKey(), configuration.getObjectWrapper().wrap(global.getValue()));
            }
            environment.process();
            return out.toString();
        } catch (TemplateException e) {
            String message = e instanceof InvalidReferenceException && e.getBlamedExpressionString() != null
                    ? "“" + e.getBlamedExpressionString() + "”的值为空或不存在（模板用到了页面数据里没有的名字）"
                    : oneLine(e.getMessageWithoutStackTop());
            throw new TemplateFailure(e.getTemplateSourceName() == null ? templateName : e.getTemplateSourceName(),
                    e.getLineNumber() == null ? 1 : e.getLineNumber(),
                    e.getColumnNumber() == null ? 1 : e.getColumnNumber(), pagePath, message);
        } catch (ParseException e) {
            throw new TemplateFailure(e.getTemplateName() == null ? templateName : e.getTemplateName(),
                    e.getLineNumber(), e.getColumnNumber(), pagePath, "语法错误：" + oneLine(e.getEditorMessage()));
        } catch (IOException e) {
            throw new TemplateFailure(templateName, 1, 1, pagePath, String.valueOf(e.getMessage()));
        }
    }

    /**
     * FreeMarker's message as one line, so that it fits the {@code file:line:column} format:
     * without its tips (after "----") and without the position, which the format already gives.
     */
    static String oneLine(String message) {
        String text = String.valueOf(message);
        int tips = text.indexOf("\n----");
        if (tips >= 0) {
            text = text.substring(0, tips);
        }
        return POSITION.matcher(text).replaceAll("").replaceAll("\\s+", " ").strip();
    }
}
