package org.opendisclosure.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import freemarker.core.HTMLOutputFormat;
import freemarker.ext.beans.BeanModel;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.ObjectWrapper;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;

/**
 * Templates read the view models through {@link ViewModelWrapper} exactly as through FreeMarker's
 * default wrapper: every template here renders the same text with both, and fails with both.
 */
class ViewModelWrapperTest {

    /** A view model as pages have them: components, a derived method, one taking an argument, a nested record. */
    public record Row(String name, BigDecimal amount, String href, boolean header, List<Cell> cells, Map<String, String> notes) {

        public String label() {
            return name + "（" + amount.toPlainString() + "）";
        }

        public String repeated(int times) {
            return name.repeat(times);
        }

        public boolean sameName(Row other) {
            return other.name().equals(name);
        }

        public String getLegacy() {
            return "bean property";
        }
    }

    public record Cell(String text, int colspan) {
    }

    private static final Row ROW = new Row("<办公费>", new BigDecimal("1234.50"), null, true,
            List.of(new Cell("a", 1), new Cell("b&c", 2)), Map.of("k", "v"));

    @Test
    void componentsAndMethodsReadAsTheDefaultWrapperReadsThem() throws Exception {
        String template = """
                ${r.name} ${r.name()} ${r.amount} ${r.amount()?c} ${r.amount?string("0.00")} <#if r.header>th<#else>td</#if>
                <#if r.href??>link<#else>no link</#if> <#if r.href()??>link<#else>no link</#if> ${r.href()!"-"}
                ${r.label()} ${r.label} ${r.repeated(2)} ${r.sameName(r)?c} ${r.legacy} ${r.getLegacy()}
                <#list r.cells() as c>[${c.text()} ${c.colspan} <#if c.colspan() gt 1>wide</#if>]</#list> ${r.cells?size}
                ${r.notes.k} ${r.notes()?size} ${r.cells()[1].text?has_content?c} ${(r.cells[0])?has_content?c}
                <#assign f = r.label>${f} <#assign m = r.repeated>${m(3)}
                """;

        String expected = render(template, defaultWrapper());

        assertEquals(expected, render(template, new ViewModelWrapper()));
        assertEquals(true, expected.contains("&lt;办公费&gt;"), expected);
        assertFalse(new ViewModelWrapper().wrap(ROW) instanceof BeanModel, "a record is read through method handles");
        assertTrue(new ViewModelWrapper().wrap(new StringBuilder()) instanceof BeanModel, "anything else as a bean");
        assertEquals(true, expected.contains("[b&amp;c 2 wide]"), expected);
    }

    @Test
    void whatARecordDoesNotHaveFailsAsWithTheDefaultWrapper() {
        for (String template : List.of("${r.nothing}", "${r.name(1)}", "${r.cells()[0].nothing()}", "${r.name()()}")) {
            assertThrows(TemplateException.class, () -> render(template, defaultWrapper()), template);
            assertThrows(TemplateException.class, () -> render(template, new ViewModelWrapper()), template);
        }
    }

    @Test
    void otherTypesAreWrappedByTheDefaultWrapper() throws Exception {
        String template = "${list?size} ${map.k} ${text} ${number?c} ${sb} ${r.cells()?size}";
        Map<String, Object> model = Map.of("list", List.of(1, 2), "map", Map.of("k", "v"), "text", "t",
                "number", 3, "sb", new StringBuilder("builder"), "r", ROW);

        assertEquals(render(template, defaultWrapper(), model), render(template, new ViewModelWrapper(), model));
    }

    private static ObjectWrapper defaultWrapper() {
        DefaultObjectWrapperBuilder builder = new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_33);
        builder.setExposeFields(false);
        return builder.build();
    }

    private static String render(String text, ObjectWrapper wrapper) throws Exception {
        return render(text, wrapper, Map.of("r", ROW));
    }

    private static String render(String text, ObjectWrapper wrapper, Object model) throws Exception {
        Configuration cfg = new Configuration(Configuration.VERSION_2_3_33);
        cfg.setOutputFormat(HTMLOutputFormat.INSTANCE);
        cfg.setNumberFormat("computer");
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setLogTemplateExceptions(false);
        cfg.setObjectWrapper(wrapper);
        StringWriter out = new StringWriter();
        new Template("t.ftlh", text, cfg).process(model, out);
        return out.toString();
    }
}
